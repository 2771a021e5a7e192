--------------------- MODULE EventStoreExpectedVersion ---------------------
(***************************************************************************)
(* An event store with optimistic concurrency control ("expected version", *)
(* as in EventStoreDB, Marten or SQL Stream Store).                        *)
(*                                                                         *)
(* The store keeps, for each stream, its events and the stream's current   *)
(* version (the version of its last event; 0 for a stream with no event). *)
(* Like a SQL-backed event store, it keeps the events as rows             *)
(* (stream, version, payload) and the head version of each stream as a    *)
(* separate row that it reads and updates in the same transaction as the   *)
(* insert of the new event.                                                *)
(*                                                                         *)
(* A writer (the code that handles a command on an aggregate) works        *)
(* optimistically:                                                         *)
(*   1. it reads the stream and learns its current version N;              *)
(*   2. later, it appends a new event with "expected version N".  The      *)
(*      store accepts the append only if the stream is still at version    *)
(*      N: it then stores the event as version N+1 and moves the stream's  *)
(*      head to N+1.  Otherwise it rejects the append with                 *)
(*      WrongExpectedVersion and changes nothing; the writer then reads    *)
(*      the stream again and retries.                                      *)
(* After a successful append the writer knows the stream is at N+1 and may *)
(* append again with that expected version without re-reading.            *)
(*                                                                         *)
(* The append request and its answer are one atomic step of the store (a   *)
(* database transaction); a rejected append changes no state, so it is not *)
(* a separate action.  The payload of an event is the writer that          *)
(* appended it.  Streams have room for MaxVersion events.                  *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Writer,       \* the writers
    Stream,       \* the streams
    MaxVersion    \* how many events a stream can hold

ASSUME MaxVersion \in Nat \ {0}

Version == 1..MaxVersion

(* An event as stored by the store: its stream, its version number in that *)
(* stream and its payload (here: the writer that appended it).             *)
Event == [stream : Stream, version : Version, writer : Writer]

VARIABLES
    events,   \* the events stored, a set of Event records
    head,     \* head[s]: the current version of stream s (0: no events)
    known     \* known[w][s]: the version of s that writer w last saw

vars == <<events, head, known>>

TypeOK ==
    /\ events \in SUBSET Event
    /\ head \in [Stream -> 0..MaxVersion]
    /\ known \in [Writer -> [Stream -> 0..MaxVersion]]

Init ==
    /\ events = {}
    /\ head = [s \in Stream |-> 0]
    /\ known = [w \in Writer |-> [s \in Stream |-> 0]]

-----------------------------------------------------------------------------
(* Writer w reads stream s and learns its current version.                 *)
ReadStream(w, s) ==
    /\ known' = [known EXCEPT ![w][s] = head[s]]
    /\ UNCHANGED <<events, head>>

(* Writer w appends an event to stream s with expected version known[w][s]*)
(* and the store accepts it: the stream is still at the expected version.  *)
(* The event becomes version known[w][s] + 1 and the head moves to it.     *)
(* (When the stream has moved on, the store rejects the append and nothing *)
(* changes: that step is a stuttering step.)                               *)
AppendAccepted(w, s) ==
    /\ head[s] = known[w][s]              \* the store's expected-version check
    /\ head[s] < MaxVersion
    /\ events' = events \cup
                 {[stream |-> s, version |-> head[s] + 1, writer |-> w]}
    /\ head' = [head EXCEPT ![s] = @ + 1]
    /\ known' = [known EXCEPT ![w][s] = @ + 1]

Next ==
    \E w \in Writer, s \in Stream :
        \/ ReadStream(w, s)
        \/ AppendAccepted(w, s)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: in every stream, the events have the consecutive version        *)
(* numbers 1, 2, ..., with no two events at the same version.              *)
ConsecutiveVersions ==
    \A s \in Stream :
        /\ \A e1, e2 \in events :
              (e1.stream = s /\ e2.stream = s /\ e1.version = e2.version)
                  => e1 = e2
        /\ \A e \in events :
              e.stream = s =>
                  \A v \in 1..e.version :
                      \E f \in events : f.stream = s /\ f.version = v

=============================================================================
