---------------------------- MODULE BoundedBuffer ----------------------------
(***************************************************************************)
(* Dijkstra's bounded buffer (the producer-consumer problem, 1965) in the  *)
(* form of the operating-systems textbooks (Silberschatz, Galvin and       *)
(* Gagne): one producer and one consumer share a buffer of Capacity items  *)
(* and a counter of the items in it, and update the two in separate steps. *)
(*                                                                         *)
(* The producer, when the counter says there is room, appends an item,     *)
(* then increments the counter; the consumer, when the counter says there  *)
(* is an item, removes the oldest one, then decrements the counter.  The   *)
(* counter lags behind the buffer, but only ever on the safe side.         *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS
    Item,       \* The items the producer produces.
    Capacity    \* How many items the buffer holds.

ASSUME Capacity \in Nat /\ Capacity >= 1

(* The sequences of at most n elements of S. *)
SeqUpTo(S, n) == UNION {[1..k -> S] : k \in 0..n}

VARIABLES
    buf,     \* The items in the buffer, oldest first.
    count,   \* The shared counter of the items in the buffer.
    pcP,     \* The producer's next step: "produce" or "incr".
    pcC      \* The consumer's next step: "consume" or "decr".

vars == <<buf, count, pcP, pcC>>

(* The model leaves room for one item more than the capacity, so that an   *)
(* overflow would show as a violation of BufferSafe.                       *)
TypeOK ==
    /\ buf \in SeqUpTo(Item, Capacity + 1)
    /\ count \in 0..(Capacity + 1)
    /\ pcP \in {"produce", "incr"}
    /\ pcC \in {"consume", "decr"}

Init ==
    /\ buf = <<>>
    /\ count = 0
    /\ pcP = "produce"
    /\ pcC = "consume"

(* The producer, seeing room in the counter, appends item i to the buffer. *)
(* (The buffer never grows past Capacity + 1, which keeps the model        *)
(* bounded.)                                                               *)
Produce(i) ==
    /\ pcP = "produce"
    /\ count < Capacity
    /\ Len(buf) <= Capacity
    /\ buf' = Append(buf, i)
    /\ pcP' = "incr"
    /\ UNCHANGED <<count, pcC>>

(* The producer increments the counter (which never exceeds Capacity + 1). *)
Incr ==
    /\ pcP = "incr"
    /\ count <= Capacity
    /\ count' = count + 1
    /\ pcP' = "produce"
    /\ UNCHANGED <<buf, pcC>>

(* The consumer, seeing an item in the counter, removes the oldest item of *)
(* the buffer (if there is none, it waits).                                *)
Consume ==
    /\ pcC = "consume"
    /\ count > 0
    /\ buf # <<>>
    /\ buf' = Tail(buf)
    /\ pcC' = "decr"
    /\ UNCHANGED <<count, pcP>>

(* The consumer decrements the counter (which never goes below zero). *)
Decr ==
    /\ pcC = "decr"
    /\ count > 0
    /\ count' = count - 1
    /\ pcC' = "consume"
    /\ UNCHANGED <<buf, pcP>>

Next ==
    \/ \E i \in Item : Produce(i)
    \/ Incr
    \/ Consume
    \/ Decr

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Neither the counter nor the buffer exceeds the capacity, and when the   *)
(* counter lets the consumer remove an item, the buffer has one.           *)
BufferSafe ==
    /\ count <= Capacity
    /\ Len(buf) <= Capacity
    /\ (pcC = "consume" /\ count > 0) => buf # <<>>
=============================================================================
