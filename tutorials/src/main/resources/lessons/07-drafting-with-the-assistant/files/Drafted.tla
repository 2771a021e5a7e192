------------------------------ MODULE Drafted ------------------------------
(***************************************************************************)
(* Lesson 7: copy one invariant drafted by invar draft into Caught, one    *)
(* that the early-commit bug violates.  This module EXTENDS the bug's      *)
(* module, which EXTENDS TwoPhase.                                         *)
(***************************************************************************)
EXTENDS TwoPhase_EarlyCommit

Caught == TRUE
=============================================================================
