---------------------------- MODULE BoundedQueue ----------------------------
(* A producer and a consumer share a queue of bounded capacity. *)
EXTENDS Naturals, Sequences

CONSTANTS Capacity, Items

VARIABLES queue, consumed

TypeOK == /\ queue \in Seq(Items)
          /\ consumed \in Nat

\* The producer appends an item when there is room.
Produce(i) == /\ Len(queue) < Capacity
              /\ queue' = Append(queue, i)
              /\ UNCHANGED consumed

\* The consumer takes the oldest item.
Consume == /\ queue # <<>>
           /\ queue' = Tail(queue)
           /\ consumed' = (consumed + 1) % 3

Init == queue = <<>> /\ consumed = 0
Next == (\E i \in Items : Produce(i)) \/ Consume

WithinCapacity == Len(queue) <= Capacity
=============================================================================
