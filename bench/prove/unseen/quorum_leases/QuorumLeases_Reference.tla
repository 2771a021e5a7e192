------------------------ MODULE QuorumLeases_Reference ------------------------
(* A hand-written inductive invariant for QuorumLeases.                    *)
EXTENDS QuorumLeases

(* A holder of an unexpired lease from g has acknowledged every write g    *)
(* has accepted.                                                           *)
LeaseHoldersAcked ==
    \A g \in Grantor, h \in Holder :
        clock < expiry[g][h] => ackVer[h] >= accVer[g]

(* A holder only learns (and serves) committed writes.                     *)
ReadsCommitted == \A h \in Holder : readVer[h] <= Committed

IndRef ==
    /\ TypeOK
    /\ LocalReadsReturnCommitted
    /\ LeaseHoldersAcked
    /\ ReadsCommitted

=============================================================================
