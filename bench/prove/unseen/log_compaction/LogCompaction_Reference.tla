------------------------ MODULE LogCompaction_Reference ------------------------
EXTENDS LogCompaction

\* No record lies beyond the head of its key.
HeadIsLatest ==
    \A o \in 1 .. Len(log) :
        log[o] # NoRecord => o <= head[log[o].key]

\* The clean section holds at most one record per key.
CleanSectionCompacted ==
    \A o1, o2 \in 1 .. Len(log) :
        (o1 < o2 /\ o2 < dirty /\ log[o1] # NoRecord /\ log[o2] # NoRecord)
            => log[o1].key # log[o2].key

\* The checkpoint and the end of the current pass lie within the log.
CleanerWithinLog ==
    dirty <= cleanEnd /\ cleanEnd <= Len(log) + 1

IndRef ==
    /\ TypeOK
    /\ LatestRecordRetained
    /\ HeadIsLatest
    /\ CleanSectionCompacted
    /\ CleanerWithinLog

=============================================================================
