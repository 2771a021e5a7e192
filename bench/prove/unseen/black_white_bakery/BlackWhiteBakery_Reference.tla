--------------------- MODULE BlackWhiteBakery_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for BlackWhiteBakery, used only to   *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* While p waits at w2 or is in its critical section, the other process q  *)
(* is queued behind it: either q has the same colour and a later ticket,   *)
(* or q has the other colour, which is then the current shared colour.  A  *)
(* q that enters the doorway behind p keeps this up: it takes the shared   *)
(* colour, and if that is p's colour it reads p's ticket and takes a       *)
(* larger one.  Tickets never exceed N = 2 because a ticket 2 is drawn     *)
(* over the other's ticket 1 of the same colour, and by the time the other *)
(* could draw again its exit has turned the shared colour away.            *)
(***************************************************************************)
EXTENDS BlackWhiteBakery

(* A process is choosing exactly while it is in the doorway. *)
ChoosingInDoorway ==
    \A p \in Proc : choosing[p] <=> pc[p] \in {"e1", "e2", "e3", "e4"}

(* A process past e3 holds a ticket; one before e3 holds none. *)
TicketHeld ==
    \A p \in Proc : (number[p] > 0) <=> pc[p] \in {"e4", "w1", "w2", "cs", "x1"}

(* A process that has left its critical section has turned the shared    *)
(* colour away from its own.                                              *)
ExitFlipped ==
    \A p \in Proc : pc[p] = "x1" => color # mycolor[p]

(* q is (or, once through the doorway, will be) queued behind p: with     *)
(* p's colour and a later ticket, or with the other colour when that is    *)
(* the shared colour.                                                      *)
Behind(q, p) ==
    \/ pc[q] \in {"ncs", "e1"}
    \/ pc[q] = "e2" /\ (mycolor[q] = mycolor[p] \/ mycolor[q] = color)
    \/ pc[q] = "e3" /\ IF mycolor[q] = mycolor[p] THEN mx[q] >= number[p]
                                                  ELSE mycolor[q] = color
    \/ pc[q] \in {"e4", "w1", "w2"} /\
          IF mycolor[q] = mycolor[p] THEN Before(number[p], p, number[q], q)
                                     ELSE mycolor[q] = color

(* While p waits at w2, a q that has entered the doorway since p saw it   *)
(* not choosing is behind p; while p is in its critical section or        *)
(* leaving it, q is behind p wherever it is.                              *)
AheadOfOther ==
    \A p \in Proc :
        LET q == Other(p) IN
        /\ pc[p] = "w2" => (pc[q] \in {"w1", "w2", "cs", "x1"} \/ Behind(q, p))
        /\ pc[p] \in {"cs", "x1"} => Behind(q, p)

(* The ticket q holds, or at e3 is about to take. *)
Ticket(q) == IF pc[q] = "e3" THEN mx[q] + 1 ELSE number[q]

(* Tickets stay within 0 .. N.  A ticket N was drawn above the other     *)
(* process's ticket 1 of the same colour: either the other still holds    *)
(* that ticket, or it has left, the shared colour has moved away from the *)
(* colour of the ticket N, and the other has not taken a colour since or  *)
(* has taken the new one.                                                 *)
TicketBound ==
    \A p \in Proc :
        LET q == Other(p) IN
        /\ Ticket(q) <= N
        /\ Ticket(q) = N =>
              \/ mycolor[p] = mycolor[q] /\ number[p] = 1
              \/ /\ color # mycolor[q]
                 /\ (pc[p] \in {"ncs", "e1"} \/ mycolor[p] # mycolor[q])

IndRef ==
    /\ TypeOK
    /\ Mutex
    /\ ChoosingInDoorway
    /\ TicketHeld
    /\ ExitFlipped
    /\ AheadOfOther
    /\ TicketBound
=============================================================================
