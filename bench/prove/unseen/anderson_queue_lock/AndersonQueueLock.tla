-------------------------- MODULE AndersonQueueLock --------------------------
(***************************************************************************)
(* Anderson's array-based queue lock (T. E. Anderson, "The performance of  *)
(* spin lock alternatives for shared-memory multiprocessors", 1990; also   *)
(* the ALock of Herlihy & Shavit).                                         *)
(*                                                                         *)
(* The lock is an array flag[0..N-1] of booleans and a shared counter      *)
(* tail.  To acquire the lock, a process takes a slot with an atomic       *)
(* fetch-and-increment of tail (modulo the number of slots N) and spins on *)
(* its own flag until it is set.  To release, it clears its own flag and   *)
(* then sets the flag of the next slot, handing the lock to the process    *)
(* queued behind it (or to the next process that arrives).  Initially only *)
(* flag[0] is set.  There are at least as many slots as processes, so no   *)
(* two waiting processes share a slot.                                     *)
(*                                                                         *)
(* Each process is a program counter over the labels                       *)
(*   "ncs"   noncritical section (tries with fetch-and-increment),         *)
(*   "spin"  spinning on flag[slot[p]],                                    *)
(*   "cs"    critical section,                                             *)
(*   "exit"  has cleared its own flag, about to set the successor's flag.  *)
(* Every labelled step is atomic; fetch-and-increment is a single step.    *)
(*                                                                         *)
(* Safety: mutual exclusion -- no two processes are in the critical        *)
(* section at the same time.                                               *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Proc,       \* the processes
    N           \* the number of slots in the flag array

ASSUME N \in Nat \ {0}

Slot == 0 .. N-1

VARIABLES
    tail,       \* the shared counter, the next slot to hand out
    flag,       \* flag[s] = TRUE: the process in slot s may enter
    slot,       \* slot[p]: the slot process p took (its local myPlace)
    pc          \* pc[p]: the label of process p

vars == << tail, flag, slot, pc >>

TypeOK ==
    /\ tail \in Slot
    /\ flag \in [Slot -> BOOLEAN]
    /\ slot \in [Proc -> Slot]
    /\ pc   \in [Proc -> {"ncs", "spin", "cs", "exit"}]

Init ==
    /\ tail = 0
    /\ flag = [s \in Slot |-> s = 0]
    /\ slot = [p \in Proc |-> 0]
    /\ pc   = [p \in Proc |-> "ncs"]

\* Process p takes the next slot: myPlace := fetch_and_increment(tail) mod N.
Acquire(p) ==
    /\ pc[p] = "ncs"
    /\ slot' = [slot EXCEPT ![p] = tail]
    /\ tail' = (tail + 1) % N
    /\ pc'   = [pc EXCEPT ![p] = "spin"]
    /\ UNCHANGED flag

\* Process p finds its flag set and enters the critical section.
Enter(p) ==
    /\ pc[p] = "spin"
    /\ flag[slot[p]]
    /\ pc' = [pc EXCEPT ![p] = "cs"]
    /\ UNCHANGED << tail, flag, slot >>

\* Process p leaves the critical section and clears its own flag.
Release(p) ==
    /\ pc[p] = "cs"
    /\ flag' = [flag EXCEPT ![slot[p]] = FALSE]
    /\ pc'   = [pc EXCEPT ![p] = "exit"]
    /\ UNCHANGED << tail, slot >>

\* Process p hands the lock to the next slot.
HandOff(p) ==
    /\ pc[p] = "exit"
    /\ flag' = [flag EXCEPT ![(slot[p] + 1) % N] = TRUE]
    /\ pc'   = [pc EXCEPT ![p] = "ncs"]
    /\ UNCHANGED << tail, slot >>

Next ==
    \E p \in Proc :
        \/ Acquire(p)
        \/ Enter(p)
        \/ Release(p)
        \/ HandOff(p)

Spec == Init /\ [][Next]_vars

\* Safety: at most one process is in the critical section.
MutualExclusion ==
    \A p, q \in Proc : p # q => ~(pc[p] = "cs" /\ pc[q] = "cs")

=============================================================================
