----------------------- MODULE ClosedTimestamps_Reference -----------------------
EXTENDS ClosedTimestamps

\* A published closed timestamp covers its position: every write at or
\* below it is at or before the published log position.
PublishedPositionCoversWrites ==
    \A p \in pubs : \A i \in 1..Len(log) : log[i] <= p.ts => i <= p.lai

\* No published closed timestamp is above the leaseholder's closed timestamp.
PublishedAtMostLeaseholderClosed ==
    \A p \in pubs : p.ts <= lhClosed

\* No follower has activated a closed timestamp above the leaseholder's.
FollowerClosedAtMostLeaseholderClosed ==
    \A f \in Followers : fClosed[f] <= lhClosed

IndRef ==
    /\ TypeOK
    /\ FollowerReadsSeeAllWrites
    /\ PublishedPositionCoversWrites
    /\ PublishedAtMostLeaseholderClosed
    /\ FollowerClosedAtMostLeaseholderClosed
=============================================================================
