---------------------------- MODULE Lock ----------------------------
(* A lock server: processes request the lock, enter the critical section
   when it is free, and release it. *)
EXTENDS Naturals, FiniteSets, TLC

CONSTANT Procs

VARIABLES pc, holder

vars == <<pc, holder>>

TypeOK == /\ pc \in [Procs -> {"idle", "waiting", "critical"}]
          /\ holder \subseteq Procs

\* A process asks for the lock.
Request(p) == /\ pc[p] = "idle"
              /\ pc' = [pc EXCEPT ![p] = "waiting"]
              /\ UNCHANGED holder

\* The lock is free: the process takes it and enters the critical section.
Acquire(p) == /\ pc[p] = "waiting"
              /\ holder = {}
              /\ holder' = {p}
              /\ pc' = [pc EXCEPT ![p] = "critical"]

\* The process leaves the critical section and frees the lock.
Release(p) == /\ pc[p] = "critical"
              /\ holder' = {}
              /\ pc' = [pc EXCEPT ![p] = "idle"]

Init == pc = [p \in Procs |-> "idle"] /\ holder = {}
Next == \E p \in Procs : Request(p) \/ Acquire(p) \/ Release(p)
Spec == Init /\ [][Next]_vars

MutualExclusion == \A p, q \in Procs : pc[p] = "critical" /\ pc[q] = "critical" => p = q
HolderIsCritical == \A p \in holder : pc[p] = "critical"

Perms == Permutations(Procs)
=============================================================================
