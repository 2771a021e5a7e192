---------------------- MODULE LamportClock_Reference ----------------------
(***************************************************************************)
(* A hand-written inductive invariant for LamportClock, used only to check *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* Clocks only grow between crashes, and a recovering process resumes from *)
(* a mark its clock never exceeded, so no clock ever goes back.            *)
(***************************************************************************)
EXTENDS LamportClock

(* A process's clock never exceeds its persisted high-water mark. *)
ClockBelowStable ==
    \A p \in Proc : clock[p] <= stable[p]

IndRef ==
    /\ TypeOK
    /\ ClockCondition
    /\ ClockBelowStable
=============================================================================
