------------------------------- MODULE Dekker -------------------------------
(***************************************************************************)
(* Dekker's mutual exclusion algorithm for two processes (as described by  *)
(* Dijkstra, 1965): the first correct software solution using only shared  *)
(* reads and writes.                                                       *)
(*                                                                         *)
(*   d1: flag[i] := TRUE                                                   *)
(*   d2: while flag[j] do                                                  *)
(*   d3:    if turn # i then                                               *)
(*   d4:       flag[i] := FALSE                                            *)
(*   d5:       await turn = i                                              *)
(*   d6:       flag[i] := TRUE                                             *)
(*   cs: critical section                                                  *)
(*   d7: turn := j                                                         *)
(*   d8: flag[i] := FALSE; goto d1                                         *)
(*                                                                         *)
(* A process that wants to enter raises its flag.  While the other         *)
(* process's flag is up it checks the turn: if the turn is not its own it  *)
(* backs off (lowers its flag), waits for its turn and raises the flag     *)
(* again.  On leaving it hands the turn to the other process and lowers    *)
(* its flag.  Each label is one atomic step.                               *)
(***************************************************************************)
EXTENDS Naturals

ProcSet == {0, 1}

(* The other process. *)
Other(p) == 1 - p

Labels == {"d1", "d2", "d3", "d4", "d5", "d6", "cs", "d7", "d8"}

VARIABLES
    flag,   \* flag[p]: process p announces that it wants to enter.
    turn,   \* The process that has priority when both want to enter.
    pc      \* pc[p]: the label of p's next step.

vars == <<flag, turn, pc>>

TypeOK ==
    /\ flag \in [ProcSet -> BOOLEAN]
    /\ turn \in ProcSet
    /\ pc \in [ProcSet -> Labels]

Init ==
    /\ flag = [p \in ProcSet |-> FALSE]
    /\ turn = 0
    /\ pc = [p \in ProcSet |-> "d1"]

(* d1: p wants to enter and raises its flag. *)
D1(p) ==
    /\ pc[p] = "d1"
    /\ flag' = [flag EXCEPT ![p] = TRUE]
    /\ pc' = [pc EXCEPT ![p] = "d2"]
    /\ UNCHANGED turn

(* d2: p reads the other's flag; if it is down p enters, else p checks    *)
(* the turn.                                                               *)
D2(p) ==
    /\ pc[p] = "d2"
    /\ pc' = [pc EXCEPT ![p] = IF flag[Other(p)] THEN "d3" ELSE "cs"]
    /\ UNCHANGED <<flag, turn>>

(* d3: if the turn is not p's, p backs off; otherwise it re-reads the     *)
(* flag.                                                                   *)
D3(p) ==
    /\ pc[p] = "d3"
    /\ pc' = [pc EXCEPT ![p] = IF turn # p THEN "d4" ELSE "d2"]
    /\ UNCHANGED <<flag, turn>>

(* d4: p backs off and lowers its flag. *)
D4(p) ==
    /\ pc[p] = "d4"
    /\ flag' = [flag EXCEPT ![p] = FALSE]
    /\ pc' = [pc EXCEPT ![p] = "d5"]
    /\ UNCHANGED turn

(* d5: p waits until the turn is its own. *)
D5(p) ==
    /\ pc[p] = "d5"
    /\ turn = p
    /\ pc' = [pc EXCEPT ![p] = "d6"]
    /\ UNCHANGED <<flag, turn>>

(* d6: p raises its flag again and goes back to the loop test. *)
D6(p) ==
    /\ pc[p] = "d6"
    /\ flag' = [flag EXCEPT ![p] = TRUE]
    /\ pc' = [pc EXCEPT ![p] = "d2"]
    /\ UNCHANGED turn

(* cs: p leaves the critical section. *)
CS(p) ==
    /\ pc[p] = "cs"
    /\ pc' = [pc EXCEPT ![p] = "d7"]
    /\ UNCHANGED <<flag, turn>>

(* d7: p gives the turn to the other process. *)
D7(p) ==
    /\ pc[p] = "d7"
    /\ turn' = Other(p)
    /\ pc' = [pc EXCEPT ![p] = "d8"]
    /\ UNCHANGED flag

(* d8: p lowers its flag and may try again. *)
D8(p) ==
    /\ pc[p] = "d8"
    /\ flag' = [flag EXCEPT ![p] = FALSE]
    /\ pc' = [pc EXCEPT ![p] = "d1"]
    /\ UNCHANGED turn

Next ==
    \E p \in ProcSet :
        D1(p) \/ D2(p) \/ D3(p) \/ D4(p) \/ D5(p) \/ D6(p)
        \/ CS(p) \/ D7(p) \/ D8(p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Mutual exclusion: the two processes are never both in the critical      *)
(* section.                                                                *)
Mutex ==
    ~(pc[0] = "cs" /\ pc[1] = "cs")
=============================================================================
