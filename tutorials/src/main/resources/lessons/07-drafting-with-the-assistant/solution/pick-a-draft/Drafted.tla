------------------------------ MODULE Drafted ------------------------------
EXTENDS TwoPhase_EarlyCommit

(* Drafted by invar draft (accepted, kills 2 of 12 mutants): an RM that has *)
(* aborted means the TM has not decided commit.                            *)
Caught == \A x \in RM : rmState[x] = "aborted" => ~(tmState = "committed")
=============================================================================
