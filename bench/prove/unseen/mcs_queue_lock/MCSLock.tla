------------------------------- MODULE MCSLock -------------------------------
(***************************************************************************)
(* The Mellor-Crummey--Scott (MCS) queue lock ("Algorithms for scalable    *)
(* synchronization on shared-memory multiprocessors", 1991).  The lock is  *)
(* a shared pointer tail to the last queue node; each process owns one     *)
(* queue node with fields next and locked.                                 *)
(*                                                                         *)
(*   acquire(I):  I.next := nil                                            *)
(*                pred := fetch_and_store(tail, I)                         *)
(*                if pred # nil:                                           *)
(*                    I.locked := true                                     *)
(*                    pred.next := I                                       *)
(*                    repeat while I.locked                                *)
(*   release(I):  if I.next = nil:                                         *)
(*                    if compare_and_swap(tail, I, nil): return            *)
(*                    repeat while I.next = nil                            *)
(*                I.next.locked := false                                   *)
(*                                                                         *)
(* Every access to shared memory (including the atomic fetch_and_store and *)
(* compare_and_swap) is one step, marked by the program counter pc[p].     *)
(* Tests of the local variable pred are folded into the preceding step.    *)
(* A process's queue node is identified with the process itself.          *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Proc,  \* the processes, each with its own queue node
    Nil    \* the null pointer

ASSUME Nil \notin Proc

VARIABLES
    tail,    \* the lock: the last queue node, or Nil
    next,    \* next[p]: the next field of p's queue node
    locked,  \* locked[p]: the locked field of p's queue node
    pred,    \* pred[p]: p's local variable holding its predecessor
    pc       \* pc[p]: the program counter of p

vars == <<tail, next, locked, pred, pc>>

(* ncs:      non-critical section (next step: I.next := nil)               *)
(* swap:     about to do pred := fetch_and_store(tail, I)                  *)
(* setLocked: about to write I.locked := true                              *)
(* link:     about to write pred.next := I                                 *)
(* spin:     waiting until I.locked = false                                *)
(* cs:       critical section                                              *)
(* release:  about to read I.next                                          *)
(* cas:      about to do compare_and_swap(tail, I, nil)                    *)
(* waitNext: waiting until I.next # nil                                    *)
(* handoff:  about to write I.next.locked := false                         *)
PC == {"ncs", "swap", "setLocked", "link", "spin", "cs",
       "release", "cas", "waitNext", "handoff"}

TypeOK ==
    /\ tail \in Proc \cup {Nil}
    /\ next \in [Proc -> Proc \cup {Nil}]
    /\ locked \in [Proc -> BOOLEAN]
    /\ pred \in [Proc -> Proc \cup {Nil}]
    /\ pc \in [Proc -> PC]

Init ==
    /\ tail = Nil
    /\ next = [p \in Proc |-> Nil]
    /\ locked = [p \in Proc |-> FALSE]
    /\ pred = [p \in Proc |-> Nil]
    /\ pc = [p \in Proc |-> "ncs"]

-----------------------------------------------------------------------------
(* acquire: I.next := nil                                                  *)
ClearNext(p) ==
    /\ pc[p] = "ncs"
    /\ next' = [next EXCEPT ![p] = Nil]
    /\ pc' = [pc EXCEPT ![p] = "swap"]
    /\ UNCHANGED <<tail, locked, pred>>

(* pred := fetch_and_store(tail, I); with no predecessor the lock is       *)
(* acquired at once.                                                       *)
Swap(p) ==
    /\ pc[p] = "swap"
    /\ tail' = p
    /\ pred' = [pred EXCEPT ![p] = tail]
    /\ pc' = [pc EXCEPT ![p] = IF tail = Nil THEN "cs" ELSE "setLocked"]
    /\ UNCHANGED <<next, locked>>

(* I.locked := true                                                        *)
SetLocked(p) ==
    /\ pc[p] = "setLocked"
    /\ locked' = [locked EXCEPT ![p] = TRUE]
    /\ pc' = [pc EXCEPT ![p] = "link"]
    /\ UNCHANGED <<tail, next, pred>>

(* pred.next := I                                                          *)
Link(p) ==
    /\ pc[p] = "link"
    /\ pred[p] \in Proc
    /\ next' = [next EXCEPT ![pred[p]] = p]
    /\ pc' = [pc EXCEPT ![p] = "spin"]
    /\ UNCHANGED <<tail, locked, pred>>

(* repeat while I.locked                                                   *)
Spin(p) ==
    /\ pc[p] = "spin"
    /\ ~locked[p]
    /\ pc' = [pc EXCEPT ![p] = "cs"]
    /\ UNCHANGED <<tail, next, locked, pred>>

(* Leave the critical section and start release.                           *)
Exit(p) ==
    /\ pc[p] = "cs"
    /\ pc' = [pc EXCEPT ![p] = "release"]
    /\ UNCHANGED <<tail, next, locked, pred>>

(* release: if I.next = nil (no known successor) try the CAS, otherwise    *)
(* hand the lock over.                                                     *)
Release(p) ==
    /\ pc[p] = "release"
    /\ pc' = [pc EXCEPT ![p] = IF next[p] = Nil THEN "cas" ELSE "handoff"]
    /\ UNCHANGED <<tail, next, locked, pred>>

(* compare_and_swap(tail, I, nil): succeeds if p is still the last node;   *)
(* otherwise a successor has swapped itself in and will link behind p.     *)
Cas(p) ==
    /\ pc[p] = "cas"
    /\ IF tail = p
         THEN /\ tail' = Nil
              /\ pc' = [pc EXCEPT ![p] = "ncs"]
         ELSE /\ pc' = [pc EXCEPT ![p] = "waitNext"]
              /\ UNCHANGED tail
    /\ UNCHANGED <<next, locked, pred>>

(* repeat while I.next = nil                                               *)
WaitNext(p) ==
    /\ pc[p] = "waitNext"
    /\ next[p] # Nil
    /\ pc' = [pc EXCEPT ![p] = "handoff"]
    /\ UNCHANGED <<tail, next, locked, pred>>

(* I.next.locked := false: pass the lock to the successor.                 *)
Handoff(p) ==
    /\ pc[p] = "handoff"
    /\ next[p] \in Proc
    /\ locked' = [locked EXCEPT ![next[p]] = FALSE]
    /\ pc' = [pc EXCEPT ![p] = "ncs"]
    /\ UNCHANGED <<tail, next, pred>>

Next ==
    \E p \in Proc :
        \/ ClearNext(p)
        \/ Swap(p)
        \/ SetLocked(p)
        \/ Link(p)
        \/ Spin(p)
        \/ Exit(p)
        \/ Release(p)
        \/ Cas(p)
        \/ WaitNext(p)
        \/ Handoff(p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: at most one process is in the critical section.                 *)
MutualExclusion ==
    \A p, q \in Proc : (p # q) => ~(pc[p] = "cs" /\ pc[q] = "cs")

=============================================================================
