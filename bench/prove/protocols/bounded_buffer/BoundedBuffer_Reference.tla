----------------------- MODULE BoundedBuffer_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for BoundedBuffer, used only to      *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* The counter differs from the length of the buffer only by the steps in  *)
(* progress: one more item while the producer has yet to increment, one    *)
(* fewer while the consumer has yet to decrement.                          *)
(***************************************************************************)
EXTENDS BoundedBuffer

(* The buffer holds count items, plus one the producer has appended, minus *)
(* one the consumer has removed, without updating the counter yet.         *)
CountTracksBuffer ==
    Len(buf) = count + (IF pcP = "incr" THEN 1 ELSE 0) - (IF pcC = "decr" THEN 1 ELSE 0)

(* The producer about to increment saw room in the counter, which only the *)
(* consumer has decremented since.                                         *)
IncrBelowCapacity ==
    pcP = "incr" => count < Capacity

(* The consumer about to decrement saw an item in the counter, which only  *)
(* the producer has incremented since.                                     *)
DecrAboveZero ==
    pcC = "decr" => count > 0

IndRef ==
    /\ TypeOK
    /\ BufferSafe
    /\ CountTracksBuffer
    /\ IncrBelowCapacity
    /\ DecrAboveZero
=============================================================================
