---------------- MODULE EventStoreExpectedVersion_Reference ----------------
EXTENDS EventStoreExpectedVersion

(* No event of a stream lies beyond the stream's head version.             *)
EventsUpToHead ==
    \A e \in events : e.version <= head[e.stream]

(* A stream with a non-zero head has an event at its head version.         *)
HeadEventStored ==
    \A s \in Stream :
        head[s] > 0 => \E e \in events : e.stream = s /\ e.version = head[s]

IndRef ==
    /\ TypeOK
    /\ ConsecutiveVersions
    /\ EventsUpToHead
    /\ HeadEventStored

=============================================================================
