------------------------------ MODULE Fairness ------------------------------
EXTENDS TwoPhase

LiveSpec ==
    /\ Spec
    /\ WF_vars(TMRecover)
    /\ WF_vars(TMCommit)
    /\ WF_vars(TMAbort)
    /\ \A r \in RM : WF_vars(TMRcvPrepared(r))
    /\ \A r \in RM : WF_vars(RMRcvCommitMsg(r)) /\ WF_vars(RMRcvAbortMsg(r))
=============================================================================
