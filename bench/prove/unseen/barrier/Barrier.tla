------------------------------ MODULE Barrier ------------------------------
(***************************************************************************)
(* A sense-reversing centralized barrier for N processes.                  *)
(*                                                                         *)
(* Shared: count, the number of processes still to arrive in the current   *)
(* episode (reset to N by the last arriver), and the global sense flag.    *)
(* Each process has a local sense.  To pass the barrier a process flips    *)
(* its local sense and decrements count (one atomic fetch-and-decrement).  *)
(* The last to arrive resets count to N, sets the global sense to its new  *)
(* local sense, which releases the others, and goes on; every other        *)
(* process spins until the global sense equals its local sense.            *)
(*                                                                         *)
(* The ghost phase[p] counts the barriers p has passed, modulo 4.          *)
(*                                                                         *)
(* Safety: no process is ever two phases ahead of another.                 *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT N   \* the number of processes

ASSUME N \in Nat /\ N >= 2

Proc == 1 .. N

VARIABLES count,       \* shared: processes still to arrive in this episode
          sense,       \* shared: the global sense flag
          localSense,  \* localSense[p]: the sense p waits for
          pc,          \* pc[p]: "work" (between barriers) or "spin" (waiting)
          phase        \* ghost: phase[p], barriers passed by p, modulo 4

vars == <<count, sense, localSense, pc, phase>>

TypeOK ==
    /\ count \in 1 .. N
    /\ sense \in BOOLEAN
    /\ localSense \in [Proc -> BOOLEAN]
    /\ pc \in [Proc -> {"work", "spin"}]
    /\ phase \in [Proc -> 0 .. 3]

Init ==
    /\ count = N
    /\ sense = FALSE
    /\ localSense = [p \in Proc |-> FALSE]
    /\ pc = [p \in Proc |-> "work"]
    /\ phase = [p \in Proc |-> 0]

(* Process p reaches the barrier: it flips its local sense and decrements  *)
(* count.  If it is the last to arrive it resets count, flips the global   *)
(* sense (releasing the others) and passes; otherwise it starts spinning.  *)
Arrive(p) ==
    /\ pc[p] = "work"
    /\ localSense' = [localSense EXCEPT ![p] = ~@]
    /\ IF count = 1
         THEN /\ count' = N
              /\ sense' = ~localSense[p]
              /\ phase' = [phase EXCEPT ![p] = (@ + 1) % 4]
              /\ UNCHANGED pc
         ELSE /\ count' = count - 1
              /\ pc' = [pc EXCEPT ![p] = "spin"]
              /\ UNCHANGED <<sense, phase>>

(* A spinning process sees the global sense equal its own and passes. *)
Leave(p) ==
    /\ pc[p] = "spin"
    /\ sense = localSense[p]
    /\ pc' = [pc EXCEPT ![p] = "work"]
    /\ phase' = [phase EXCEPT ![p] = (@ + 1) % 4]
    /\ UNCHANGED <<count, sense, localSense>>

Next == \E p \in Proc : Arrive(p) \/ Leave(p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No process is two phases ahead of another (phases counted modulo 4). *)
NoLapping ==
    \A p, q \in Proc : phase[q] # (phase[p] + 2) % 4
=============================================================================
