------------------------------ MODULE Drafted ------------------------------
EXTENDS TwoPhase_EarlyCommit

(* Drafted by invar draft: no RM commits while another is still working. *)
Caught == \A x, y \in RM : rmState[x] = "committed" => ~(rmState[y] = "working")
=============================================================================
