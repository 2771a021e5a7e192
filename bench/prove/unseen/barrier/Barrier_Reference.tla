-------------------------- MODULE Barrier_Reference --------------------------
(***************************************************************************)
(* A hand-written inductive invariant for Barrier, used only to check that *)
(* the benchmark has one; never given to the tool under test.             *)
(*                                                                         *)
(* A process's arrivals are its phase, plus one while it spins.  A         *)
(* spinning process whose local sense differs from the global sense is     *)
(* waiting in the current episode; one whose local sense equals it has     *)
(* been released but has not left yet.  Then: the local sense is the       *)
(* parity of the arrivals; count is N minus the number of waiting          *)
(* processes; a working process's local sense equals the global sense;    *)
(* and all processes agree on the current episode (arrivals, minus one if  *)
(* waiting), so every phase is the episode or one less.                    *)
(***************************************************************************)
EXTENDS Barrier, FiniteSets

Arrivals(p) == (phase[p] + IF pc[p] = "spin" THEN 1 ELSE 0) % 4

Waiting(p) == pc[p] = "spin" /\ localSense[p] # sense

Episode(p) == (Arrivals(p) + IF Waiting(p) THEN 3 ELSE 0) % 4

(* The local sense is the parity of the process's arrivals. *)
SenseParity ==
    \A p \in Proc : localSense[p] = (Arrivals(p) % 2 = 1)

(* count is the number of processes not waiting in the current episode. *)
CountWaiting ==
    count + Cardinality({p \in Proc : Waiting(p)}) = N

(* A working process's local sense equals the global sense. *)
WorkerInSense ==
    \A p \in Proc : pc[p] = "work" => localSense[p] = sense

(* All processes are in the same episode. *)
SameEpisode ==
    \A p, q \in Proc : Episode(p) = Episode(q)

IndRef ==
    /\ TypeOK
    /\ NoLapping
    /\ SenseParity
    /\ CountWaiting
    /\ WorkerInSense
    /\ SameEpisode
=============================================================================
