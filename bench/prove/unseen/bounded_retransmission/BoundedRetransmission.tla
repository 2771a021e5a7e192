------------------------ MODULE BoundedRetransmission ------------------------
(***************************************************************************)
(* The Bounded Retransmission Protocol (BRP) of Philips, as studied by     *)
(* Helmink, Meinke and Groote: a sender transfers a file of N frames to a  *)
(* receiver over two lossy channels, one frame at a time, using an         *)
(* alternating bit to tell a new frame from a retransmission.  After       *)
(* sending a frame the sender starts a timer; when the timer expires it    *)
(* retransmits the frame, but at most MaxRetry times per frame.  When the  *)
(* retry bound is exhausted it gives up and reports to its client:         *)
(*   NOT_OK    the transfer failed before the last frame,                  *)
(*   DONT_KNOW the last frame was sent but never acknowledged, so the      *)
(*             receiver may or may not have the whole file,                *)
(* and it reports OK once the last frame has been acknowledged.            *)
(*                                                                         *)
(* The receiver delivers a frame to its client when the frame carries the  *)
(* bit it expects, then flips that bit; it acknowledges every frame it     *)
(* receives (fresh or repeated) with the frame's bit.                      *)
(*                                                                         *)
(* Modelled: one file transfer; frame i carries payload i, so what the     *)
(* receiver delivered shows which frames it delivered and in what order.   *)
(* Both channels are sets of messages in flight and may lose any message.  *)
(* As in the BRP itself, the sender's timer is assumed to be set long      *)
(* enough that it expires only once the frame or its acknowledgement has   *)
(* been lost (no premature timeouts): the timeout is enabled only when     *)
(* both channels are empty.                                                *)
(*                                                                         *)
(* Safety: if the sender reports OK then the receiver has delivered the    *)
(* whole file, and the receiver delivers frames in order, each once: its   *)
(* deliveries are exactly frames 1, 2, ... up to some k.                   *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS N,          \* number of frames in the file
          MaxRetry    \* retransmissions allowed per frame

Frame  == 1..N
Bit    == {0, 1}
Result == {"none", "OK", "NOT_OK", "DONT_KNOW"}

\* A frame message: its position in the file (also its payload), the
\* alternating bit, and the flag marking the last frame of the file.
FrameMsg == {[frame |-> i, bit |-> b, last |-> (i = N)] : i \in Frame, b \in Bit}

BoundedSeq(S, n) == UNION {[1..k -> S] : k \in 0..n}

VARIABLES sState,     \* sender: "sending" (frame ready), "waiting" (timer on), "done"
          sIdx,       \* sender: the frame being transferred
          sBit,       \* sender: alternating bit of the current frame
          rc,         \* sender: retransmissions of the current frame so far
          result,     \* sender: indication reported to the sender's client
          rBit,       \* receiver: the bit it expects on the next fresh frame
          delivered,  \* receiver: payloads delivered to the receiver's client, in order
          frames,     \* channel K: frames in flight
          acks        \* channel L: acknowledgements (bits) in flight

vars == <<sState, sIdx, sBit, rc, result, rBit, delivered, frames, acks>>

TypeOK == /\ sState \in {"sending", "waiting", "done"}
          /\ sIdx \in Frame
          /\ sBit \in Bit
          /\ rc \in 0..MaxRetry
          /\ result \in Result
          /\ rBit \in Bit
          /\ delivered \in BoundedSeq(Frame, N)
          /\ frames \in SUBSET FrameMsg
          /\ acks \in SUBSET Bit

Init == /\ sState = "sending"
        /\ sIdx = 1
        /\ sBit = 0
        /\ rc = 0
        /\ result = "none"
        /\ rBit = 0
        /\ delivered = << >>
        /\ frames = {}
        /\ acks = {}

\* The sender puts the current frame on channel K and starts its timer.
SendFrame ==
    /\ sState = "sending"
    /\ frames' = frames \cup {[frame |-> sIdx, bit |-> sBit, last |-> (sIdx = N)]}
    /\ sState' = "waiting"
    /\ UNCHANGED <<sIdx, sBit, rc, result, rBit, delivered, acks>>

\* The receiver takes a frame.  A frame with the expected bit is fresh: it
\* is delivered (unless a whole file has already been delivered) and the
\* expected bit flips.  Any other frame is a repetition and is dropped.
\* Either way the frame's bit is acknowledged.
ReceiveFrame(m) ==
    /\ m \in frames
    /\ frames' = frames \ {m}
    /\ IF m.bit = rBit /\ Len(delivered) < N
         THEN /\ delivered' = Append(delivered, m.frame)
              /\ rBit' = 1 - rBit
         ELSE UNCHANGED <<delivered, rBit>>
    /\ acks' = acks \cup {m.bit}
    /\ UNCHANGED <<sState, sIdx, sBit, rc, result>>

\* The sender takes an acknowledgement.  If it acknowledges the current
\* frame, the sender stops the timer and moves on to the next frame, or
\* reports OK after the last one.  Other acknowledgements are ignored.
ReceiveAck(b) ==
    /\ sState = "waiting"
    /\ b \in acks
    /\ acks' = acks \ {b}
    /\ IF b = sBit
         THEN IF sIdx = N
                THEN /\ sState' = "done"
                     /\ result' = "OK"
                     /\ UNCHANGED <<sIdx, sBit, rc>>
                ELSE /\ sState' = "sending"
                     /\ sIdx' = sIdx + 1
                     /\ sBit' = 1 - sBit
                     /\ rc' = 0
                     /\ UNCHANGED result
         ELSE UNCHANGED <<sState, sIdx, sBit, rc, result>>
    /\ UNCHANGED <<rBit, delivered, frames>>

\* The timer expires (only after the frame or its ack was lost).  The
\* sender retransmits if the retry bound allows, and otherwise gives up.
Timeout ==
    /\ sState = "waiting"
    /\ frames = {}
    /\ acks = {}
    /\ IF rc < MaxRetry
         THEN /\ rc' = rc + 1
              /\ sState' = "sending"
              /\ UNCHANGED result
         ELSE /\ sState' = "done"
              /\ result' = IF sIdx = N THEN "DONT_KNOW" ELSE "NOT_OK"
              /\ UNCHANGED rc
    /\ UNCHANGED <<sIdx, sBit, rBit, delivered, frames, acks>>

\* The channels lose messages.
LoseFrame(m) ==
    /\ m \in frames
    /\ frames' = frames \ {m}
    /\ UNCHANGED <<sState, sIdx, sBit, rc, result, rBit, delivered, acks>>

LoseAck(b) ==
    /\ b \in acks
    /\ acks' = acks \ {b}
    /\ UNCHANGED <<sState, sIdx, sBit, rc, result, rBit, delivered, frames>>

Next == \/ SendFrame
        \/ Timeout
        \/ \E m \in FrameMsg : ReceiveFrame(m) \/ LoseFrame(m)
        \/ \E b \in Bit : ReceiveAck(b) \/ LoseAck(b)

Spec == Init /\ [][Next]_vars

\* The receiver delivered frames 1, 2, ..., k in order, none twice, and if
\* the sender reported OK it delivered the whole file.
OkMeansFileDeliveredInOrder ==
    /\ \A k \in 1..Len(delivered) : delivered[k] = k
    /\ result = "OK" => Len(delivered) = N
=============================================================================
