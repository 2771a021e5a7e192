---------------------------- MODULE TieredStorage ----------------------------
(***************************************************************************)
(* One partition of an event log with tiered storage, in the style of      *)
(* Kafka's KIP-405.                                                        *)
(*                                                                         *)
(* The leader broker appends records to the active segment of its local    *)
(* log; when a segment is full it is rolled (closed) and a new active      *)
(* segment is created.  A remote log manager copies closed segments to     *)
(* remote object storage.  The copy of segment s follows the remote log    *)
(* metadata protocol (RemoteLogSegmentState):                              *)
(*   1. record COPY_SEGMENT_STARTED for s in the remote log metadata;      *)
(*   2. upload the segment file to the object store;                       *)
(*   3. record COPY_SEGMENT_FINISHED for s.                                *)
(* A copy may fail (broker restart, storage error) after step 1: the       *)
(* segment is then marked DELETE_SEGMENT_STARTED so that any partial       *)
(* upload is removed, and it may be copied again later.                    *)
(*                                                                         *)
(* Local retention deletes a closed local segment once remote metadata     *)
(* says it is COPY_SEGMENT_FINISHED (it is served from remote storage      *)
(* afterwards), and any local segment lying wholly below the log start     *)
(* offset.  Retention (by time, size, or DeleteRecords) advances the log   *)
(* start offset; a remote segment wholly below it is deleted with          *)
(* DELETE_SEGMENT_STARTED, removal of the object, and                      *)
(* DELETE_SEGMENT_FINISHED (after which the metadata entry is gone).       *)
(*                                                                         *)
(* A fetch of offset o is served from the local segment holding o, or      *)
(* else through the remote metadata: from a COPY_SEGMENT_FINISHED segment  *)
(* holding o, read from the object store.                                  *)
(*                                                                         *)
(* Segments have a fixed size: segment s holds offsets                     *)
(* (s-1)*SegmentSize .. s*SegmentSize - 1.  Record contents, the high      *)
(* watermark and replication to followers are abstracted away; the         *)
(* metadata topic and the object store are strongly consistent.            *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    NumSegments,   \* segments the partition can hold
    SegmentSize    \* records per segment

ASSUME NumSegments \in Nat \ {0} /\ SegmentSize \in Nat \ {0}

Seg == 1..NumSegments
MaxOffset == NumSegments * SegmentSize   \* bound on the log end offset

Base(s) == (s - 1) * SegmentSize          \* first offset of segment s
End(s)  == s * SegmentSize                \* one past the last offset of s
SegOf(o) == o \div SegmentSize + 1        \* the segment holding offset o

\* Remote log metadata states of a segment ("none": no metadata entry).
MetaState == {"none", "copyStarted", "copyFinished", "deleteStarted"}

VARIABLES
    leo,          \* log end offset: offsets 0..leo-1 have been appended
    logStart,     \* log start offset: offsets below it are deleted
    local,        \* segments present in the broker's local log
    remoteStore,  \* segment objects present in the remote object store
    meta          \* meta[s]: state of segment s in the remote log metadata

vars == <<leo, logStart, local, remoteStore, meta>>

TypeOK ==
    /\ leo \in 0..MaxOffset
    /\ logStart \in 0..MaxOffset
    /\ local \in SUBSET Seg
    /\ remoteStore \in SUBSET Seg
    /\ meta \in [Seg -> MetaState]

\* A segment is closed once the log end offset has moved past its end.
Closed(s) == End(s) <= leo

Init ==
    /\ leo = 0
    /\ logStart = 0
    /\ local = {1}          \* the (empty) active segment
    /\ remoteStore = {}
    /\ meta = [s \in Seg |-> "none"]

-----------------------------------------------------------------------------
(* The leader appends one record at the log end offset, in the active      *)
(* segment.  When that fills the segment, the segment is rolled: a new     *)
(* active segment is created locally.                                      *)
Append ==
    /\ leo < MaxOffset
    /\ leo' = leo + 1
    /\ local' = IF (leo + 1) % SegmentSize = 0 /\ leo + 1 < MaxOffset
                  THEN local \cup {SegOf(leo + 1)}
                  ELSE local
    /\ UNCHANGED <<logStart, remoteStore, meta>>

(* Copy step 1: the remote log manager picks a closed local segment that   *)
(* is not below the log start offset and has no remote metadata, and       *)
(* records COPY_SEGMENT_STARTED.                                           *)
StartCopy(s) ==
    /\ s \in local
    /\ Closed(s)
    /\ End(s) > logStart
    /\ meta[s] = "none"
    /\ meta' = [meta EXCEPT ![s] = "copyStarted"]
    /\ UNCHANGED <<leo, logStart, local, remoteStore>>

(* Copy step 2: the segment file is uploaded to the object store.          *)
Upload(s) ==
    /\ meta[s] = "copyStarted"
    /\ s \in local
    /\ remoteStore' = remoteStore \cup {s}
    /\ UNCHANGED <<leo, logStart, local, meta>>

(* Copy step 3: once the upload has completed, COPY_SEGMENT_FINISHED.      *)
FinishCopy(s) ==
    /\ meta[s] = "copyStarted"
    /\ s \in remoteStore
    /\ meta' = [meta EXCEPT ![s] = "copyFinished"]
    /\ UNCHANGED <<leo, logStart, local, remoteStore>>

(* The copy fails (broker restart, storage error) before it finished:      *)
(* the segment is marked for deletion so that a partial upload is          *)
(* removed; it can be copied again afterwards.                             *)
AbortCopy(s) ==
    /\ meta[s] = "copyStarted"
    /\ meta' = [meta EXCEPT ![s] = "deleteStarted"]
    /\ UNCHANGED <<leo, logStart, local, remoteStore>>

(* Retention (time, size, or a DeleteRecords request) advances the log     *)
(* start offset, never beyond the log end offset.                          *)
AdvanceLogStart ==
    /\ \E o \in (logStart + 1)..leo : logStart' = o
    /\ UNCHANGED <<leo, local, remoteStore, meta>>

(* Local retention deletes a local segment: either it is wholly below      *)
(* the log start offset, or it is closed and already copied to remote      *)
(* storage (COPY_SEGMENT_FINISHED), so it is served from there.            *)
DeleteLocal(s) ==
    /\ s \in local
    /\ \/ End(s) <= logStart
       \/ Closed(s) /\ meta[s] = "copyFinished"
    /\ local' = local \ {s}
    /\ UNCHANGED <<leo, logStart, remoteStore, meta>>

(* Remote retention, step 1: a copied segment wholly below the log start   *)
(* offset is marked DELETE_SEGMENT_STARTED.                                *)
StartRemoteDelete(s) ==
    /\ meta[s] = "copyFinished"
    /\ End(s) <= logStart
    /\ meta' = [meta EXCEPT ![s] = "deleteStarted"]
    /\ UNCHANGED <<leo, logStart, local, remoteStore>>

(* Remote deletion, step 2: the object is removed from the object store.   *)
DeleteObject(s) ==
    /\ meta[s] = "deleteStarted"
    /\ s \in remoteStore
    /\ remoteStore' = remoteStore \ {s}
    /\ UNCHANGED <<leo, logStart, local, meta>>

(* Remote deletion, step 3: DELETE_SEGMENT_FINISHED; the metadata entry    *)
(* of the segment is gone.                                                 *)
FinishRemoteDelete(s) ==
    /\ meta[s] = "deleteStarted"
    /\ s \notin remoteStore
    /\ meta' = [meta EXCEPT ![s] = "none"]
    /\ UNCHANGED <<leo, logStart, local, remoteStore>>

Next ==
    \/ Append
    \/ AdvanceLogStart
    \/ \E s \in Seg :
          \/ StartCopy(s)
          \/ Upload(s)
          \/ FinishCopy(s)
          \/ AbortCopy(s)
          \/ DeleteLocal(s)
          \/ StartRemoteDelete(s)
          \/ DeleteObject(s)
          \/ FinishRemoteDelete(s)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Offset o can be fetched: from the local segment holding it, or from a   *)
(* remote segment that the metadata lists as COPY_SEGMENT_FINISHED and     *)
(* whose object is in the object store.                                    *)
Readable(o) ==
    \/ SegOf(o) \in local
    \/ meta[SegOf(o)] = "copyFinished" /\ SegOf(o) \in remoteStore

(* Safety: every offset between the log start offset and the log end       *)
(* offset is readable from local or remote storage.                        *)
NoOffsetLost ==
    \A o \in logStart..(leo - 1) : Readable(o)

=============================================================================
