------------------------------- MODULE Answer -------------------------------
(***************************************************************************)
(* Lesson 3: write the invariant DecisionIsDurable.  This module EXTENDS   *)
(* the seeded-bug module, which EXTENDS TwoPhase, so every name of both is *)
(* yours to use.  Replace TRUE with your invariant.                        *)
(***************************************************************************)
EXTENDS TwoPhase_VolatileDecision

DecisionIsDurable == TRUE
=============================================================================
