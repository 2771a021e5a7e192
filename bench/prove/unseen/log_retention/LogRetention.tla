----------------------------- MODULE LogRetention -----------------------------
(***************************************************************************)
(* Log retention with consumers reading at their committed offsets.        *)
(*                                                                         *)
(* A partition log is stored as segments of SegSize records each; segment *)
(* s holds offsets s*SegSize .. s*SegSize + SegSize - 1.  Records are      *)
(* appended to the newest (active) segment; when it is full the next      *)
(* append rolls a new segment.  A retention process deletes the oldest    *)
(* segment when it has expired (time-based retention: its newest record   *)
(* is older than the retention time; clocks are not modelled, so a        *)
(* sealed segment may expire at any moment, which also covers size-based  *)
(* retention).  The active segment is never deleted.  After a deletion the *)
(* log start offset becomes the base offset of the new oldest segment.    *)
(*                                                                         *)
(* Each consumer reads at its committed offset.  A fetch first checks the *)
(* offset against the log start and log end offsets and resolves it to a  *)
(* segment; the segment's file is then read while the fetch is in         *)
(* progress, and the retention process does not delete a segment an       *)
(* in-progress fetch holds.  When the fetch completes, the consumer       *)
(* processes the record and commits the next offset.  A consumer whose    *)
(* committed offset is below the log start (it lagged behind retention,   *)
(* or restarted from an old commit) gets OffsetOutOfRange and resets its  *)
(* offset to the log start (auto.offset.reset = earliest).  A consumer    *)
(* may crash at any time, abandoning its fetch in progress; it restarts   *)
(* from its committed offset.                                              *)
(*                                                                         *)
(* Safety: no consumer reads a record at a deleted offset: the segment a  *)
(* fetch in progress reads from has not been deleted.                      *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Consumer,   \* the consumers
    SegSize,    \* the number of records in a segment
    NumSegs     \* the number of segments the log can ever have

ASSUME SegSize \in Nat \ {0} /\ NumSegs \in Nat \ {0}

MaxOffset == SegSize * NumSegs   \* the log end offset of a full log

Segment == 0 .. NumSegs - 1

(* The segment holding offset o. *)
SegOf(o) == o \div SegSize

VARIABLES
    logStart,    \* the log start offset: offsets below it are deleted
    logEnd,      \* the log end offset: the offset of the next record
    segments,    \* the segments that exist (have not been deleted)
    committed,   \* committed[c]: c's committed offset, where it reads next
    fetching     \* fetching[c]: c has a fetch in progress at committed[c]

vars == <<logStart, logEnd, segments, committed, fetching>>

TypeOK ==
    /\ logStart \in 0 .. MaxOffset
    /\ logEnd \in 0 .. MaxOffset
    /\ segments \in SUBSET Segment
    /\ committed \in [Consumer -> 0 .. MaxOffset]
    /\ fetching \in [Consumer -> BOOLEAN]

Init ==
    /\ logStart = 0
    /\ logEnd = 0
    /\ segments = {0}
    /\ committed = [c \in Consumer |-> 0]
    /\ fetching = [c \in Consumer |-> FALSE]

Min(S) == CHOOSE x \in S : \A y \in S : x <= y

-----------------------------------------------------------------------------
(* A producer appends a record.  If the active segment is full, a new     *)
(* segment is rolled to take it.                                           *)
Append ==
    /\ logEnd < MaxOffset
    /\ logEnd' = logEnd + 1
    /\ segments' = IF logEnd > 0 /\ logEnd % SegSize = 0
                      THEN segments \cup {SegOf(logEnd)}
                      ELSE segments
    /\ UNCHANGED <<logStart, committed, fetching>>

(* The retention process deletes segment s: the oldest segment, not the   *)
(* active one, expired, and not held by a fetch in progress.  The log     *)
(* start offset moves to the base offset of the new oldest segment.       *)
DeleteSegment(s) ==
    /\ s \in segments
    /\ \A t \in segments : s <= t
    /\ \E t \in segments : s < t
    /\ \A c \in Consumer : fetching[c] => SegOf(committed[c]) # s
    /\ segments' = segments \ {s}
    /\ logStart' = Min(segments') * SegSize
    /\ UNCHANGED <<logEnd, committed, fetching>>

(* Consumer c fetches at its committed offset, which the broker finds     *)
(* within the log; reading the record's segment begins.                   *)
StartFetch(c) ==
    /\ ~fetching[c]
    /\ logStart <= committed[c]
    /\ committed[c] < logEnd
    /\ fetching' = [fetching EXCEPT ![c] = TRUE]
    /\ UNCHANGED <<logStart, logEnd, segments, committed>>

(* The fetch completes; c processes the record and commits the next       *)
(* offset.                                                                 *)
FinishFetch(c) ==
    /\ fetching[c]
    /\ committed[c] < MaxOffset
    /\ committed' = [committed EXCEPT ![c] = @ + 1]
    /\ fetching' = [fetching EXCEPT ![c] = FALSE]
    /\ UNCHANGED <<logStart, logEnd, segments>>

(* c's committed offset is below the log start: the broker answers        *)
(* OffsetOutOfRange and c resets its offset to the log start.              *)
ResetOffset(c) ==
    /\ ~fetching[c]
    /\ committed[c] < logStart
    /\ committed' = [committed EXCEPT ![c] = logStart]
    /\ UNCHANGED <<logStart, logEnd, segments, fetching>>

(* c crashes: its fetch in progress is abandoned, and it restarts from    *)
(* its committed offset.                                                   *)
Crash(c) ==
    /\ fetching[c]
    /\ fetching' = [fetching EXCEPT ![c] = FALSE]
    /\ UNCHANGED <<logStart, logEnd, segments, committed>>

Next ==
    \/ Append
    \/ \E s \in Segment : DeleteSegment(s)
    \/ \E c \in Consumer :
          StartFetch(c) \/ FinishFetch(c) \/ ResetOffset(c) \/ Crash(c)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Every fetch in progress reads from a segment that has not been deleted. *)
NoReadOfDeleted ==
    \A c \in Consumer : fetching[c] => SegOf(committed[c]) \in segments
=============================================================================
