---------------------- MODULE OrphanFileCleanup_Reference ----------------------
EXTENDS OrphanFileCleanup

\* Every cleanup candidate is a stored file older than the retention age.
CandidatesAreOld ==
    \A f \in cands : status[f] = "old"

\* Once the cleanup has read the snapshot, no candidate is referenced by
\* the current snapshot.
OrphansUnreferenced ==
    cphase = "deleting" => cands \cap current = {}

IndRef ==
    /\ TypeOK
    /\ NoReferencedFileDeleted
    /\ CandidatesAreOld
    /\ OrphansUnreferenced
=============================================================================
