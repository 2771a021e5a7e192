--------------------------- MODULE SpscRingBuffer ---------------------------
(***************************************************************************)
(* Lamport's single-producer single-consumer ring buffer ("Proving the     *)
(* correctness of multiprocess programs", 1977): a lock-free FIFO queue    *)
(* between one producer thread and one consumer thread.                    *)
(*                                                                         *)
(* Shared memory: an array buf of N slots and two indices.  head is        *)
(* written only by the consumer, tail only by the producer.  The indices   *)
(* are bounded counters modulo 2N: the number of items in the queue is     *)
(* (tail - head) mod 2N, which tells a full buffer (N) from an empty one   *)
(* (0); the slot of index x is x mod N.                                    *)
(*                                                                         *)
(* Producer loop (each step reads or writes one shared variable):          *)
(*   wait:    read head; proceed when the buffer is not full;              *)
(*   write:   buf[tail mod N] := the next item;                            *)
(*   publish: tail := tail + 1 (mod 2N).                                   *)
(* Consumer loop:                                                          *)
(*   wait:    read tail; proceed when the buffer is not empty;             *)
(*   read:    item := buf[head mod N];                                     *)
(*   release: head := head + 1 (mod 2N), freeing the slot.                 *)
(*                                                                         *)
(* The producer sends the items 0, 1, 2, ... in order; the k-th item has   *)
(* the value k, kept modulo 2N like the indices.  So the item written for  *)
(* position x of the stream has the value x, and a slot never written      *)
(* holds Unwritten.  Reading a stale item (one from an earlier lap) or an  *)
(* unwritten slot shows up as a value different from head.                 *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS N     \* number of slots in the ring

ASSUME N \in Nat \ {0}

Slot == 0..(N - 1)
Index == 0..(2 * N - 1)          \* indices and item values, modulo 2N
Unwritten == 2 * N               \* content of a slot never written

\* Number of items in the queue, from the indices.
Count(h, t) == (t + 2 * N - h) % (2 * N)
Succ(x) == (x + 1) % (2 * N)

VARIABLES
    buf,    \* buf[s]: the item stored in slot s
    head,   \* next position to consume (written by the consumer)
    tail,   \* next position to produce (written by the producer)
    ppc,    \* producer's program counter
    cpc,    \* consumer's program counter
    item    \* consumer's local copy of the last item it read

vars == <<buf, head, tail, ppc, cpc, item>>

TypeOK ==
    /\ buf \in [Slot -> Index \cup {Unwritten}]
    /\ head \in Index
    /\ tail \in Index
    /\ ppc \in {"wait", "write", "publish"}
    /\ cpc \in {"wait", "read", "release"}
    /\ item \in Index \cup {Unwritten}

Init ==
    /\ buf = [s \in Slot |-> Unwritten]
    /\ head = 0
    /\ tail = 0
    /\ ppc = "wait"
    /\ cpc = "wait"
    /\ item = Unwritten

-----------------------------------------------------------------------------
(* Producer *)

\* Read head; go on only if the buffer is not full.
ProducerWait ==
    /\ ppc = "wait"
    /\ Count(head, tail) < N
    /\ ppc' = "write"
    /\ UNCHANGED <<buf, head, tail, cpc, item>>

\* Write the next item (number tail) into the free slot.
ProducerWrite ==
    /\ ppc = "write"
    /\ buf' = [buf EXCEPT ![tail % N] = tail]
    /\ ppc' = "publish"
    /\ UNCHANGED <<head, tail, cpc, item>>

\* Publish the item by advancing tail.
ProducerPublish ==
    /\ ppc = "publish"
    /\ tail' = Succ(tail)
    /\ ppc' = "wait"
    /\ UNCHANGED <<buf, head, cpc, item>>

(* Consumer *)

\* Read tail; go on only if the buffer is not empty.
ConsumerWait ==
    /\ cpc = "wait"
    /\ tail # head
    /\ cpc' = "read"
    /\ UNCHANGED <<buf, head, tail, ppc, item>>

\* Read the item in the head slot.
ConsumerRead ==
    /\ cpc = "read"
    /\ item' = buf[head % N]
    /\ cpc' = "release"
    /\ UNCHANGED <<buf, head, tail, ppc>>

\* Free the slot by advancing head.
ConsumerRelease ==
    /\ cpc = "release"
    /\ head' = Succ(head)
    /\ cpc' = "wait"
    /\ UNCHANGED <<buf, tail, ppc, item>>

Next ==
    \/ ProducerWait
    \/ ProducerWrite
    \/ ProducerPublish
    \/ ConsumerWait
    \/ ConsumerRead
    \/ ConsumerRelease

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: the item the consumer has just read from the head slot is the   *)
(* item produced for position head: never an unwritten slot, never a       *)
(* stale item from an earlier lap.  Items are thus consumed in FIFO order. *)
NoStaleRead ==
    cpc = "release" => item = head

=============================================================================
