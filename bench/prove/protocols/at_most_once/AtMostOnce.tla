----------------------------- MODULE AtMostOnce -----------------------------
(***************************************************************************)
(* At-most-once, in-order delivery with sequence numbers over a channel    *)
(* that loses, duplicates and reorders messages, in the manner of          *)
(* go-back-N retransmission (the sliding-window protocols of HDLC), with a *)
(* window covering all N messages.                                         *)
(*                                                                         *)
(* The sender (re)sends any message not yet acknowledged.  The receiver    *)
(* delivers a data message only if it carries the next sequence number it  *)
(* expects, and acknowledges cumulatively: the number of the last message  *)
(* it delivered.  The channel is a set of messages in flight: receiving a  *)
(* message does not consume it, so it may be received again, and any       *)
(* message may be lost.                                                    *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANT N   \* How many messages the sender transmits, numbered 1..N.

ASSUME N \in Nat

(* The sequence numbers. *)
Seqno == 1..N

(* The sequences of at most n elements of S. *)
SeqUpTo(S, n) == UNION {[1..k -> S] : k \in 0..n}

VARIABLES
    msgs,        \* Messages in flight: <<s, "data">> and <<s, "ack">>.
    acked,       \* The highest cumulative acknowledgement the sender has received.
    expected,    \* The sequence number the receiver delivers next.
    delivered    \* The sequence numbers the receiver has delivered, in order.

vars == <<msgs, acked, expected, delivered>>

TypeOK ==
    /\ msgs \in SUBSET (Seqno \X {"data", "ack"})
    /\ acked \in 0..N
    /\ expected \in 1..(N + 1)
    /\ delivered \in SeqUpTo(Seqno, N)

Init ==
    /\ msgs = {}
    /\ acked = 0
    /\ expected = 1
    /\ delivered = <<>>

(* The sender (re)sends message s, which is not acknowledged yet. *)
Send(s) ==
    /\ s > acked
    /\ msgs' = msgs \cup {<<s, "data">>}
    /\ UNCHANGED <<acked, expected, delivered>>

(* The receiver receives a copy of data message s.  If s is the number it  *)
(* expects, it delivers s, expects the next number and acknowledges s;     *)
(* otherwise it acknowledges again the last message it delivered, if any.  *)
(* (The receiver delivers at most N messages, which keeps the model        *)
(* bounded.)                                                               *)
Receive(s) ==
    /\ <<s, "data">> \in msgs
    /\ IF s = expected /\ Len(delivered) < N
         THEN /\ delivered' = Append(delivered, s)
              /\ expected' = expected + 1
              /\ msgs' = msgs \cup {<<s, "ack">>}
         ELSE /\ UNCHANGED <<delivered, expected>>
              /\ msgs' = IF expected > 1 THEN msgs \cup {<<expected - 1, "ack">>}
                                         ELSE msgs
    /\ UNCHANGED acked

(* The sender receives the cumulative acknowledgement s: every message up  *)
(* to s has arrived.                                                       *)
RecvAck(s) ==
    /\ <<s, "ack">> \in msgs
    /\ acked' = IF s > acked THEN s ELSE acked
    /\ UNCHANGED <<msgs, expected, delivered>>

(* The channel loses message m. *)
Lose(m) ==
    /\ m \in msgs
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<acked, expected, delivered>>

Next ==
    \/ \E s \in Seqno : Send(s) \/ Receive(s) \/ RecvAck(s)
    \/ \E m \in msgs : Lose(m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* The receiver delivers every message at most once and in order: what it  *)
(* has delivered is a prefix of <<1, ..., N>>.                             *)
InOrderOnce ==
    \A i \in 1..Len(delivered) : delivered[i] = i
=============================================================================
