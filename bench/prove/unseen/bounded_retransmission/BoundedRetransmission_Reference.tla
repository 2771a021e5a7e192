-------------------- MODULE BoundedRetransmission_Reference --------------------
(***************************************************************************)
(* A hand-written inductive invariant for BoundedRetransmission, used only *)
(* to check that the benchmark has one; never given to the tool under      *)
(* test.                                                                   *)
(*                                                                         *)
(* Because the timer never expires early, at most one copy of the current  *)
(* frame or of its acknowledgement is in flight, and the receiver is       *)
(* either one frame behind the sender (same bit) or has just delivered the *)
(* current frame (opposite bit).  The sender sees the ack of the last      *)
(* frame, and reports OK, only in the second case.                         *)
(***************************************************************************)
EXTENDS BoundedRetransmission

\* A frame in flight is the current frame with the current bit, sent while waiting, and no ack is in flight.
FramesAreCurrent ==
    \A m \in frames : m.frame = sIdx /\ m.bit = sBit /\ sState = "waiting" /\ acks = {}

\* Every ack in flight is for the current frame, which the receiver has already delivered.
AcksAreCurrent ==
    \A b \in acks : b = sBit /\ rBit # sBit /\ sState = "waiting"

\* The receiver has delivered either all frames before the current one, or the current one too.
ReceiverInStep ==
    \/ rBit = sBit /\ Len(delivered) = sIdx - 1
    \/ rBit # sBit /\ Len(delivered) = sIdx

IndRef == /\ TypeOK
          /\ OkMeansFileDeliveredInOrder
          /\ FramesAreCurrent
          /\ AcksAreCurrent
          /\ ReceiverInStep
=============================================================================
