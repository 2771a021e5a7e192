------------------------------ MODULE Szymanski ------------------------------
(***************************************************************************)
(* Szymanski's mutual exclusion algorithm ("A simple solution to Lamport's *)
(* concurrent programming problem with linear wait", 1988).  Processes     *)
(* 1..N share one variable flag[i] in 0..4 each, written only by process i. *)
(* The entry protocol is a waiting room with a door:                       *)
(*   flag = 0  outside (non-critical section)                              *)
(*   flag = 1  intends to enter, waiting for the door to be open           *)
(*   flag = 2  inside the waiting room, waiting for the door to close      *)
(*   flag = 3  just went through the door                                  *)
(*   flag = 4  the door is closed; in the inner room or critical section   *)
(*                                                                         *)
(*   p1:  flag[i] := 1                                                     *)
(*   p2:  await \A j : flag[j] < 3                 (the door is open)      *)
(*   p3:  flag[i] := 3                                                     *)
(*   p4:  if \E j : flag[j] = 1 then               (others at the door)    *)
(*   p5:      flag[i] := 2                                                 *)
(*   p6:      await \E j : flag[j] = 4             (someone closed it)     *)
(*   p7:  flag[i] := 4                             (close the door)        *)
(*   p8:  await \A j < i : flag[j] < 2                                     *)
(*        critical section                                                 *)
(*   p9:  await \A j > i : flag[j] < 2 \/ flag[j] > 3                      *)
(*   p10: flag[i] := 0                                                     *)
(*                                                                         *)
(* Each await over all j (or over some j) reads the flags in one atomic    *)
(* step, as in Szymanski's presentation; each write is one step.  pc[i] is *)
(* the label of the next step of process i.                                *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT N   \* the number of processes

ASSUME N \in Nat \ {0}

Proc == 1..N

VARIABLES
    flag,  \* flag[i]: the shared variable of process i
    pc     \* pc[i]: the program counter of process i

vars == <<flag, pc>>

PC == {"ncs", "door", "enter", "test", "wait", "await4", "close",
       "lower", "cs", "upper", "exit"}

TypeOK ==
    /\ flag \in [Proc -> 0..4]
    /\ pc \in [Proc -> PC]

Init ==
    /\ flag = [i \in Proc |-> 0]
    /\ pc = [i \in Proc |-> "ncs"]

-----------------------------------------------------------------------------
(* p1: flag[i] := 1                                                        *)
Request(i) ==
    /\ pc[i] = "ncs"
    /\ flag' = [flag EXCEPT ![i] = 1]
    /\ pc' = [pc EXCEPT ![i] = "door"]

(* p2: await \A j : flag[j] < 3                                            *)
Door(i) ==
    /\ pc[i] = "door"
    /\ \A j \in Proc : flag[j] < 3
    /\ pc' = [pc EXCEPT ![i] = "enter"]
    /\ UNCHANGED flag

(* p3: flag[i] := 3                                                        *)
Enter(i) ==
    /\ pc[i] = "enter"
    /\ flag' = [flag EXCEPT ![i] = 3]
    /\ pc' = [pc EXCEPT ![i] = "test"]

(* p4: if \E j : flag[j] = 1 then go to p5 else go to p7                   *)
Test(i) ==
    /\ pc[i] = "test"
    /\ pc' = [pc EXCEPT ![i] = IF \E j \in Proc : flag[j] = 1
                                 THEN "wait" ELSE "close"]
    /\ UNCHANGED flag

(* p5: flag[i] := 2                                                        *)
Wait(i) ==
    /\ pc[i] = "wait"
    /\ flag' = [flag EXCEPT ![i] = 2]
    /\ pc' = [pc EXCEPT ![i] = "await4"]

(* p6: await \E j : flag[j] = 4                                            *)
Await4(i) ==
    /\ pc[i] = "await4"
    /\ \E j \in Proc : flag[j] = 4
    /\ pc' = [pc EXCEPT ![i] = "close"]
    /\ UNCHANGED flag

(* p7: flag[i] := 4                                                        *)
Close(i) ==
    /\ pc[i] = "close"
    /\ flag' = [flag EXCEPT ![i] = 4]
    /\ pc' = [pc EXCEPT ![i] = "lower"]

(* p8: await \A j < i : flag[j] < 2, then enter the critical section.      *)
Lower(i) ==
    /\ pc[i] = "lower"
    /\ \A j \in Proc : j < i => flag[j] < 2
    /\ pc' = [pc EXCEPT ![i] = "cs"]
    /\ UNCHANGED flag

(* Leave the critical section.                                             *)
LeaveCS(i) ==
    /\ pc[i] = "cs"
    /\ pc' = [pc EXCEPT ![i] = "upper"]
    /\ UNCHANGED flag

(* p9: await \A j > i : flag[j] < 2 \/ flag[j] > 3                         *)
Upper(i) ==
    /\ pc[i] = "upper"
    /\ \A j \in Proc : j > i => (flag[j] < 2 \/ flag[j] > 3)
    /\ pc' = [pc EXCEPT ![i] = "exit"]
    /\ UNCHANGED flag

(* p10: flag[i] := 0                                                       *)
Exit(i) ==
    /\ pc[i] = "exit"
    /\ flag' = [flag EXCEPT ![i] = 0]
    /\ pc' = [pc EXCEPT ![i] = "ncs"]

Next ==
    \E i \in Proc :
        \/ Request(i)
        \/ Door(i)
        \/ Enter(i)
        \/ Test(i)
        \/ Wait(i)
        \/ Await4(i)
        \/ Close(i)
        \/ Lower(i)
        \/ LeaveCS(i)
        \/ Upper(i)
        \/ Exit(i)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: no two processes are in the critical section at once.           *)
MutualExclusion ==
    \A i, j \in Proc : (i # j) => ~(pc[i] = "cs" /\ pc[j] = "cs")

=============================================================================
