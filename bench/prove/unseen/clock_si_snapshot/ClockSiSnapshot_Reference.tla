---------------------- MODULE ClockSiSnapshot_Reference ----------------------
(***************************************************************************)
(* A hand-written inductive invariant for ClockSiSnapshot.                 *)
(***************************************************************************)
EXTENDS ClockSiSnapshot

(* Only a decision that has been taken reaches a partition.                *)
LearnedIsDecided ==
    learned # {} => decision # "none"

(* A partition that served the read has a clock past the snapshot, so any *)
(* prepare timestamp it assigns later is above the snapshot.               *)
ReadAfterClock ==
    \A p \in Partition : res[p] # "none" => snap # None /\ clock[p] > snap

(* A read that returned v0 at a partition where the update transaction had *)
(* prepared within the snapshot waited for the decision.                   *)
ReadWaitedForPrepared ==
    \A p \in Partition :
        (res[p] = "v0" /\ snap # None /\ prepTs[p] # None /\ prepTs[p] <= snap)
            => decision # "none"

IndRef ==
    /\ TypeOK
    /\ SnapshotReadsConsistent
    /\ LearnedIsDecided
    /\ ReadAfterClock
    /\ ReadWaitedForPrepared
=============================================================================
