------------------ MODULE ConsumerGroupGenerations_Reference ------------------
(***************************************************************************)
(* A hand-written inductive invariant for ConsumerGroupGenerations, used   *)
(* only to check that the benchmark has one; never given to the tool under *)
(* test.                                                                   *)
(*                                                                         *)
(* Generation ids only grow, so no consumer and no commit record is ahead  *)
(* of the coordinator; and a consumer that joined the current generation   *)
(* holds exactly what the current assignment gave it, because the          *)
(* assignment only changes together with the generation id.                *)
(***************************************************************************)
EXTENDS ConsumerGroupGenerations

(* No consumer has joined a generation the coordinator has not started. *)
MemberGenAtMostGen ==
    \A c \in Consumer : memberGen[c] <= gen

(* No commit is recorded with a generation the coordinator has not started. *)
CommitGenAtMostGen ==
    \A p \in Partition : committed[p] # NoCommit => committed[p].gen <= gen

(* A consumer in the current generation only believes it owns what it owns. *)
CurrentMembersAgree ==
    \A c \in Consumer, p \in Partition :
        memberGen[c] = gen /\ p \in assigned[c] => owner[p] = c

IndRef ==
    /\ TypeOK
    /\ CommitsFromOwner
    /\ MemberGenAtMostGen
    /\ CommitGenAtMostGen
    /\ CurrentMembersAgree
=============================================================================
