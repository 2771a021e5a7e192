--------------------------- MODULE SlidingWindow ---------------------------
(***************************************************************************)
(* A go-back-N sliding-window protocol over lossy, reordering channels.    *)
(*                                                                         *)
(* The sender must transmit the N items of Input in order.  Sequence       *)
(* numbers are plain naturals 1..N (no wrap-around).  The sender keeps     *)
(*   base : the oldest unacknowledged sequence number,                     *)
(*   next : the next sequence number to (re)transmit;                      *)
(* it may have at most W sequence numbers outstanding (next < base + W).   *)
(* On a timeout it "goes back": next is reset to base, so the whole        *)
(* window is retransmitted.                                                *)
(*                                                                         *)
(* The receiver accepts only the in-order message (seq = Len(delivered)+1) *)
(* and discards all others; after every receipt it sends a cumulative      *)
(* acknowledgement carrying the next sequence number it expects.           *)
(*                                                                         *)
(* Both channels are sets of in-flight messages: any message can be        *)
(* delivered in any order, and any message can be lost (removed).          *)
(*                                                                         *)
(* Safety: what the receiver delivered is a prefix of the sender's input.  *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS N,   \* number of items to transmit
          W    \* window size

Data  == {0, 1}
\* The sender's input: items alternate, so a wrongly numbered message would
\* deliver a wrong item.
Input == [i \in 1..N |-> i % 2]

Seq1 == 1..N          \* data sequence numbers
AckNo == 1..(N + 1)   \* cumulative ack: "next sequence number expected"

BoundedSeq(S, n) == UNION {[1..k -> S] : k \in 0..n}

VARIABLES base,       \* sender: oldest unacknowledged sequence number
          next,       \* sender: next sequence number to send
          chan,       \* data messages in flight: set of <<seq, item>>
          acks,       \* acknowledgements in flight: set of ack numbers
          delivered   \* receiver: items delivered so far, in order

vars == <<base, next, chan, acks, delivered>>

TypeOK == /\ base \in AckNo
          /\ next \in AckNo
          /\ chan \in SUBSET (Seq1 \X Data)
          /\ acks \in SUBSET AckNo
          /\ delivered \in BoundedSeq(Data, N)

Init == /\ base = 1
        /\ next = 1
        /\ chan = {}
        /\ acks = {}
        /\ delivered = <<>>

\* Sender transmits message `next` if it lies inside the window.
Send == /\ next <= N
        /\ next < base + W
        /\ chan' = chan \cup {<<next, Input[next]>>}
        /\ next' = next + 1
        /\ UNCHANGED <<base, acks, delivered>>

\* Timeout: go back to the start of the window and retransmit from there.
Timeout == /\ base < next
           /\ next' = base
           /\ UNCHANGED <<base, chan, acks, delivered>>

\* Receiver takes a message; keeps it only if it is the expected one, and
\* acknowledges cumulatively in either case.
Receive(m) == /\ m \in chan
              /\ chan' = chan \ {m}
              /\ IF m[1] = Len(delivered) + 1
                   THEN delivered' = Append(delivered, m[2])
                   ELSE UNCHANGED delivered
              /\ acks' = acks \cup {Len(delivered') + 1}
              /\ UNCHANGED <<base, next>>

\* Sender takes a cumulative ack and slides the window forward.
RecvAck(a) == /\ a \in acks
              /\ acks' = acks \ {a}
              /\ IF a > base
                   THEN /\ base' = a
                        /\ next' = IF next < a THEN a ELSE next
                   ELSE UNCHANGED <<base, next>>
              /\ UNCHANGED <<chan, delivered>>

\* The channels lose messages.
LoseData(m) == /\ m \in chan
               /\ chan' = chan \ {m}
               /\ UNCHANGED <<base, next, acks, delivered>>

LoseAck(a) == /\ a \in acks
              /\ acks' = acks \ {a}
              /\ UNCHANGED <<base, next, chan, delivered>>

Next == \/ Send
        \/ Timeout
        \/ \E m \in Seq1 \X Data : Receive(m) \/ LoseData(m)
        \/ \E a \in AckNo : RecvAck(a) \/ LoseAck(a)

Spec == Init /\ [][Next]_vars

\* The receiver's delivered sequence is a prefix of the sender's input.
PrefixDelivered == /\ Len(delivered) <= N
                   /\ \A i \in 1..Len(delivered) : delivered[i] = Input[i]
=============================================================================
