------------------------ MODULE TwoPhaseCommitRecovery ------------------------
(***************************************************************************)
(* Two-phase commit with a coordinator that can crash and recover from its *)
(* log, using the presumed-abort rule.                                    *)
(*                                                                         *)
(* The coordinator asks the participants (resource managers) to prepare.  *)
(* A participant that receives the request votes yes (it is then          *)
(* prepared and must wait for the decision) or no (it aborts).  A          *)
(* participant that has not voted yet may also time out and abort          *)
(* unilaterally, without telling anyone.  The coordinator collects yes     *)
(* votes in volatile memory; once every participant has voted yes it may  *)
(* decide commit, and on a no vote or on timing out waiting for votes it   *)
(* decides abort.  It forces its decision to a durable log before sending *)
(* it, and may (re)send a logged decision at any time.  The coordinator    *)
(* may crash at any point, losing its volatile state (the votes); on       *)
(* recovery it reads its log: a logged decision is kept and resent, and    *)
(* with no logged decision it presumes abort.  Participants learn the      *)
(* decision from the decision messages.  Messages are kept in a set, so   *)
(* they may be delayed, reordered, duplicated or lost.                     *)
(*                                                                         *)
(* Safety: no participant commits while another aborts, and no participant *)
(* commits unless every participant voted yes.                             *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT RM   \* the participants

Msg ==
    {[type |-> t] : t \in {"prepare", "commit", "abort"}}
        \cup [type : {"yes", "no"}, rm : RM]

VARIABLES rmState,    \* rmState[r]: the state of participant r
          coordUp,    \* the coordinator is running (not crashed)
          coordLog,   \* the decision in the coordinator's durable log
          votes,      \* the participants whose yes vote the coordinator has received (volatile)
          msgs        \* the messages sent

vars == <<rmState, coordUp, coordLog, votes, msgs>>

TypeOK ==
    /\ rmState \in [RM -> {"working", "prepared", "committed", "aborted"}]
    /\ coordUp \in BOOLEAN
    /\ coordLog \in {"none", "commit", "abort"}
    /\ votes \in SUBSET RM
    /\ msgs \in SUBSET Msg

Init ==
    /\ rmState = [r \in RM |-> "working"]
    /\ coordUp = TRUE
    /\ coordLog = "none"
    /\ votes = {}
    /\ msgs = {}

-----------------------------------------------------------------------------
(* Coordinator actions. *)

(* The coordinator, undecided, asks the participants to prepare. *)
CoordPrepare ==
    /\ coordUp
    /\ coordLog = "none"
    /\ msgs' = msgs \cup {[type |-> "prepare"]}
    /\ UNCHANGED <<rmState, coordUp, coordLog, votes>>

(* The coordinator receives participant r's yes vote. *)
CoordRcvYes(r) ==
    /\ coordUp
    /\ coordLog = "none"
    /\ [type |-> "yes", rm |-> r] \in msgs
    /\ votes' = votes \cup {r}
    /\ UNCHANGED <<rmState, coordUp, coordLog, msgs>>

(* Every participant has voted yes: the coordinator decides commit and     *)
(* forces the decision to its log.                                         *)
CoordCommit ==
    /\ coordUp
    /\ coordLog = "none"
    /\ votes = RM
    /\ coordLog' = "commit"
    /\ UNCHANGED <<rmState, coordUp, votes, msgs>>

(* The coordinator receives participant r's no vote: it decides abort and *)
(* forces the decision to its log.                                         *)
CoordRcvNo(r) ==
    /\ coordUp
    /\ coordLog = "none"
    /\ [type |-> "no", rm |-> r] \in msgs
    /\ coordLog' = "abort"
    /\ UNCHANGED <<rmState, coordUp, votes, msgs>>

(* The coordinator times out waiting for votes: it decides abort and      *)
(* forces the decision to its log.                                         *)
CoordTimeout ==
    /\ coordUp
    /\ coordLog = "none"
    /\ votes # RM
    /\ coordLog' = "abort"
    /\ UNCHANGED <<rmState, coordUp, votes, msgs>>

(* The coordinator sends (or resends) its logged decision. *)
CoordSendDecision ==
    /\ coordUp
    /\ coordLog # "none"
    /\ msgs' = msgs \cup {[type |-> coordLog]}
    /\ UNCHANGED <<rmState, coordUp, coordLog, votes>>

(* The coordinator crashes, losing the votes it has received. *)
CoordCrash ==
    /\ coordUp
    /\ coordUp' = FALSE
    /\ votes' = {}
    /\ UNCHANGED <<rmState, coordLog, msgs>>

(* The coordinator recovers from its log: it keeps a logged decision, and  *)
(* with none logged it presumes abort.                                     *)
CoordRecover ==
    /\ ~coordUp
    /\ coordUp' = TRUE
    /\ coordLog' = IF coordLog = "none" THEN "abort" ELSE coordLog
    /\ UNCHANGED <<rmState, votes, msgs>>

-----------------------------------------------------------------------------
(* Participant actions. *)

(* Participant r, asked to prepare, votes yes and is prepared. *)
RMVoteYes(r) ==
    /\ rmState[r] = "working"
    /\ [type |-> "prepare"] \in msgs
    /\ rmState' = [rmState EXCEPT ![r] = "prepared"]
    /\ msgs' = msgs \cup {[type |-> "yes", rm |-> r]}
    /\ UNCHANGED <<coordUp, coordLog, votes>>

(* Participant r, asked to prepare, votes no and aborts. *)
RMVoteNo(r) ==
    /\ rmState[r] = "working"
    /\ [type |-> "prepare"] \in msgs
    /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
    /\ msgs' = msgs \cup {[type |-> "no", rm |-> r]}
    /\ UNCHANGED <<coordUp, coordLog, votes>>

(* Participant r times out before voting and aborts unilaterally. *)
RMTimeout(r) ==
    /\ rmState[r] = "working"
    /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
    /\ UNCHANGED <<coordUp, coordLog, votes, msgs>>

(* Participant r receives the commit decision. *)
RMRcvCommit(r) ==
    /\ [type |-> "commit"] \in msgs
    /\ rmState' = [rmState EXCEPT ![r] = "committed"]
    /\ UNCHANGED <<coordUp, coordLog, votes, msgs>>

(* Participant r receives the abort decision. *)
RMRcvAbort(r) ==
    /\ [type |-> "abort"] \in msgs
    /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
    /\ UNCHANGED <<coordUp, coordLog, votes, msgs>>

Next ==
    \/ CoordPrepare \/ CoordCommit \/ CoordTimeout \/ CoordSendDecision
    \/ CoordCrash \/ CoordRecover
    \/ \E r \in RM :
          \/ CoordRcvYes(r) \/ CoordRcvNo(r)
          \/ RMVoteYes(r) \/ RMVoteNo(r) \/ RMTimeout(r)
          \/ RMRcvCommit(r) \/ RMRcvAbort(r)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No participant commits while another aborts, and a participant commits *)
(* only if every participant voted yes.                                    *)
Agreement ==
    /\ \A r, s \in RM : ~(rmState[r] = "committed" /\ rmState[s] = "aborted")
    /\ \A r \in RM : rmState[r] = "committed" =>
                        \A s \in RM : [type |-> "yes", rm |-> s] \in msgs
=============================================================================
