------------------------------- MODULE Answer -------------------------------
(***************************************************************************)
(* A first attempt at lesson 3, as a learner might write it: true in every *)
(* reachable state, but only because of the types.  invar learn check says *)
(* which criteria it misses.                                               *)
(***************************************************************************)
EXTENDS TwoPhase_VolatileDecision

DecisionIsDurable == tmState \in {"init", "committed", "aborted"}
=============================================================================
