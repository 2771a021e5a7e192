------------------------------- MODULE Bakery -------------------------------
(***************************************************************************)
(* Lamport's bakery algorithm (1974) for two processes, with ticket        *)
(* numbers bounded for model checking.                                     *)
(*                                                                         *)
(*   ncs: noncritical section; choosing[i] := TRUE                         *)
(*   e1:  mx := number[j]                    (read the other's ticket)     *)
(*   e2:  number[i] := mx + 1                (take a larger ticket)        *)
(*   e3:  choosing[i] := FALSE                                             *)
(*   w1:  await ~choosing[j]                                               *)
(*   w2:  await number[j] = 0 \/ <<number[i], i>> < <<number[j], j>>       *)
(*   cs:  critical section; number[i] := 0; goto ncs                       *)
(*                                                                         *)
(* In the doorway (e1-e3) a process reads the other process's ticket and   *)
(* takes one larger, announcing with its choosing flag that it is in the   *)
(* middle of doing so.  Reading the other's ticket and writing its own are *)
(* separate steps, so both processes may pick the same ticket; ties are    *)
(* broken by process identity (the lexicographic order on pairs).  In the  *)
(* waiting loop (over the one other process) a process first waits until   *)
(* the other is not choosing, then until the other has no ticket or a      *)
(* larger one.  Each label is one atomic step.  Tickets are bounded by     *)
(* MaxNum: a process whose next ticket would exceed it waits in e2.        *)
(*                                                                         *)
(* Safety: mutual exclusion, the two processes are never both in their     *)
(* critical sections.                                                      *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT MaxNum   \* the bound on ticket numbers

ASSUME MaxNum \in Nat /\ MaxNum >= 1

Proc == {1, 2}

(* The other process. *)
Other(p) == 3 - p

Labels == {"ncs", "e1", "e2", "e3", "w1", "w2", "cs"}

(* Ticket <<n, i>> is before ticket <<m, j>> (lexicographic order). *)
Before(n, i, m, j) == n < m \/ (n = m /\ i < j)

VARIABLES
    number,     \* number[p]: p's ticket (0: none)
    choosing,   \* choosing[p]: p is in the doorway, taking a ticket
    mx,         \* mx[p]: p's local copy of the other's ticket, read in e1
    pc          \* pc[p]: the label of p's next step

vars == <<number, choosing, mx, pc>>

TypeOK ==
    /\ number \in [Proc -> 0 .. MaxNum]
    /\ choosing \in [Proc -> BOOLEAN]
    /\ mx \in [Proc -> 0 .. MaxNum]
    /\ pc \in [Proc -> Labels]

Init ==
    /\ number = [p \in Proc |-> 0]
    /\ choosing = [p \in Proc |-> FALSE]
    /\ mx = [p \in Proc |-> 0]
    /\ pc = [p \in Proc |-> "ncs"]

(* ncs: p wants to enter and starts choosing a ticket. *)
Request(p) ==
    /\ pc[p] = "ncs"
    /\ choosing' = [choosing EXCEPT ![p] = TRUE]
    /\ pc' = [pc EXCEPT ![p] = "e1"]
    /\ UNCHANGED <<number, mx>>

(* e1: p reads the other process's ticket. *)
ReadTicket(p) ==
    /\ pc[p] = "e1"
    /\ mx' = [mx EXCEPT ![p] = number[Other(p)]]
    /\ pc' = [pc EXCEPT ![p] = "e2"]
    /\ UNCHANGED <<number, choosing>>

(* e2: p takes a ticket one larger than the one it read. *)
TakeTicket(p) ==
    /\ pc[p] = "e2"
    /\ mx[p] < MaxNum
    /\ number' = [number EXCEPT ![p] = mx[p] + 1]
    /\ pc' = [pc EXCEPT ![p] = "e3"]
    /\ UNCHANGED <<choosing, mx>>

(* e3: p leaves the doorway. *)
DoneChoosing(p) ==
    /\ pc[p] = "e3"
    /\ choosing' = [choosing EXCEPT ![p] = FALSE]
    /\ pc' = [pc EXCEPT ![p] = "w1"]
    /\ UNCHANGED <<number, mx>>

(* w1: p waits until the other process is not choosing a ticket. *)
WaitChoosing(p) ==
    /\ pc[p] = "w1"
    /\ ~choosing[Other(p)]
    /\ pc' = [pc EXCEPT ![p] = "w2"]
    /\ UNCHANGED <<number, choosing, mx>>

(* w2: p waits until the other has no ticket or a later one, then enters. *)
WaitTicket(p) ==
    /\ pc[p] = "w2"
    /\ \/ number[Other(p)] = 0
       \/ Before(number[p], p, number[Other(p)], Other(p))
    /\ pc' = [pc EXCEPT ![p] = "cs"]
    /\ UNCHANGED <<number, choosing, mx>>

(* cs: p leaves its critical section and gives up its ticket. *)
Exit(p) ==
    /\ pc[p] = "cs"
    /\ number' = [number EXCEPT ![p] = 0]
    /\ pc' = [pc EXCEPT ![p] = "ncs"]
    /\ UNCHANGED <<choosing, mx>>

Next ==
    \E p \in Proc :
        \/ Request(p)
        \/ ReadTicket(p)
        \/ TakeTicket(p)
        \/ DoneChoosing(p)
        \/ WaitChoosing(p)
        \/ WaitTicket(p)
        \/ Exit(p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* The two processes are never both in their critical sections. *)
Mutex == ~(pc[1] = "cs" /\ pc[2] = "cs")
=============================================================================
