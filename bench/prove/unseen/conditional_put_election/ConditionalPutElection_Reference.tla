-------------------- MODULE ConditionalPutElection_Reference --------------------
EXTENDS ConditionalPutElection

\* No node believes it leads at a version the lease has not reached.
TermsBelowLease ==
    \A n \in Node : term[n] <= lease.ver

\* A node that believes it leads at the current version is the lease owner.
CurrentTermIsOwner ==
    \A n \in Node : (term[n] # 0 /\ term[n] = lease.ver) => lease.owner = n

\* No accepted data object carries a version the lease has not reached.
LogBelowLease ==
    \A i \in 1..Len(log) : log[i].ver <= lease.ver

\* Accepted data objects at the current version come from the lease owner.
CurrentLogFromOwner ==
    \A i \in 1..Len(log) : log[i].ver = lease.ver => log[i].writer = lease.owner

IndRef ==
    /\ TypeOK
    /\ FencedLog
    /\ TermsBelowLease
    /\ CurrentTermIsOwner
    /\ LogBelowLease
    /\ CurrentLogFromOwner
=============================================================================
