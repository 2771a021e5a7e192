-------------------------- MODULE SagaCompensation --------------------------
(***************************************************************************)
(* An orchestrated saga (Garcia-Molina and Salem, "Sagas", SIGMOD 1987).  *)
(* A long-running transaction is split into steps 1..K, each a local       *)
(* transaction at its own participant with a compensating transaction     *)
(* that semantically undoes it.  The orchestrator runs the steps in order: *)
(* it asks the participant of the current step to do it and waits for the *)
(* outcome; a step either commits or fails.  When every step has           *)
(* committed the saga is reported completed.  When a step fails the        *)
(* orchestrator compensates the steps before it in reverse order, asking  *)
(* each participant to undo its step and waiting for the acknowledgement, *)
(* and then reports the saga aborted.                                      *)
(*                                                                         *)
(* The message layer is lossy and may duplicate and reorder: messages are  *)
(* kept in a set, any message may be lost at any time, and a message is   *)
(* not consumed by its delivery.  The orchestrator retries its current     *)
(* request (do or undo) as often as it likes, and a participant answers   *)
(* every copy of a request: a repeated do gets the outcome recorded the   *)
(* first time, and a repeated undo is acknowledged again (compensation is *)
(* idempotent).  A participant runs the compensating transaction whenever *)
(* asked to; it is up to the orchestrator to ask only for steps that have *)
(* committed.                                                              *)
(*                                                                         *)
(* Safety: a step is compensated only if it had committed, and a saga     *)
(* reported completed has no compensated step.                             *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT K      \* the number of steps

ASSUME K \in Nat \ {0}

Step == 1..K

Msgs ==
    [type : {"do", "undo",               \* orchestrator -> participant
             "done", "fail", "undone"},   \* participant -> orchestrator
     step : Step]

VARIABLES
    status,       \* the orchestrator's saga status
    cur,          \* the step the orchestrator is running or compensating
    outcome,      \* outcome[s]: the result of step s's local transaction
    compensated,  \* the steps whose compensating transaction has run
    msgs          \* the messages in transit

vars == <<status, cur, outcome, compensated, msgs>>

TypeOK ==
    /\ status \in {"running", "compensating", "completed", "aborted"}
    /\ cur \in Step
    /\ outcome \in [Step -> {"pending", "committed", "failed"}]
    /\ compensated \in SUBSET Step
    /\ msgs \in SUBSET Msgs

Init ==
    /\ status = "running"
    /\ cur = 1
    /\ outcome = [s \in Step |-> "pending"]
    /\ compensated = {}
    /\ msgs = {}

-----------------------------------------------------------------------------
(* Orchestrator *)

(* Send, or resend, the request to do the current step. *)
RequestDo ==
    /\ status = "running"
    /\ msgs' = msgs \cup {[type |-> "do", step |-> cur]}
    /\ UNCHANGED <<status, cur, outcome, compensated>>

(* Send, or resend, the request to undo the current step. *)
RequestUndo ==
    /\ status = "compensating"
    /\ msgs' = msgs \cup {[type |-> "undo", step |-> cur]}
    /\ UNCHANGED <<status, cur, outcome, compensated>>

(* The current step committed: run the next one, or report completion. *)
StepDone ==
    /\ status = "running"
    /\ [type |-> "done", step |-> cur] \in msgs
    /\ IF cur = K
         THEN /\ status' = "completed"
              /\ cur' = cur
         ELSE /\ status' = status
              /\ cur' = cur + 1
    /\ UNCHANGED <<outcome, compensated, msgs>>

(* The current step failed: compensate the steps before it, last first. *)
StepFailed ==
    /\ status = "running"
    /\ [type |-> "fail", step |-> cur] \in msgs
    /\ IF cur = 1
         THEN /\ status' = "aborted"
              /\ cur' = cur
         ELSE /\ status' = "compensating"
              /\ cur' = cur - 1
    /\ UNCHANGED <<outcome, compensated, msgs>>

(* The current step has been compensated: compensate the one before it,   *)
(* or report the saga aborted.                                             *)
StepUndone ==
    /\ status = "compensating"
    /\ [type |-> "undone", step |-> cur] \in msgs
    /\ IF cur = 1
         THEN /\ status' = "aborted"
              /\ cur' = cur
         ELSE /\ status' = status
              /\ cur' = cur - 1
    /\ UNCHANGED <<outcome, compensated, msgs>>

-----------------------------------------------------------------------------
(* Participants *)

(* Participant s gets a request to do its step for the first time and     *)
(* runs its local transaction, which commits or fails.                     *)
Execute(s, result) ==
    /\ [type |-> "do", step |-> s] \in msgs
    /\ outcome[s] = "pending"
    /\ outcome' = [outcome EXCEPT ![s] = result]
    /\ msgs' = msgs \cup {[type |-> IF result = "committed" THEN "done" ELSE "fail",
                           step |-> s]}
    /\ UNCHANGED <<status, cur, compensated>>

(* Participant s gets a repeated request to do its step and answers with  *)
(* the outcome it recorded.                                                 *)
Reanswer(s) ==
    /\ [type |-> "do", step |-> s] \in msgs
    /\ outcome[s] # "pending"
    /\ msgs' = msgs \cup {[type |-> IF outcome[s] = "committed" THEN "done" ELSE "fail",
                           step |-> s]}
    /\ UNCHANGED <<status, cur, outcome, compensated>>

(* Participant s gets a request to undo its step: it runs the compensating *)
(* transaction (a no-op if it already ran) and acknowledges.               *)
Compensate(s) ==
    /\ [type |-> "undo", step |-> s] \in msgs
    /\ compensated' = compensated \cup {s}
    /\ msgs' = msgs \cup {[type |-> "undone", step |-> s]}
    /\ UNCHANGED <<status, cur, outcome>>

-----------------------------------------------------------------------------
(* Network *)

(* A message is lost. *)
Lose(m) ==
    /\ m \in msgs
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<status, cur, outcome, compensated>>

Next ==
    \/ RequestDo \/ RequestUndo
    \/ StepDone \/ StepFailed \/ StepUndone
    \/ \E s \in Step :
          \/ \E result \in {"committed", "failed"} : Execute(s, result)
          \/ Reanswer(s)
          \/ Compensate(s)
    \/ \E m \in msgs : Lose(m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Only committed steps are compensated, and a completed saga has none. *)
SoundCompensation ==
    /\ \A s \in compensated : outcome[s] = "committed"
    /\ status = "completed" => compensated = {}
=============================================================================
