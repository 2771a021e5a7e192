--------------------- MODULE DiningPhilosophers_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for DiningPhilosophers, used only to *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* A philosopher's state tells which forks it holds.                       *)
(***************************************************************************)
EXTENDS DiningPhilosophers

(* A philosopher that is not thinking holds its left fork. *)
HoldsLeft ==
    \A p \in Phil : pc[p] = "thinking" \/ fork[LeftFork(p)] = p

(* An eating philosopher holds its right fork. *)
HoldsRight ==
    \A p \in Phil : ~(pc[p] = "eating") \/ fork[RightFork(p)] = p

IndRef ==
    /\ TypeOK
    /\ NeighboursNotBothEating
    /\ HoldsLeft
    /\ HoldsRight
=============================================================================
