------------------------ MODULE MaekawaMutex_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for MaekawaMutex, used only to check *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* Each member's single vote is at home (unlocked), in one GRANT, or in   *)
(* one RELEASE on its way back; a process in its critical section holds   *)
(* the GRANTs of its whole voting set, and two voting sets share a member *)
(* whose vote cannot be in two GRANTs.                                     *)
(***************************************************************************)
EXTENDS MaekawaMutex

(* A process in its critical section holds the grants of its voting set. *)
CSHoldsGrants ==
    \A p \in Proc : state[p] = "cs" =>
        \A v \in VotingSet(p) : GrantMsg(v, p) \in msgs

(* A member whose vote is out (in a GRANT or a RELEASE) is locked. *)
VoteOutLocked ==
    /\ \A v, p \in Proc : GrantMsg(v, p) \in msgs => locked[v]
    /\ \A v \in Proc : ReleaseMsg(v) \in msgs => locked[v]

(* A member's vote is in at most one message. *)
OneVoteOut ==
    \A v, p, q \in Proc :
        /\ GrantMsg(v, p) \in msgs /\ GrantMsg(v, q) \in msgs => p = q
        /\ GrantMsg(v, p) \in msgs => ReleaseMsg(v) \notin msgs

IndRef ==
    /\ TypeOK
    /\ MutualExclusion
    /\ CSHoldsGrants
    /\ VoteOutLocked
    /\ OneVoteOut
=============================================================================
