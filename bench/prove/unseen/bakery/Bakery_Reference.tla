--------------------------- MODULE Bakery_Reference ---------------------------
(***************************************************************************)
(* A hand-written inductive invariant for Bakery, used only to check that  *)
(* the benchmark has one; never given to the tool under test.              *)
(*                                                                         *)
(* Once p has seen the other process q not choosing (p at w2), q cannot    *)
(* take a ticket before p's without p seeing it: if q is in the doorway it *)
(* reads p's ticket and takes a larger one.  Once p is in its critical     *)
(* section, q either has no ticket yet or its ticket comes after p's.      *)
(***************************************************************************)
EXTENDS Bakery

(* A process in the doorway has its choosing flag set. *)
ChoosingInDoorway ==
    \A p \in Proc : pc[p] \in {"e1", "e2", "e3"} => choosing[p]

(* A process past e2 holds a ticket. *)
TicketHeld ==
    \A p \in Proc : pc[p] \in {"e3", "w1", "w2", "cs"} => number[p] > 0

(* While p waits at w2, a q in the doorway will take a ticket after p's. *)
WaitingAhead ==
    \A p \in Proc :
        LET q == Other(p) IN
        pc[p] = "w2" =>
            \/ pc[q] \in {"ncs", "e1", "w1", "w2", "cs"}
            \/ pc[q] = "e2" /\ mx[q] >= number[p]
            \/ pc[q] = "e3" /\ number[q] > number[p]

(* While p is in its critical section, q has no ticket or a later one. *)
CriticalAhead ==
    \A p \in Proc :
        LET q == Other(p) IN
        pc[p] = "cs" =>
            \/ pc[q] \in {"ncs", "e1"}
            \/ pc[q] = "e2" /\ mx[q] >= number[p]
            \/ pc[q] \in {"e3", "w1", "w2"} /\ Before(number[p], p, number[q], q)

IndRef ==
    /\ TypeOK
    /\ Mutex
    /\ ChoosingInDoorway
    /\ TicketHeld
    /\ WaitingAhead
    /\ CriticalAhead
=============================================================================
