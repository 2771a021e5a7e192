--------------------------- MODULE AlternatingBit ---------------------------
(***************************************************************************)
(* The alternating bit protocol (Bartlett, Scantlebury and Wilkinson,      *)
(* 1969) over two lossy FIFO channels of bounded capacity.                 *)
(*                                                                         *)
(* The sender is handed a sequence of NumItems items, any sequence.  It    *)
(* transmits them one at a time, each tagged with a one-bit sequence       *)
(* number, and retransmits the current item until an acknowledgement       *)
(* carrying its bit comes back; then it flips its bit and moves on to the  *)
(* next item.  The receiver delivers a data message that carries the bit   *)
(* it expects and then expects the other bit; it acknowledges every data   *)
(* message with the message's bit.  Either channel may lose any message.   *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS
    Data,       \* The data items.
    NumItems,   \* How many items the sender transmits.
    Capacity    \* How many messages a channel holds.

ASSUME NumItems \in Nat /\ Capacity \in Nat

Bit == {0, 1}

(* The sequences of at most n elements of S. *)
SeqUpTo(S, n) == UNION {[1..k -> S] : k \in 0..n}

(* Sequence s without its i-th element. *)
Remove(s, i) == SubSeq(s, 1, i - 1) \o SubSeq(s, i + 1, Len(s))

VARIABLES
    input,       \* The items to transmit, fixed from the start.
    sIdx,        \* The index in input of the item being sent (NumItems + 1:
                 \* all sent).
    sBit,        \* The sender's bit.
    rBit,        \* The bit the receiver expects.
    delivered,   \* The items the receiver has delivered, in order.
    dataChan,    \* The data channel: messages <<item, bit>>, oldest first.
    ackChan      \* The acknowledgement channel: bits, oldest first.

vars == <<input, sIdx, sBit, rBit, delivered, dataChan, ackChan>>

TypeOK ==
    /\ input \in [1..NumItems -> Data]
    /\ sIdx \in 1..(NumItems + 1)
    /\ sBit \in Bit
    /\ rBit \in Bit
    /\ delivered \in SeqUpTo(Data, NumItems)
    /\ dataChan \in SeqUpTo(Data \X Bit, Capacity)
    /\ ackChan \in SeqUpTo(Bit, Capacity)

(* The sender is handed any sequence of items. *)
Init ==
    /\ input \in [1..NumItems -> Data]
    /\ sIdx = 1
    /\ sBit = 0
    /\ rBit = 0
    /\ delivered = <<>>
    /\ dataChan = <<>>
    /\ ackChan = <<>>

(* The sender (re)transmits the current item with its bit, if the data     *)
(* channel has room.                                                       *)
SendData ==
    /\ sIdx <= NumItems
    /\ Len(dataChan) < Capacity
    /\ dataChan' = Append(dataChan, <<input[sIdx], sBit>>)
    /\ UNCHANGED <<input, sIdx, sBit, rBit, delivered, ackChan>>

(* The receiver takes the oldest data message.  If it carries the expected *)
(* bit (and the transfer is not complete), the receiver delivers its item  *)
(* and expects the other bit; either way it acknowledges the message's     *)
(* bit, if the acknowledgement channel has room.                           *)
RecvData ==
    /\ dataChan # <<>>
    /\ Len(ackChan) < Capacity
    /\ LET m == Head(dataChan) IN
        /\ IF m[2] = rBit /\ Len(delivered) < NumItems
             THEN /\ delivered' = Append(delivered, m[1])
                  /\ rBit' = 1 - rBit
             ELSE UNCHANGED <<delivered, rBit>>
        /\ ackChan' = Append(ackChan, m[2])
    /\ dataChan' = Tail(dataChan)
    /\ UNCHANGED <<input, sIdx, sBit>>

(* The sender takes the oldest acknowledgement.  If it carries the         *)
(* sender's bit, the current item has arrived: the sender moves on to the  *)
(* next item and flips its bit.                                            *)
RecvAck ==
    /\ ackChan # <<>>
    /\ IF Head(ackChan) = sBit /\ sIdx <= NumItems
         THEN /\ sIdx' = sIdx + 1
              /\ sBit' = 1 - sBit
         ELSE UNCHANGED <<sIdx, sBit>>
    /\ ackChan' = Tail(ackChan)
    /\ UNCHANGED <<input, rBit, delivered, dataChan>>

(* The data channel loses a message. *)
LoseData ==
    /\ \E i \in 1..Len(dataChan) : dataChan' = Remove(dataChan, i)
    /\ UNCHANGED <<input, sIdx, sBit, rBit, delivered, ackChan>>

(* The acknowledgement channel loses a message. *)
LoseAck ==
    /\ \E i \in 1..Len(ackChan) : ackChan' = Remove(ackChan, i)
    /\ UNCHANGED <<input, sIdx, sBit, rBit, delivered, dataChan>>

Next == SendData \/ RecvData \/ RecvAck \/ LoseData \/ LoseAck

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* The receiver delivers the input in order: what it has delivered is a    *)
(* prefix of input.                                                        *)
DeliveredPrefix ==
    /\ Len(delivered) <= NumItems
    /\ \A i \in 1..Len(delivered) : delivered[i] = input[i]
=============================================================================
