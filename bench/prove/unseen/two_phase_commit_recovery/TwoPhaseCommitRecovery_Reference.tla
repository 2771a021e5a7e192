-------------------- MODULE TwoPhaseCommitRecovery_Reference --------------------
(***************************************************************************)
(* A hand-written inductive invariant for TwoPhaseCommitRecovery, used     *)
(* only to check that the benchmark has one; never given to the tool under *)
(* test.                                                                   *)
(*                                                                         *)
(* A decision message carries the logged decision, which is logged once   *)
(* and never changes; commit is logged only after every participant voted *)
(* yes; and a participant that voted yes leaves the prepared state only   *)
(* by applying a decision.                                                 *)
(***************************************************************************)
EXTENDS TwoPhaseCommitRecovery

(* Every decision message sent carries the decision in the log. *)
DecisionLogged ==
    /\ [type |-> "commit"] \in msgs => coordLog = "commit"
    /\ [type |-> "abort"] \in msgs => coordLog = "abort"

(* Commit is logged only after every participant voted yes. *)
CommitAfterAllYes ==
    coordLog = "commit" => \A r \in RM : [type |-> "yes", rm |-> r] \in msgs

(* The coordinator has only received yes votes that were sent. *)
VotesSent ==
    \A r \in votes : [type |-> "yes", rm |-> r] \in msgs

(* A participant has committed only after a commit message was sent. *)
CommittedAfterCommitMsg ==
    \A r \in RM : rmState[r] = "committed" => [type |-> "commit"] \in msgs

(* A participant that voted yes is prepared, or has applied a decision. *)
YesVoterWaits ==
    \A r \in RM :
        [type |-> "yes", rm |-> r] \in msgs =>
            \/ rmState[r] \in {"prepared", "committed"}
            \/ rmState[r] = "aborted" /\ [type |-> "abort"] \in msgs

IndRef ==
    /\ TypeOK
    /\ Agreement
    /\ DecisionLogged
    /\ CommitAfterAllYes
    /\ VotesSent
    /\ CommittedAfterCommitMsg
    /\ YesVoterWaits
=============================================================================
