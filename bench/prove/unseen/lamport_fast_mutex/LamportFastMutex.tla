-------------------------- MODULE LamportFastMutex --------------------------
(***************************************************************************)
(* Lamport's fast mutual exclusion algorithm (L. Lamport, "A fast mutual   *)
(* exclusion algorithm", ACM TOCS 5(1), 1987).                             *)
(*                                                                         *)
(* Processes 1..N share the registers x and y (y = 0 means "free") and one *)
(* boolean b[i] per process.  Without contention a process enters its     *)
(* critical section after five memory accesses (the fast path: it sets    *)
(* b[i], writes x, finds y free, writes y and finds x still its own).      *)
(* Under contention it takes the slow path: it withdraws b[i], waits until *)
(* every b[j] is false, and enters only if y still holds its own id;       *)
(* otherwise it waits for y to become free and starts again.              *)
(*                                                                         *)
(*   ncs:   noncritical section;                                           *)
(*   start: b[i] := TRUE;                                                  *)
(*   l1:    x := i;                                                        *)
(*   l2:    if y # 0 then { l3: b[i] := FALSE;                             *)
(*                          l4: await y = 0; goto start };                 *)
(*   l5:    y := i;                                                        *)
(*   l6:    if x # i then { l7: b[i] := FALSE;                             *)
(*                          l8: for j := 1 to N do await ~b[j];            *)
(*                          l9: if y # i then { l10: await y = 0;          *)
(*                                              goto start } };            *)
(*   cs:    critical section; y := 0;                                      *)
(*   l11:   b[i] := FALSE; goto ncs                                        *)
(*                                                                         *)
(* Every labelled step is one atomic read or write of a shared register,   *)
(* as in the paper; the loop at l8 reads one b[j] per step, with the loop  *)
(* index j[i] local to process i.  The critical section itself is one      *)
(* label; the step that leaves it is the write y := 0.                     *)
(*                                                                         *)
(* Safety: mutual exclusion -- no two processes are in the critical        *)
(* section at the same time.                                               *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT N          \* the number of processes

ASSUME N \in Nat \ {0}

Proc == 1 .. N

Labels == {"ncs", "start", "l1", "l2", "l3", "l4", "l5", "l6", "l7", "l8",
           "l9", "l10", "cs", "l11"}

VARIABLES
    x,          \* shared register: the last process to write it at l1
    y,          \* shared register: 0, or the process that claimed the lock
    b,          \* b[i]: process i is trying (on the fast path)
    j,          \* j[i]: loop index of process i's scan at l8
    pc          \* pc[i]: the label of process i

vars == << x, y, b, j, pc >>

TypeOK ==
    /\ x  \in 0 .. N
    /\ y  \in 0 .. N
    /\ b  \in [Proc -> BOOLEAN]
    /\ j  \in [Proc -> 1 .. N+1]
    /\ pc \in [Proc -> Labels]

Init ==
    /\ x  = 0
    /\ y  = 0
    /\ b  = [i \in Proc |-> FALSE]
    /\ j  = [i \in Proc |-> 1]
    /\ pc = [i \in Proc |-> "ncs"]

\* Leave the noncritical section and start trying.
Try(i) ==
    /\ pc[i] = "ncs"
    /\ pc' = [pc EXCEPT ![i] = "start"]
    /\ UNCHANGED << x, y, b, j >>

\* start: b[i] := TRUE
Start(i) ==
    /\ pc[i] = "start"
    /\ b'  = [b EXCEPT ![i] = TRUE]
    /\ pc' = [pc EXCEPT ![i] = "l1"]
    /\ UNCHANGED << x, y, j >>

\* l1: x := i
WriteX(i) ==
    /\ pc[i] = "l1"
    /\ x'  = i
    /\ pc' = [pc EXCEPT ![i] = "l2"]
    /\ UNCHANGED << y, b, j >>

\* l2: if y # 0 then back off, else go on to claim y.
ReadY1(i) ==
    /\ pc[i] = "l2"
    /\ pc' = [pc EXCEPT ![i] = IF y # 0 THEN "l3" ELSE "l5"]
    /\ UNCHANGED << x, y, b, j >>

\* l3: b[i] := FALSE (contention seen at l2)
BackOff(i) ==
    /\ pc[i] = "l3"
    /\ b'  = [b EXCEPT ![i] = FALSE]
    /\ pc' = [pc EXCEPT ![i] = "l4"]
    /\ UNCHANGED << x, y, j >>

\* l4: await y = 0; goto start
AwaitFree1(i) ==
    /\ pc[i] = "l4"
    /\ y = 0
    /\ pc' = [pc EXCEPT ![i] = "start"]
    /\ UNCHANGED << x, y, b, j >>

\* l5: y := i
WriteY(i) ==
    /\ pc[i] = "l5"
    /\ y'  = i
    /\ pc' = [pc EXCEPT ![i] = "l6"]
    /\ UNCHANGED << x, b, j >>

\* l6: if x # i then take the slow path, else enter (the fast path).
ReadX(i) ==
    /\ pc[i] = "l6"
    /\ pc' = [pc EXCEPT ![i] = IF x # i THEN "l7" ELSE "cs"]
    /\ UNCHANGED << x, y, b, j >>

\* l7: b[i] := FALSE and start the scan at j = 1.
SlowPath(i) ==
    /\ pc[i] = "l7"
    /\ b'  = [b EXCEPT ![i] = FALSE]
    /\ j'  = [j EXCEPT ![i] = 1]
    /\ pc' = [pc EXCEPT ![i] = "l8"]
    /\ UNCHANGED << x, y >>

\* l8: for j := 1 to N do await ~b[j]  (one read of b per step)
Scan(i) ==
    /\ pc[i] = "l8"
    /\ IF j[i] <= N
         THEN /\ ~b[j[i]]
              /\ j'  = [j EXCEPT ![i] = j[i] + 1]
              /\ UNCHANGED pc
         ELSE /\ pc' = [pc EXCEPT ![i] = "l9"]
              /\ UNCHANGED j
    /\ UNCHANGED << x, y, b >>

\* l9: if y # i then wait for y = 0 and start again, else enter.
ReadY2(i) ==
    /\ pc[i] = "l9"
    /\ pc' = [pc EXCEPT ![i] = IF y # i THEN "l10" ELSE "cs"]
    /\ UNCHANGED << x, y, b, j >>

\* l10: await y = 0; goto start
AwaitFree2(i) ==
    /\ pc[i] = "l10"
    /\ y = 0
    /\ pc' = [pc EXCEPT ![i] = "start"]
    /\ UNCHANGED << x, y, b, j >>

\* cs: leave the critical section, freeing y := 0.
Exit(i) ==
    /\ pc[i] = "cs"
    /\ y'  = 0
    /\ pc' = [pc EXCEPT ![i] = "l11"]
    /\ UNCHANGED << x, b, j >>

\* l11: b[i] := FALSE; back to the noncritical section.
ClearB(i) ==
    /\ pc[i] = "l11"
    /\ b'  = [b EXCEPT ![i] = FALSE]
    /\ pc' = [pc EXCEPT ![i] = "ncs"]
    /\ UNCHANGED << x, y, j >>

Next ==
    \E i \in Proc :
        \/ Try(i)
        \/ Start(i)
        \/ WriteX(i)
        \/ ReadY1(i)
        \/ BackOff(i)
        \/ AwaitFree1(i)
        \/ WriteY(i)
        \/ ReadX(i)
        \/ SlowPath(i)
        \/ Scan(i)
        \/ ReadY2(i)
        \/ AwaitFree2(i)
        \/ Exit(i)
        \/ ClearB(i)

Spec == Init /\ [][Next]_vars

\* Safety: at most one process is in the critical section.
MutualExclusion ==
    \A p, q \in Proc : p # q => ~(pc[p] = "cs" /\ pc[q] = "cs")

=============================================================================
