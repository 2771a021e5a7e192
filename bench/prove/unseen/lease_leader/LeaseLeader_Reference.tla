------------------------ MODULE LeaseLeader_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for LeaseLeader, used only to check  *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* An unexpired lease is backed by a majority of voters still bound to its *)
(* holder at least until the lease ends.  Two such majorities share a      *)
(* voter, which is bound to one candidate only.                            *)
(***************************************************************************)
EXTENDS LeaseLeader

(* Every unexpired lease is backed by a majority of grants to its holder  *)
(* lasting at least as long as the lease.                                  *)
LeaseBacked ==
    \A c \in Cand :
        now < leaseEnd[c] =>
            \E Q \in Quorum :
                \A v \in Q : voteFor[v] = c /\ voteExp[v] >= leaseEnd[c]

IndRef ==
    /\ TypeOK
    /\ AtMostOneLease
    /\ LeaseBacked
=============================================================================
