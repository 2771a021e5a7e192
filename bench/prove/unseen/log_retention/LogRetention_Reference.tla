------------------------ MODULE LogRetention_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for LogRetention, used only to      *)
(* check that the benchmark has one; never given to the tool under test.  *)
(*                                                                         *)
(* The segments that exist cover every offset from the log start to the   *)
(* log end, the active segment exists, and no segment lies beyond it.  So *)
(* a fetch that passes the log start check resolves to an existing        *)
(* segment, deleting the oldest sealed segment leaves the rest of the     *)
(* range covered, and an append lands in an existing or a new segment.    *)
(***************************************************************************)
EXTENDS LogRetention

(* The active segment: the one holding the last record (0 while empty). *)
Active == IF logEnd = 0 THEN 0 ELSE SegOf(logEnd - 1)

(* Every offset from the log start to the log end is in an existing       *)
(* segment.                                                                *)
LiveRange ==
    \A o \in logStart .. (logEnd - 1) : SegOf(o) \in segments

(* The active segment exists. *)
ActiveSegmentExists ==
    Active \in segments

(* No segment lies after the active segment. *)
NoSegmentAfterActive ==
    \A s \in segments : s <= Active

IndRef ==
    /\ TypeOK
    /\ NoReadOfDeleted
    /\ LiveRange
    /\ ActiveSegmentExists
    /\ NoSegmentAfterActive
=============================================================================
