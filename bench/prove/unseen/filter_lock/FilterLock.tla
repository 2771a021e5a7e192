----------------------------- MODULE FilterLock -----------------------------
(***************************************************************************)
(* Peterson's filter lock for N processes (Peterson, "Myths about the      *)
(* mutual exclusion problem", 1981; the "filter" of Herlihy and Shavit).   *)
(*                                                                         *)
(* There are N-1 waiting rooms, the levels 1..N-1.  To enter the critical  *)
(* section a process passes through every level in turn:                   *)
(*                                                                         *)
(*     for L := 1 to N-1 do                                                *)
(*         level[i] := L;                                                  *)
(*         victim[L] := i;                                                 *)
(*         await (\A k # i : level[k] < L) \/ victim[L] # i                *)
(*     critical section;                                                   *)
(*     level[i] := 0                                                       *)
(*                                                                         *)
(* The processes communicate through the shared arrays level and victim;   *)
(* each assignment is one atomic step, and the await condition is          *)
(* evaluated atomically.  Each process has a program counter pc: "ncs"     *)
(* (outside, level 0), "victim" (has set level[i] to its current level L   *)
(* and is about to write victim[L]), "wait" (waiting at level L) and "cs". *)
(* The loop variable L is level[i] itself.  A process may stay in its      *)
(* non-critical section forever and may be arbitrarily slow.               *)
(*                                                                         *)
(* Safety (mutual exclusion): at most one process is in its critical       *)
(* section.                                                                *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Proc   \* the processes

N == Cardinality(Proc)

Level == 1..(N - 1)   \* the waiting rooms

ASSUME N >= 2

VARIABLES
    level,    \* level[i]: the level process i is at (0 = not competing)
    victim,   \* victim[L]: the process that last entered level L
    pc        \* pc[i]: where process i is in its program

vars == <<level, victim, pc>>

TypeOK ==
    /\ level \in [Proc -> 0..(N - 1)]
    /\ victim \in [Level -> Proc]
    /\ pc \in [Proc -> {"ncs", "victim", "wait", "cs"}]

Init ==
    /\ level = [i \in Proc |-> 0]
    /\ victim \in [Level -> Proc]
    /\ pc = [i \in Proc |-> "ncs"]

(* Process i starts competing: it enters level 1. *)
Enter(i) ==
    /\ pc[i] = "ncs"
    /\ level' = [level EXCEPT ![i] = 1]
    /\ pc' = [pc EXCEPT ![i] = "victim"]
    /\ UNCHANGED victim

(* Process i, at level L, makes itself the victim of level L. *)
SetVictim(i, L) ==
    /\ pc[i] = "victim"
    /\ level[i] = L
    /\ victim' = [victim EXCEPT ![L] = i]
    /\ pc' = [pc EXCEPT ![i] = "wait"]
    /\ UNCHANGED level

(* Process i leaves level L once no other process is at level L or above, *)
(* or another process has become the victim of level L since.  From the   *)
(* top level it enters the critical section; otherwise it enters L + 1.   *)
Pass(i, L) ==
    /\ pc[i] = "wait"
    /\ level[i] = L
    /\ \/ \A k \in Proc \ {i} : level[k] < L
       \/ victim[L] # i
    /\ IF L = N - 1
          THEN /\ pc' = [pc EXCEPT ![i] = "cs"]
               /\ UNCHANGED level
          ELSE /\ level' = [level EXCEPT ![i] = L + 1]
               /\ pc' = [pc EXCEPT ![i] = "victim"]
    /\ UNCHANGED victim

(* Process i leaves the critical section. *)
Exit(i) ==
    /\ pc[i] = "cs"
    /\ level' = [level EXCEPT ![i] = 0]
    /\ pc' = [pc EXCEPT ![i] = "ncs"]
    /\ UNCHANGED victim

Next ==
    \E i \in Proc :
        \/ Enter(i)
        \/ Exit(i)
        \/ \E L \in Level : SetVictim(i, L) \/ Pass(i, L)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* At most one process is in its critical section. *)
MutualExclusion ==
    \A i, j \in Proc : pc[i] = "cs" /\ pc[j] = "cs" => i = j
=============================================================================
