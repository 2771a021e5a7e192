------------------------------ MODULE Inductive ------------------------------
EXTENDS TwoPhase_EarlyCommit

(* Once the TM has decided commit, no RM is still working or has aborted. *)
AllPrepared == tmState = "committed" => \A r \in RM : rmState[r] \in {"prepared", "committed"}

IndInv ==
    /\ TypeOK
    /\ Consistent
    /\ AllPrepared
=============================================================================
