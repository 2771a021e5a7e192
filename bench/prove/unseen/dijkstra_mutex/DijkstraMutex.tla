--------------------------- MODULE DijkstraMutex ---------------------------
(***************************************************************************)
(* Dijkstra's 1965 solution to the N-process mutual exclusion problem      *)
(* ("Solution of a problem in concurrent programming control", CACM 8(9)). *)
(*                                                                         *)
(* Shared variables: the Boolean arrays b and c (all TRUE initially) and   *)
(* the integer k in 1..N.  Process i runs:                                 *)
(*                                                                         *)
(*   Li0: b[i] := false;                                                   *)
(*   Li1: if k # i then                                                    *)
(*   Li2:    begin c[i] := true;                                           *)
(*   Li3:       if b[k] then k := i;                                       *)
(*              goto Li1                                                   *)
(*           end                                                           *)
(*        else                                                             *)
(*   Li4:    begin c[i] := false;                                          *)
(*              for j := 1 step 1 until N do                               *)
(*                 if j # i and not c[j] then goto Li1                     *)
(*           end;                                                          *)
(*        critical section;                                                *)
(*        c[i] := true; b[i] := true;                                      *)
(*        remainder of the cycle; goto Li0                                 *)
(*                                                                         *)
(* The granularity of atomic steps follows Lamport's PlusCal version of    *)
(* the algorithm: every step reads or writes at most one shared variable.  *)
(* Statement Li3 is split into reading k (Li3a), testing b[k] (Li3b) and   *)
(* writing k (Li3c); the loop of Li4 is split into writing c[i] (Li4a) and *)
(* one step per process examined (Li4b), in any order.  The local          *)
(* variable temp holds the value of k read at Li3a and unchecked holds the *)
(* processes the loop of Li4 has still to examine.                         *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANT N   \* the number of processes

ASSUME N \in Nat \ {0}

Procs == 1..N

VARIABLES
    b,          \* b[i]: FALSE while process i wants or holds the resource
    c,          \* c[i]: FALSE while process i is trying to pass the Li4 loop
    k,          \* the shared "turn" variable
    pc,         \* pc[i]: the label of the next step of process i
    temp,       \* temp[i]: the value of k that process i read at Li3a
    unchecked   \* unchecked[i]: the processes the loop at Li4b has yet to examine

vars == <<b, c, k, pc, temp, unchecked>>

Labels == {"Li0", "Li1", "Li2", "Li3a", "Li3b", "Li3c",
           "Li4a", "Li4b", "cs", "Li5", "Li6"}

TypeOK ==
    /\ b \in [Procs -> BOOLEAN]
    /\ c \in [Procs -> BOOLEAN]
    /\ k \in Procs
    /\ pc \in [Procs -> Labels]
    /\ temp \in [Procs -> Procs]
    /\ unchecked \in [Procs -> SUBSET Procs]

Init ==
    /\ b = [i \in Procs |-> TRUE]
    /\ c = [i \in Procs |-> TRUE]
    /\ k \in Procs
    /\ pc = [i \in Procs |-> "Li0"]
    /\ temp = [i \in Procs |-> i]
    /\ unchecked = [i \in Procs |-> {}]

-----------------------------------------------------------------------------
(* Li0: process i leaves its remainder section and announces itself. *)
Li0(i) ==
    /\ pc[i] = "Li0"
    /\ b' = [b EXCEPT ![i] = FALSE]
    /\ pc' = [pc EXCEPT ![i] = "Li1"]
    /\ UNCHANGED <<c, k, temp, unchecked>>

(* Li1: is it my turn? *)
Li1(i) ==
    /\ pc[i] = "Li1"
    /\ pc' = [pc EXCEPT ![i] = IF k # i THEN "Li2" ELSE "Li4a"]
    /\ UNCHANGED <<b, c, k, temp, unchecked>>

(* Li2: not my turn: withdraw from the Li4 loop. *)
Li2(i) ==
    /\ pc[i] = "Li2"
    /\ c' = [c EXCEPT ![i] = TRUE]
    /\ pc' = [pc EXCEPT ![i] = "Li3a"]
    /\ UNCHANGED <<b, k, temp, unchecked>>

(* Li3a: read k. *)
Li3a(i) ==
    /\ pc[i] = "Li3a"
    /\ temp' = [temp EXCEPT ![i] = k]
    /\ pc' = [pc EXCEPT ![i] = "Li3b"]
    /\ UNCHANGED <<b, c, k, unchecked>>

(* Li3b: if the process whose turn it is does not compete, take the turn. *)
Li3b(i) ==
    /\ pc[i] = "Li3b"
    /\ pc' = [pc EXCEPT ![i] = IF b[temp[i]] THEN "Li3c" ELSE "Li1"]
    /\ UNCHANGED <<b, c, k, temp, unchecked>>

(* Li3c: k := i, then back to Li1. *)
Li3c(i) ==
    /\ pc[i] = "Li3c"
    /\ k' = i
    /\ pc' = [pc EXCEPT ![i] = "Li1"]
    /\ UNCHANGED <<b, c, temp, unchecked>>

(* Li4a: my turn: c[i] := false and start the loop over the others. *)
Li4a(i) ==
    /\ pc[i] = "Li4a"
    /\ c' = [c EXCEPT ![i] = FALSE]
    /\ unchecked' = [unchecked EXCEPT ![i] = Procs \ {i}]
    /\ pc' = [pc EXCEPT ![i] = "Li4b"]
    /\ UNCHANGED <<b, k, temp>>

(* Li4b: one iteration of the loop: examine c[j] for one process j not    *)
(* examined yet; if it is false, start again at Li1.  When every process   *)
(* has been examined, enter the critical section.                          *)
Li4b(i) ==
    /\ pc[i] = "Li4b"
    /\ IF unchecked[i] = {}
         THEN /\ pc' = [pc EXCEPT ![i] = "cs"]
              /\ UNCHANGED unchecked
         ELSE \E j \in unchecked[i] :
                /\ unchecked' = [unchecked EXCEPT ![i] = unchecked[i] \ {j}]
                /\ pc' = [pc EXCEPT ![i] = IF c[j] THEN "Li4b" ELSE "Li1"]
    /\ UNCHANGED <<b, c, k, temp>>

(* Leave the critical section. *)
CS(i) ==
    /\ pc[i] = "cs"
    /\ pc' = [pc EXCEPT ![i] = "Li5"]
    /\ UNCHANGED <<b, c, k, temp, unchecked>>

Li5(i) ==
    /\ pc[i] = "Li5"
    /\ c' = [c EXCEPT ![i] = TRUE]
    /\ pc' = [pc EXCEPT ![i] = "Li6"]
    /\ UNCHANGED <<b, k, temp, unchecked>>

(* Li6: b[i] := true, and back to the remainder section. *)
Li6(i) ==
    /\ pc[i] = "Li6"
    /\ b' = [b EXCEPT ![i] = TRUE]
    /\ pc' = [pc EXCEPT ![i] = "Li0"]
    /\ UNCHANGED <<c, k, temp, unchecked>>

Next ==
    \E i \in Procs :
        \/ Li0(i) \/ Li1(i) \/ Li2(i) \/ Li3a(i) \/ Li3b(i) \/ Li3c(i)
        \/ Li4a(i) \/ Li4b(i) \/ CS(i) \/ Li5(i) \/ Li6(i)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: no two processes are in the critical section at once. *)
MutualExclusion ==
    \A i, j \in Procs : (i # j) => ~(pc[i] = "cs" /\ pc[j] = "cs")

=============================================================================
