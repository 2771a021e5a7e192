------------------------------ MODULE Fairness ------------------------------
(***************************************************************************)
(* Lesson 4: make LiveSpec a behaviour spec under which Termination holds. *)
(* It starts as Spec, which allows a behaviour to stop for ever.  Add      *)
(* fairness conditions, WF_vars(A) or SF_vars(A), for the actions that     *)
(* must not be put off for ever.  (Write your own: FairSpec in TwoPhase    *)
(* is the library's answer.)                                               *)
(***************************************************************************)
EXTENDS TwoPhase

LiveSpec ==
    /\ Spec
=============================================================================
