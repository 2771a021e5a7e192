------------------------------- MODULE Answer -------------------------------
EXTENDS TwoPhase_VolatileDecision

(* A decision the TM has sent is the one in its log, for ever after. *)
DecisionIsDurable ==
    /\ [type |-> "Commit"] \in msgs => tmState = "committed"
    /\ [type |-> "Abort"] \in msgs => tmState = "aborted"
=============================================================================
