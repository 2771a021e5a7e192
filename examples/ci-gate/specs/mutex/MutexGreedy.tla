---------------------------- MODULE MutexGreedy ----------------------------
(* A seeded bug kept in the repository on purpose: a process that enters the
   critical section without looking at the lock. CI checks that TLC still
   catches it, so the model can never silently stop exercising the invariant. *)
EXTENDS Mutex

GreedyAcquire(p) == /\ pc[p] = "waiting"
                    /\ holder' = holder \cup {p}
                    /\ pc' = [pc EXCEPT ![p] = "critical"]

GreedyNext == \E p \in Procs : Request(p) \/ GreedyAcquire(p) \/ Release(p)
GreedySpec == Init /\ [][GreedyNext]_vars
=============================================================================
