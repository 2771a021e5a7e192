---------------------------- MODULE CommitAdopt ----------------------------
(***************************************************************************)
(* Gafni's commit-adopt object ("Round-by-round fault detectors", PODC     *)
(* 1998), wait-free, over single-writer multi-reader atomic registers.     *)
(*                                                                         *)
(* Each process i invokes the object with an input value val[i] and runs   *)
(* two rounds, each a write to its own register followed by a collect     *)
(* (a read of every register):                                            *)
(*   round 1:  A[i] := val[i];  collect A;                                 *)
(*             flag := every value found in A is val[i];                   *)
(*   round 2:  B[i] := <<val[i], flag>>;  collect B;                       *)
(*             if every entry found in B is <<v, TRUE>>  then commit v     *)
(*             else if some entry found is <<v, TRUE>>  then adopt v       *)
(*             else adopt val[i].                                          *)
(* Bottom (Nil) stands for a register not yet written.  The output is left *)
(* in val[i], and pc[i] becomes "commit" or "adopt".                       *)
(*                                                                         *)
(* A collect is one atomic step here.  A process's own register holds     *)
(* what it last wrote, so with the two processes of the model a collect    *)
(* amounts to reading the one register of the other process: every step   *)
(* of the model accesses a single shared register, as in the real          *)
(* algorithm.  Processes may stop (crash) at any point: no step is ever    *)
(* forced.                                                                 *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Procs,    \* the processes
    Values,   \* the possible inputs
    Nil       \* the initial content of a register

ASSUME Nil \notin Values

VARIABLES
    A,      \* A[i]: round-1 register of process i: a value or Nil
    B,      \* B[i]: round-2 register of process i: [val, commit] or Nil
    pc,     \* pc[i]: next step of process i, or its outcome
    val,    \* val[i]: the input of process i, then the value it outputs
    flag    \* flag[i]: the result of process i's round-1 collect

vars == <<A, B, pc, val, flag>>

Entries == [val : Values, commit : BOOLEAN]

TypeOK ==
    /\ A \in [Procs -> Values \cup {Nil}]
    /\ B \in [Procs -> Entries \cup {Nil}]
    /\ pc \in [Procs -> {"w1", "r1", "w2", "r2", "commit", "adopt"}]
    /\ val \in [Procs -> Values]
    /\ flag \in [Procs -> BOOLEAN]

Init ==
    /\ A = [i \in Procs |-> Nil]
    /\ B = [i \in Procs |-> Nil]
    /\ pc = [i \in Procs |-> "w1"]
    /\ val \in [Procs -> Values]
    /\ flag = [i \in Procs |-> FALSE]

-----------------------------------------------------------------------------
(* Round 1: write the input. *)
Write1(i) ==
    /\ pc[i] = "w1"
    /\ A' = [A EXCEPT ![i] = val[i]]
    /\ pc' = [pc EXCEPT ![i] = "r1"]
    /\ UNCHANGED <<B, val, flag>>

(* Round 1: collect A; the flag says whether only my value was seen. *)
Read1(i) ==
    /\ pc[i] = "r1"
    /\ flag' = [flag EXCEPT ![i] = \A j \in Procs \ {i} : A[j] \in {Nil, val[i]}]
    /\ pc' = [pc EXCEPT ![i] = "w2"]
    /\ UNCHANGED <<A, B, val>>

(* Round 2: write my value and whether I propose to commit it. *)
Write2(i) ==
    /\ pc[i] = "w2"
    /\ B' = [B EXCEPT ![i] = [val |-> val[i], commit |-> flag[i]]]
    /\ pc' = [pc EXCEPT ![i] = "r2"]
    /\ UNCHANGED <<A, val, flag>>

(* Round 2: collect B and output. *)
Read2(i) ==
    /\ pc[i] = "r2"
    /\ LET found == {B[j] : j \in Procs} \ {Nil}
       IN  IF \E v \in Values : \A e \in found : e = [val |-> v, commit |-> TRUE]
             THEN /\ pc' = [pc EXCEPT ![i] = "commit"]
                  /\ val' = [val EXCEPT ![i] =
                               CHOOSE v \in Values :
                                  \A e \in found : e = [val |-> v, commit |-> TRUE]]
             ELSE /\ pc' = [pc EXCEPT ![i] = "adopt"]
                  /\ IF \E e \in found : e.commit
                       THEN \E e \in found :
                              /\ e.commit
                              /\ val' = [val EXCEPT ![i] = e.val]
                       ELSE UNCHANGED val
    /\ UNCHANGED <<A, B, flag>>

Next ==
    \E i \in Procs :
        \/ Write1(i) \/ Read1(i) \/ Write2(i) \/ Read2(i)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: if a process commits v, every process that commits or adopts   *)
(* outputs v.                                                              *)
CommitAgreement ==
    \A i, j \in Procs :
        (pc[i] = "commit" /\ pc[j] \in {"commit", "adopt"}) => val[j] = val[i]

=============================================================================
