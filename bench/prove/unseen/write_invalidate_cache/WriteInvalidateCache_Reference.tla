------------------- MODULE WriteInvalidateCache_Reference -------------------
EXTENDS WriteInvalidateCache

Inv(c, v) == [type |-> "inv", dst |-> c, ver |-> v]

\* A valid copy is of the home's version, and the directory lists its cache.
ValidCopyListed ==
    \A c \in Caches : cstate[c] = "Valid" => cver[c] = hver /\ c \in sharers

\* A write in progress is within the version bound, and a cache knows of no
\* version beyond the home's except the version of the write in progress,
\* which invalidations announce.
VersionsBounded ==
    /\ busy => hver < MaxVer
    /\ \A c \in Caches : cver[c] <= hver \/ (busy /\ cver[c] = hver + 1)

\* A fetch reply in flight is the only one to its cache, which is pending;
\* it carries a version no newer than the home's and, unless the cache has
\* been invalidated past it, the home's version, and its receiver is listed.
DataInFlight ==
    \A m \in msgs : m.type = "data" =>
        /\ cstate[m.dst] = "Pending"
        /\ \A m2 \in msgs : m2.type = "data" /\ m2.dst = m.dst => m2 = m
        /\ m.ver <= hver
        /\ cver[m.dst] <= m.ver => m.ver = hver /\ m.dst \in sharers

\* Invalidations in flight are for the write in progress, to listed caches
\* that have not been invalidated for it yet; during a write, every listed
\* cache not yet invalidated for the new version has one in flight.
InvalidationOutstanding ==
    /\ \A m \in msgs : m.type = "inv" =>
           /\ busy
           /\ m.ver = hver + 1
           /\ m.dst \in sharers
           /\ cver[m.dst] <= hver
    /\ busy => \A c \in sharers : cver[c] <= hver => Inv(c, hver + 1) \in msgs

\* An acknowledgement in flight is for the write in progress, from a listed
\* cache that has been invalidated for it.
AckInFlight ==
    \A m \in msgs : m.type = "ack" =>
        /\ busy
        /\ m.ver = hver + 1
        /\ m.src \in sharers
        /\ cver[m.src] = m.ver
        /\ cstate[m.src] # "Valid"

IndRef ==
    /\ TypeOK
    /\ NoStaleValidCopy
    /\ ValidCopyListed
    /\ VersionsBounded
    /\ DataInFlight
    /\ InvalidationOutstanding
    /\ AckInFlight
=============================================================================
