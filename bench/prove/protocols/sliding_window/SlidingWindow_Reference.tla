---------------------- MODULE SlidingWindow_Reference ----------------------
(***************************************************************************)
(* A hand-written inductive invariant for SlidingWindow, used only to      *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* Every data message in flight carries the input item of its sequence     *)
(* number, so the receiver delivers only items of the input, in order.     *)
(***************************************************************************)
EXTENDS SlidingWindow

\* Every data message in flight carries the input item for its sequence number.
ChanOK == \A m \in chan : m[2] = Input[m[1]]

IndRef == TypeOK /\ PrefixDelivered /\ ChanOK
=============================================================================
