--------------------- MODULE SagaCompensation_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for SagaCompensation, used only to   *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* A done reply is only sent for a committed step, so the orchestrator     *)
(* moves past a step only once it has committed; it asks to undo only     *)
(* steps before the failed one, so every undo request names a committed   *)
(* step.  Undo requests, and so compensations, exist only once the saga    *)
(* has turned back, and it never goes forward again.                       *)
(***************************************************************************)
EXTENDS SagaCompensation

(* A done reply is sent only for a committed step. *)
DoneMeansCommitted ==
    \A s \in Step : [type |-> "done", step |-> s] \in msgs => outcome[s] = "committed"

(* An undo request is sent only for a committed step. *)
UndoMeansCommitted ==
    \A s \in Step : [type |-> "undo", step |-> s] \in msgs => outcome[s] = "committed"

(* The steps before the current one committed; when compensating, the     *)
(* current one too.                                                        *)
PassedStepsCommitted ==
    /\ status = "running" => \A s \in 1..(cur - 1) : outcome[s] = "committed"
    /\ status = "compensating" => \A s \in 1..cur : outcome[s] = "committed"

(* Going forward, there is no undo request and nothing is compensated. *)
NoUndoGoingForward ==
    status \in {"running", "completed"} =>
        /\ compensated = {}
        /\ \A s \in Step : [type |-> "undo", step |-> s] \notin msgs

IndRef ==
    /\ TypeOK
    /\ SoundCompensation
    /\ DoneMeansCommitted
    /\ UndoMeansCommitted
    /\ PassedStepsCommitted
    /\ NoUndoGoingForward
=============================================================================
