------------------------- MODULE WatermarkWindows -------------------------
(***************************************************************************)
(* Event-time tumbling windows driven by watermarks, in the style of the   *)
(* window operator of a dataflow stream processor (Flink, Beam).           *)
(*                                                                         *)
(* Several sources emit events carrying an event-time timestamp and        *)
(* periodically advance their watermark: a watermark w is the source's     *)
(* promise that it will emit no further event with timestamp < w.  The     *)
(* operator's watermark is the minimum of the watermarks of its inputs; it *)
(* lags behind the sources' own watermarks because watermarks take time to *)
(* propagate.  Time is split into tumbling windows of Size ticks; window w *)
(* covers the timestamps [w*Size, (w+1)*Size).  A window fires, emitting   *)
(* its result, once the operator watermark has passed its end.  An event   *)
(* whose window has already ended by the operator's watermark is late and  *)
(* is dropped; every other event is added to its window's state.           *)
(*                                                                         *)
(* What is modelled: events travel on an unordered network, so an event    *)
(* may be overtaken by watermarks sent after it and arrive late.  Events   *)
(* are identified by their timestamp (two events with the same timestamp   *)
(* are not distinguished).  Window results are modelled as the set of      *)
(* events emitted by fired windows.                                        *)
(*                                                                         *)
(* Safety: the result of a fired window contains every event of that       *)
(* window that the operator accepted (did not drop as late); that is, no   *)
(* event is added to a window after the window has fired.                  *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Source,     \* the input streams of the operator
    MaxTs,      \* largest event timestamp in the model
    Size        \* length of a tumbling window

Time      == 0..MaxTs
Window    == 0..(MaxTs \div Size)
WindowOf(t) == t \div Size
End(w)    == (w + 1) * Size                \* first timestamp after window w
MaxWm     == End(MaxTs \div Size)          \* the watermark that closes all windows
Watermark == 0..MaxWm

VARIABLES
    srcWm,      \* srcWm[s]: the current watermark of source s
    inflight,   \* events emitted by the sources, not yet processed by the operator
    opWm,       \* the operator's current (combined) watermark
    buffered,   \* events the operator has added to their window's state
    fired,      \* windows that have fired
    result      \* events emitted in the results of fired windows

vars == << srcWm, inflight, opWm, buffered, fired, result >>

TypeOK ==
    /\ srcWm \in [Source -> Watermark]
    /\ inflight \in SUBSET Time
    /\ opWm \in Watermark
    /\ buffered \in SUBSET Time
    /\ fired \in SUBSET Window
    /\ result \in SUBSET Time

Init ==
    /\ srcWm = [s \in Source |-> 0]
    /\ inflight = {}
    /\ opWm = 0
    /\ buffered = {}
    /\ fired = {}
    /\ result = {}

MinSrcWm == CHOOSE m \in {srcWm[s] : s \in Source} :
                \A s \in Source : m <= srcWm[s]

(* Source s emits an event with timestamp t; it honours its own watermark. *)
Emit(s, t) ==
    /\ t >= srcWm[s]
    /\ inflight' = inflight \cup {t}
    /\ UNCHANGED << srcWm, opWm, buffered, fired, result >>

(* Source s advances its watermark to v. *)
AdvanceSourceWatermark(s, v) ==
    /\ v > srcWm[s]
    /\ srcWm' = [srcWm EXCEPT ![s] = v]
    /\ UNCHANGED << inflight, opWm, buffered, fired, result >>

(* The operator learns newer watermarks from its inputs: its watermark     *)
(* advances, but never beyond the minimum of the sources' watermarks.       *)
AdvanceOperatorWatermark(v) ==
    /\ opWm < v
    /\ v <= MinSrcWm
    /\ opWm' = v
    /\ UNCHANGED << srcWm, inflight, buffered, fired, result >>

(* An event arrives at the operator and its window is still open. *)
Accept(t) ==
    /\ t \in inflight
    /\ End(WindowOf(t)) > opWm
    /\ inflight' = inflight \ {t}
    /\ buffered' = buffered \cup {t}
    /\ UNCHANGED << srcWm, opWm, fired, result >>

(* An event arrives after the operator watermark passed its window: late. *)
DropLate(t) ==
    /\ t \in inflight
    /\ End(WindowOf(t)) <= opWm
    /\ inflight' = inflight \ {t}
    /\ UNCHANGED << srcWm, opWm, buffered, fired, result >>

(* The operator watermark passed the end of window w: w fires and emits    *)
(* the events in its state.                                                 *)
Fire(w) ==
    /\ w \notin fired
    /\ End(w) <= opWm
    /\ fired' = fired \cup {w}
    /\ result' = result \cup {t \in buffered : WindowOf(t) = w}
    /\ UNCHANGED << srcWm, inflight, opWm, buffered >>

Next ==
    \/ \E s \in Source, t \in Time : Emit(s, t)
    \/ \E s \in Source, v \in Watermark : AdvanceSourceWatermark(s, v)
    \/ \E v \in Watermark : AdvanceOperatorWatermark(v)
    \/ \E t \in Time : Accept(t) \/ DropLate(t)
    \/ \E w \in Window : Fire(w)

Spec == Init /\ [][Next]_vars

(* Every accepted event of a fired window is in that window's result. *)
FiredWindowsComplete ==
    \A t \in buffered : WindowOf(t) \in fired => t \in result

=============================================================================
