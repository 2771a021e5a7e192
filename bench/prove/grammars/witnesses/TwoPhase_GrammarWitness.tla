------------------------ MODULE TwoPhase_GrammarWitness ------------------------
(***************************************************************************)
(* Evidence that the grammar two-phase-commit.json is adequate: an         *)
(* inductive invariant for the library's TwoPhase built only from clauses  *)
(* over the grammar's predicates.  Used to validate the benchmark, never   *)
(* given to the tool under test.                                           *)
(***************************************************************************)
EXTENDS TwoPhase

(* TwoPhase's TypeOK with each "x \subseteq S" written "x \in SUBSET S", so *)
(* that TLC can enumerate it as an initial predicate.                      *)
TypeOKEnum ==
    /\ rmState \in [RM -> {"working", "prepared", "committed", "aborted"}]
    /\ tmState \in {"init", "committed", "aborted"}
    /\ tmPrepared \in SUBSET RM
    /\ tmUp \in BOOLEAN
    /\ tmCrashes \in 0..MaxTMCrashes
    /\ msgs \in SUBSET Messages

Witness ==
    /\ TypeOK
    /\ Consistent
    /\ \A i \in RM : rmState[i] = "committed" => [type |-> "Commit"] \in msgs
    /\ [type |-> "Commit"] \in msgs => tmState = "committed"
    /\ [type |-> "Abort"] \in msgs => tmState = "aborted"
    /\ \A i \in RM : tmState = "committed" => ~(rmState[i] = "working")
    /\ \A i \in RM : tmState = "committed" => ~(rmState[i] = "aborted")
    /\ \A i \in RM : i \in tmPrepared => [type |-> "Prepared", rm |-> i] \in msgs
    /\ \A i \in RM : [type |-> "Prepared", rm |-> i] \in msgs => ~(rmState[i] = "working")
    /\ \A i \in RM : rmState[i] = "aborted" /\ [type |-> "Prepared", rm |-> i] \in msgs
                        => [type |-> "Abort"] \in msgs

IndInit == TypeOKEnum /\ (Witness) = TRUE
=============================================================================
