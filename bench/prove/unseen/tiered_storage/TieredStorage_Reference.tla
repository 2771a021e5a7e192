------------------------ MODULE TieredStorage_Reference ------------------------
EXTENDS TieredStorage

(* The active segment (the one holding the next offset to append) exists   *)
(* in the local log.                                                       *)
ActiveSegmentLocal ==
    leo < MaxOffset => SegOf(leo) \in local

(* A segment that remote metadata lists as COPY_SEGMENT_FINISHED has its   *)
(* object in the object store.                                             *)
FinishedCopyIsStored ==
    \A s \in Seg : meta[s] = "copyFinished" => s \in remoteStore

(* The log start offset never passes the log end offset.                   *)
LogStartBelowEnd ==
    logStart <= leo

IndRef ==
    /\ TypeOK
    /\ NoOffsetLost
    /\ ActiveSegmentLocal
    /\ FinishedCopyIsStored
    /\ LogStartBelowEnd

=============================================================================
