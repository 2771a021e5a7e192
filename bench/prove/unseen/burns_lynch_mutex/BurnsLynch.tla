----------------------------- MODULE BurnsLynch -----------------------------
(***************************************************************************)
(* Burns and Lynch's one-bit mutual exclusion algorithm ("Bounds on shared *)
(* memory for mutual exclusion", 1993; also Lynch, "Distributed           *)
(* Algorithms", section 10.6).  Processes 1..N share one bit each,         *)
(* flag[i], which only process i writes and every process may read.       *)
(*                                                                         *)
(*   L:  flag[i] := 0                                                      *)
(*       for j := 1 to i-1: if flag[j] = 1 then goto L                     *)
(*       flag[i] := 1                                                      *)
(*       for j := 1 to i-1: if flag[j] = 1 then goto L                     *)
(*       for j := i+1 to N: await flag[j] = 0                              *)
(*       critical section                                                  *)
(*       flag[i] := 0                                                      *)
(*                                                                         *)
(* Each read or write of one shared bit is one atomic step; the position   *)
(* of a process is its program counter pc[i] and the loop variable j is    *)
(* idx[i].                                                                 *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT N   \* the number of processes

ASSUME N \in Nat \ {0}

Proc == 1..N

VARIABLES
    flag,  \* flag[i]: the shared bit of process i
    pc,    \* pc[i]: the program counter of process i
    idx    \* idx[i]: the loop variable j of process i

vars == <<flag, pc, idx>>

(* ncs:   in the non-critical section                                      *)
(* reset: at label L, about to write flag[i] := 0                          *)
(* scan1: first loop over the lower processes, flag[i] = 0                 *)
(* set:   about to write flag[i] := 1                                      *)
(* scan2: second loop over the lower processes, flag[i] = 1                *)
(* scan3: waiting in turn for each higher process to lower its bit         *)
(* cs:    in the critical section                                          *)
PC == {"ncs", "reset", "scan1", "set", "scan2", "scan3", "cs"}

TypeOK ==
    /\ flag \in [Proc -> {0, 1}]
    /\ pc \in [Proc -> PC]
    /\ idx \in [Proc -> 1..N+1]

Init ==
    /\ flag = [i \in Proc |-> 0]
    /\ pc = [i \in Proc |-> "ncs"]
    /\ idx = [i \in Proc |-> 1]

-----------------------------------------------------------------------------
(* Process i leaves its non-critical section and goes to label L.         *)
Request(i) ==
    /\ pc[i] = "ncs"
    /\ pc' = [pc EXCEPT ![i] = "reset"]
    /\ UNCHANGED <<flag, idx>>

(* L: flag[i] := 0, then start the first loop at j = 1.                    *)
Reset(i) ==
    /\ pc[i] = "reset"
    /\ flag' = [flag EXCEPT ![i] = 0]
    /\ pc' = [pc EXCEPT ![i] = "scan1"]
    /\ idx' = [idx EXCEPT ![i] = 1]

(* First loop: read flag[j] for the next lower process j; if it is set,   *)
(* go back to L, otherwise go on to the next j.                            *)
Scan1(i) ==
    /\ pc[i] = "scan1"
    /\ idx[i] < i
    /\ IF flag[idx[i]] = 1
         THEN /\ pc' = [pc EXCEPT ![i] = "reset"]
              /\ UNCHANGED idx
         ELSE /\ idx' = [idx EXCEPT ![i] = idx[i] + 1]
              /\ UNCHANGED pc
    /\ UNCHANGED flag

(* First loop done.                                                        *)
Scan1Done(i) ==
    /\ pc[i] = "scan1"
    /\ idx[i] >= i
    /\ pc' = [pc EXCEPT ![i] = "set"]
    /\ UNCHANGED <<flag, idx>>

(* flag[i] := 1, then start the second loop at j = 1.                      *)
Set(i) ==
    /\ pc[i] = "set"
    /\ flag' = [flag EXCEPT ![i] = 1]
    /\ pc' = [pc EXCEPT ![i] = "scan2"]
    /\ idx' = [idx EXCEPT ![i] = 1]

(* Second loop: as the first, now with the own bit set.                    *)
Scan2(i) ==
    /\ pc[i] = "scan2"
    /\ idx[i] < i
    /\ IF flag[idx[i]] = 1
         THEN /\ pc' = [pc EXCEPT ![i] = "reset"]
              /\ UNCHANGED idx
         ELSE /\ idx' = [idx EXCEPT ![i] = idx[i] + 1]
              /\ UNCHANGED pc
    /\ UNCHANGED flag

(* Second loop done: start the third loop at j = i+1.                      *)
Scan2Done(i) ==
    /\ pc[i] = "scan2"
    /\ idx[i] >= i
    /\ pc' = [pc EXCEPT ![i] = "scan3"]
    /\ idx' = [idx EXCEPT ![i] = i + 1]
    /\ UNCHANGED flag

(* Third loop: wait until flag[j] = 0 for the next higher process j.       *)
Scan3(i) ==
    /\ pc[i] = "scan3"
    /\ idx[i] <= N
    /\ flag[idx[i]] = 0
    /\ idx' = [idx EXCEPT ![i] = idx[i] + 1]
    /\ UNCHANGED <<flag, pc>>

(* Third loop done: enter the critical section.                            *)
Enter(i) ==
    /\ pc[i] = "scan3"
    /\ idx[i] > N
    /\ pc' = [pc EXCEPT ![i] = "cs"]
    /\ UNCHANGED <<flag, idx>>

(* Leave the critical section: flag[i] := 0.                               *)
Exit(i) ==
    /\ pc[i] = "cs"
    /\ flag' = [flag EXCEPT ![i] = 0]
    /\ pc' = [pc EXCEPT ![i] = "ncs"]
    /\ UNCHANGED idx

Next ==
    \E i \in Proc :
        \/ Request(i)
        \/ Reset(i)
        \/ Scan1(i)
        \/ Scan1Done(i)
        \/ Set(i)
        \/ Scan2(i)
        \/ Scan2Done(i)
        \/ Scan3(i)
        \/ Enter(i)
        \/ Exit(i)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: no two processes are in the critical section at once.           *)
MutualExclusion ==
    \A i, j \in Proc : (i # j) => ~(pc[i] = "cs" /\ pc[j] = "cs")

=============================================================================
