------------------- MODULE LeaderEpochTruncation_Reference -------------------
EXTENDS LeaderEpochTruncation

\* A follower that has truncated in the current epoch holds a prefix of the
\* leader's log.
FetchingFollowerIsPrefix ==
    \A f \in Replicas :
        (f # leader /\ fetchState[f] = "Fetching") =>
            /\ Len(log[f]) <= Len(log[leader])
            /\ log[f] = Prefix(log[leader], Len(log[f]))

\* The epochs along every log never decrease and never exceed the current epoch.
EpochsMonotone ==
    \A r \in Replicas : \A i \in 1..Len(log[r]) :
        /\ log[r][i] <= epoch
        /\ i > 1 => log[r][i - 1] <= log[r][i]

\* Two logs that both hold a record of epoch e (at offsets i and j) agree up
\* to the smaller of the two offsets: the records of an epoch are copies of
\* the records its leader appended, from one start offset on.
LogMatching ==
    \A r, s \in Replicas : \A i \in 1..Len(log[r]) : \A j \in 1..Len(log[s]) :
        log[r][i] = log[s][j] => Prefix(log[r], Min(i, j)) = Prefix(log[s], Min(i, j))

\* A record of the current epoch anywhere is the leader's record.
CurrentEpochRecordsFromLeader ==
    \A r \in Replicas : \A i \in 1..Len(log[r]) :
        log[r][i] = epoch =>
            /\ i <= Len(log[leader])
            /\ log[leader][i] = epoch

IndRef ==
    /\ TypeOK
    /\ HighWatermarkAgreement
    /\ FetchingFollowerIsPrefix
    /\ EpochsMonotone
    /\ LogMatching
    /\ CurrentEpochRecordsFromLeader
=============================================================================
