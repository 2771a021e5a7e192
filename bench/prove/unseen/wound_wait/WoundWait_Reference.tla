------------------------- MODULE WoundWait_Reference -------------------------
EXTENDS WoundWait

\* No item is locked by two transactions at once.
MutualExclusion ==
    \A t, u \in Txn : t # u => locks[t] \cap locks[u] = {}

\* A transaction is queued only on an item that some transaction holds.
WaitersAreBlocked ==
    \A t \in Txn : waiting[t] # NoItem => \E u \in Txn : waiting[t] \in locks[u]

IndRef ==
    /\ TypeOK
    /\ NoWaitForYounger
    /\ MutualExclusion
    /\ WaitersAreBlocked
=============================================================================
