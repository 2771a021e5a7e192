---------------------- MODULE HotstuffLocking_Reference ----------------------
(***************************************************************************)
(* A hand-written inductive invariant for HotstuffLocking.                 *)
(***************************************************************************)
EXTENDS HotstuffLocking

(* Honest replicas vote only in views that have a proposal.                *)
VoteHasProposal ==
    \A i \in Honest, v \in View : stage[i][v] > 0 => proposal[v] # None

(* The lock i held when it entered view w: its latest commit vote below w. *)
LockBelow(i, w) ==
    LET L == {u \in 0..(w - 1) : stage[i][u] = Commit}
    IN  IF L = {} THEN -1 ELSE Max(L)

(* A replica that voted in view w respected safeNode against the lock it   *)
(* held then, unless it skipped PREPARE because a prepareQC of w existed.  *)
LockRespected ==
    \A i \in Honest, w \in View : stage[i][w] >= Prepare =>
        \/ LockBelow(i, w) = -1
        \/ ValueOf(w) = ValueOf(LockBelow(i, w))
        \/ proposal[w] # None /\ proposal[w].justify > LockBelow(i, w)
        \/ QC(w, Prepare)

(* No commitQC can ever form in view u: every quorum has an honest member  *)
(* that did not send a commit vote in u and has moved past u.              *)
Dead(u) ==
    \A Q \in Quorum : \E q \in Q \cap Honest : stage[q][u] < Commit /\ ~InView(q, u)

(* A prepareQC in view w for a value other than that of an earlier view u  *)
(* means u can no longer be decided.                                       *)
PrepareQCSafe ==
    \A u, w \in View :
        (u < w /\ proposal[u] # None /\ proposal[w] # None /\ QC(w, Prepare)
           /\ ValueOf(u) # ValueOf(w)) => Dead(u)

IndRef ==
    /\ TypeOK
    /\ Agreement
    /\ VoteHasProposal
    /\ LockRespected
    /\ PrepareQCSafe
=============================================================================
