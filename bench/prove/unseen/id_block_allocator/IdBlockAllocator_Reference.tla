---------------------- MODULE IdBlockAllocator_Reference ----------------------
(***************************************************************************)
(* Hand-written inductive invariant for IdBlockAllocator, used only to     *)
(* check that the benchmark has one.                                       *)
(***************************************************************************)
EXTENDS IdBlockAllocator

\* IDs at or above the allocator's counter have never been issued.
FreshAboveCounter == \A i \in Id : i >= next => issueCount[i] = 0

\* Every node's block lies below the allocator's counter.
BlockBelowCounter == \A n \in Node : lim[n] <= next

\* The unused part of a node's block has never been issued.
UnusedIdsFresh ==
    \A n \in Node : \A i \in Id : (cur[n] <= i /\ i < lim[n]) => issueCount[i] = 0

\* The unused parts of two nodes' blocks do not overlap.
BlocksDisjoint ==
    \A n, m \in Node : \A i \in Id :
        (n # m /\ cur[n] <= i /\ i < lim[n]) => ~(cur[m] <= i /\ i < lim[m])

IndRef ==
    /\ TypeOK
    /\ NoIdIssuedTwice
    /\ FreshAboveCounter
    /\ BlockBelowCounter
    /\ UnusedIdsFresh
    /\ BlocksDisjoint

=============================================================================
