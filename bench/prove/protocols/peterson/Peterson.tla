------------------------------ MODULE Peterson ------------------------------
(***************************************************************************)
(* Peterson's mutual exclusion algorithm for two processes ("Myths about   *)
(* the mutual exclusion problem", IPL 1981), with the labels of Lamport's  *)
(* PlusCal version; peterson in the Endive benchmark set.                  *)
(*                                                                         *)
(* A process that wants to enter raises its flag, then gives the turn to   *)
(* the other process, and waits until the other's flag is down or the turn *)
(* is its own.  It lowers its flag when it leaves.                         *)
(***************************************************************************)
EXTENDS Naturals

ProcSet == {0, 1}

(* The other process. *)
Other(p) == 1 - p

VARIABLES
    flag,   \* flag[p]: process p wants to enter.
    turn,   \* The process that may enter when both want to.
    pc      \* pc[p]: the label of p's next step.

vars == <<flag, turn, pc>>

TypeOK ==
    /\ flag \in [ProcSet -> BOOLEAN]
    /\ turn \in ProcSet
    /\ pc \in [ProcSet -> {"a1", "a2", "a3", "cs", "a4"}]

Init ==
    /\ flag = [p \in ProcSet |-> FALSE]
    /\ turn = 0
    /\ pc = [p \in ProcSet |-> "a1"]

(* Process p wants to enter and raises its flag. *)
A1(p) ==
    /\ pc[p] = "a1"
    /\ flag' = [flag EXCEPT ![p] = TRUE]
    /\ pc' = [pc EXCEPT ![p] = "a2"]
    /\ UNCHANGED turn

(* Process p gives the turn to the other process. *)
A2(p) ==
    /\ pc[p] = "a2"
    /\ turn' = Other(p)
    /\ pc' = [pc EXCEPT ![p] = "a3"]
    /\ UNCHANGED flag

(* Process p enters once the other does not want to, or it is p's turn. *)
A3(p) ==
    /\ pc[p] = "a3"
    /\ ~flag[Other(p)] \/ turn = p
    /\ pc' = [pc EXCEPT ![p] = "cs"]
    /\ UNCHANGED <<flag, turn>>

(* Process p leaves the critical section. *)
CS(p) ==
    /\ pc[p] = "cs"
    /\ pc' = [pc EXCEPT ![p] = "a4"]
    /\ UNCHANGED <<flag, turn>>

(* Process p lowers its flag and may try again. *)
A4(p) ==
    /\ pc[p] = "a4"
    /\ flag' = [flag EXCEPT ![p] = FALSE]
    /\ pc' = [pc EXCEPT ![p] = "a1"]
    /\ UNCHANGED turn

Next ==
    \E p \in ProcSet : A1(p) \/ A2(p) \/ A3(p) \/ CS(p) \/ A4(p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Mutual exclusion: the two processes are never both in the critical      *)
(* section.                                                                *)
Mutex ==
    ~(pc[0] = "cs" /\ pc[1] = "cs")
=============================================================================
