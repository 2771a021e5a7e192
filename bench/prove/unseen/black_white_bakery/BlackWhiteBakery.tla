-------------------------- MODULE BlackWhiteBakery --------------------------
(***************************************************************************)
(* Taubenfeld's Black-White Bakery algorithm (G. Taubenfeld, "The          *)
(* Black-White Bakery Algorithm and related bounded-space, adaptive,       *)
(* local-spinning and FIFO algorithms", DISC 2004), for two processes.     *)
(*                                                                         *)
(* Lamport's bakery with bounded tickets: a shared colour bit splits the   *)
(* customers into the black and the white ones.  A process takes the       *)
(* current colour with its ticket and a ticket larger only than those of   *)
(* its own colour; among processes of the same colour the bakery order     *)
(* applies, and between colours the one whose colour differs from the      *)
(* shared colour goes first.  A process leaving its critical section       *)
(* flips the shared colour away from its own, so newcomers queue behind    *)
(* the processes already waiting.  Tickets never exceed the number of      *)
(* processes.  The shared variables, with the pair (mycolor[i], number[i]) *)
(* one register written only by process i:                                 *)
(*                                                                         *)
(*   ncs: noncritical section; choosing[i] := TRUE                         *)
(*   e1:  mycolor[i] := color                                              *)
(*   e2:  mx := number[j] if mycolor[j] = mycolor[i], else 0               *)
(*   e3:  number[i] := mx + 1                                              *)
(*   e4:  choosing[i] := FALSE                                             *)
(*   w1:  await ~choosing[j]                                               *)
(*   w2:  if mycolor[j] = mycolor[i]                                       *)
(*          then await number[j] = 0 \/ <<number[i], i>> < <<number[j], j>>*)
(*                      \/ mycolor[j] # mycolor[i]                         *)
(*          else await number[j] = 0 \/ mycolor[i] # color                 *)
(*                      \/ mycolor[j] = mycolor[i]                         *)
(*   cs:  critical section; color := the colour other than mycolor[i]      *)
(*   x1:  number[i] := 0; goto ncs                                         *)
(*                                                                         *)
(* Each label is one atomic step.  The loop "for j" has one iteration (the *)
(* other process).  The test at w2 reads the register pair of j once, and  *)
(* in the second branch possibly color: each disjunct of the awaited       *)
(* condition reads a single register, so testing the disjunction in one   *)
(* step gives the same transitions as testing the disjuncts one by one.    *)
(*                                                                         *)
(* Safety: mutual exclusion.                                               *)
(***************************************************************************)
EXTENDS Naturals

Proc == {1, 2}

(* The other process. *)
Other(p) == 3 - p

N == 2   \* the number of processes: tickets range over 0 .. N

Colors == {"black", "white"}

Flip(c) == IF c = "black" THEN "white" ELSE "black"

Labels == {"ncs", "e1", "e2", "e3", "e4", "w1", "w2", "cs", "x1"}

(* Ticket <<n, i>> is before ticket <<m, j>> (lexicographic order). *)
Before(n, i, m, j) == n < m \/ (n = m /\ i < j)

VARIABLES
    color,      \* the shared colour bit
    choosing,   \* choosing[p]: p is in the doorway, taking a ticket
    mycolor,    \* mycolor[p]: the colour of p's ticket
    number,     \* number[p]: p's ticket (0: none)
    mx,         \* mx[p]: p's local copy of the largest same-coloured ticket, read in e2
    pc          \* pc[p]: the label of p's next step

vars == <<color, choosing, mycolor, number, mx, pc>>

TypeOK ==
    /\ color \in Colors
    /\ choosing \in [Proc -> BOOLEAN]
    /\ mycolor \in [Proc -> Colors]
    /\ number \in [Proc -> 0 .. N]
    /\ mx \in [Proc -> 0 .. N]
    /\ pc \in [Proc -> Labels]

Init ==
    /\ color \in Colors
    /\ choosing = [p \in Proc |-> FALSE]
    /\ mycolor \in [Proc -> Colors]
    /\ number = [p \in Proc |-> 0]
    /\ mx = [p \in Proc |-> 0]
    /\ pc = [p \in Proc |-> "ncs"]

-----------------------------------------------------------------------------
(* ncs: p wants to enter and starts choosing a ticket. *)
Request(p) ==
    /\ pc[p] = "ncs"
    /\ choosing' = [choosing EXCEPT ![p] = TRUE]
    /\ pc' = [pc EXCEPT ![p] = "e1"]
    /\ UNCHANGED <<color, mycolor, number, mx>>

(* e1: p takes the current shared colour as the colour of its ticket. *)
TakeColor(p) ==
    /\ pc[p] = "e1"
    /\ mycolor' = [mycolor EXCEPT ![p] = color]
    /\ pc' = [pc EXCEPT ![p] = "e2"]
    /\ UNCHANGED <<color, choosing, number, mx>>

(* e2: p reads the other's ticket; it counts only if it has p's colour. *)
ReadTicket(p) ==
    LET q == Other(p) IN
    /\ pc[p] = "e2"
    /\ mx' = [mx EXCEPT ![p] = IF mycolor[q] = mycolor[p] THEN number[q] ELSE 0]
    /\ pc' = [pc EXCEPT ![p] = "e3"]
    /\ UNCHANGED <<color, choosing, mycolor, number>>

(* e3: p takes a ticket one larger than the one it read. *)
TakeTicket(p) ==
    /\ pc[p] = "e3"
    /\ number' = [number EXCEPT ![p] = mx[p] + 1]
    /\ pc' = [pc EXCEPT ![p] = "e4"]
    /\ UNCHANGED <<color, choosing, mycolor, mx>>

(* e4: p leaves the doorway. *)
DoneChoosing(p) ==
    /\ pc[p] = "e4"
    /\ choosing' = [choosing EXCEPT ![p] = FALSE]
    /\ pc' = [pc EXCEPT ![p] = "w1"]
    /\ UNCHANGED <<color, mycolor, number, mx>>

(* w1: p waits until the other process is not choosing a ticket. *)
WaitChoosing(p) ==
    /\ pc[p] = "w1"
    /\ ~choosing[Other(p)]
    /\ pc' = [pc EXCEPT ![p] = "w2"]
    /\ UNCHANGED <<color, choosing, mycolor, number, mx>>

(* w2: p waits for its turn.  Against a process of its own colour it      *)
(* waits for the bakery order; against one of the other colour it waits   *)
(* until the shared colour is no longer its own (its colour is the older) *)
(* or the other has no ticket.  The test of the colours is made afresh at *)
(* each attempt, which is what the paper's extra disjuncts (the other's   *)
(* colour has changed) achieve.                                           *)
WaitTicket(p) ==
    LET q == Other(p) IN
    /\ pc[p] = "w2"
    /\ IF mycolor[q] = mycolor[p]
         THEN \/ number[q] = 0
              \/ Before(number[p], p, number[q], q)
         ELSE \/ number[q] = 0
              \/ mycolor[p] # color
    /\ pc' = [pc EXCEPT ![p] = "cs"]
    /\ UNCHANGED <<color, choosing, mycolor, number, mx>>

(* cs: p leaves its critical section and sets the shared colour to the    *)
(* colour other than its own.                                             *)
Exit(p) ==
    /\ pc[p] = "cs"
    /\ color' = Flip(mycolor[p])
    /\ pc' = [pc EXCEPT ![p] = "x1"]
    /\ UNCHANGED <<choosing, mycolor, number, mx>>

(* x1: p gives up its ticket and returns to its noncritical section. *)
ReleaseTicket(p) ==
    /\ pc[p] = "x1"
    /\ number' = [number EXCEPT ![p] = 0]
    /\ pc' = [pc EXCEPT ![p] = "ncs"]
    /\ UNCHANGED <<color, choosing, mycolor, mx>>

Next ==
    \E p \in Proc :
        \/ Request(p)
        \/ TakeColor(p)
        \/ ReadTicket(p)
        \/ TakeTicket(p)
        \/ DoneChoosing(p)
        \/ WaitChoosing(p)
        \/ WaitTicket(p)
        \/ Exit(p)
        \/ ReleaseTicket(p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* The two processes are never both in their critical sections. *)
Mutex == ~(pc[1] = "cs" /\ pc[2] = "cs")
=============================================================================
