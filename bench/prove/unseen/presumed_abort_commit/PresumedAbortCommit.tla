------------------------- MODULE PresumedAbortCommit -------------------------
(***************************************************************************)
(* Two-phase commit with the presumed-abort optimisation (Mohan, Lindsay   *)
(* and Obermarck, "Transaction Management in the R* Distributed Database   *)
(* Management System", 1986).                                              *)
(*                                                                         *)
(* A coordinator (TM) runs one transaction over a set RM of participants.  *)
(* Each participant either prepares (force-logging its prepare record and  *)
(* voting Prepared) or aborts unilaterally.  The TM decides commit once it *)
(* has a Prepared vote from every participant, and may decide abort at any *)
(* time before that.                                                       *)
(*                                                                         *)
(* Presumed abort:                                                         *)
(*  - The TM force-logs only a commit decision, before sending Commit.  An *)
(*    abort decision is not logged: the TM just sends Abort and forgets.   *)
(*  - Participants acknowledge Commit but not Abort.  Once every           *)
(*    participant has acknowledged, the TM writes an end record and        *)
(*    forgets the transaction (its log keeps no record of it).             *)
(*  - A TM that knows nothing about the transaction (after a crash without *)
(*    a commit record, or after forgetting it) answers any inquiry or late *)
(*    vote with Abort: no information means abort.                         *)
(* A prepared participant that has heard nothing may inquire.              *)
(*                                                                         *)
(* Failures: the TM may crash, losing its volatile state (tmState); its    *)
(* log (tmLog) survives, and on recovery it rebuilds tmState from the log. *)
(* Participant state is on stable storage.  Messages are a set that only   *)
(* grows: they may be lost, duplicated, delayed and reordered.             *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets, TLC

CONSTANTS RM   \* the participants (resource managers)

VARIABLES
    rmState,  \* rmState[r]: state of participant r (stable)
    tmState,  \* the TM's volatile view of the transaction
    tmLog,    \* the TM's stable log: "commit" if a commit record is on it
    tmUp,     \* TRUE while the TM is running
    msgs      \* messages sent so far

vars == <<rmState, tmState, tmLog, tmUp, msgs>>

Messages ==
    [type : {"Prepared", "Inquire", "Ack"}, rm : RM] \cup [type : {"Commit", "Abort"}]

TypeOK ==
    /\ rmState \in [RM -> {"working", "prepared", "committed", "aborted"}]
    /\ tmState \in {"collecting", "committed", "aborted", "unknown"}
    /\ tmLog \in {"none", "commit"}
    /\ tmUp \in BOOLEAN
    /\ msgs \subseteq Messages

Init ==
    /\ rmState = [r \in RM |-> "working"]
    /\ tmState = "collecting"
    /\ tmLog = "none"
    /\ tmUp = TRUE
    /\ msgs = {}

-----------------------------------------------------------------------------
(* Coordinator actions *)

(* Every participant has voted Prepared: force-log commit, then send it.   *)
TMCommit ==
    /\ tmUp
    /\ tmState = "collecting"
    /\ \A r \in RM : [type |-> "Prepared", rm |-> r] \in msgs
    /\ tmLog' = "commit"
    /\ tmState' = "committed"
    /\ msgs' = msgs \cup {[type |-> "Commit"]}
    /\ UNCHANGED <<rmState, tmUp>>

(* Decide abort (e.g. on a timeout): nothing is logged.                    *)
TMAbort ==
    /\ tmUp
    /\ tmState = "collecting"
    /\ tmState' = "aborted"
    /\ msgs' = msgs \cup {[type |-> "Abort"]}
    /\ UNCHANGED <<rmState, tmLog, tmUp>>

(* A TM with no information about the transaction answers an inquiry or a *)
(* vote from participant r with Abort (the presumption).                   *)
TMAnswerUnknown(r) ==
    /\ tmUp
    /\ tmState \in {"aborted", "unknown"}
    /\ \/ [type |-> "Inquire", rm |-> r] \in msgs
       \/ [type |-> "Prepared", rm |-> r] \in msgs
    /\ msgs' = msgs \cup {[type |-> "Abort"]}
    /\ UNCHANGED <<rmState, tmState, tmLog, tmUp>>

(* Every participant has acknowledged the commit: write the end record and *)
(* forget the transaction; the commit record is garbage-collected.         *)
TMEnd ==
    /\ tmUp
    /\ tmState = "committed"
    /\ \A r \in RM : [type |-> "Ack", rm |-> r] \in msgs
    /\ tmLog' = "none"
    /\ tmState' = "unknown"
    /\ UNCHANGED <<rmState, tmUp, msgs>>

(* The TM crashes and loses its volatile state.                            *)
TMCrash ==
    /\ tmUp
    /\ tmUp' = FALSE
    /\ tmState' = "unknown"
    /\ UNCHANGED <<rmState, tmLog, msgs>>

(* The TM restarts and rebuilds its state from its log: a commit record    *)
(* means committed; no record means it knows nothing of the transaction.   *)
TMRecover ==
    /\ ~tmUp
    /\ tmUp' = TRUE
    /\ tmState' = IF tmLog = "commit" THEN "committed" ELSE "unknown"
    /\ UNCHANGED <<rmState, tmLog, msgs>>

-----------------------------------------------------------------------------
(* Participant actions *)

RMPrepare(r) ==
    /\ rmState[r] = "working"
    /\ rmState' = [rmState EXCEPT ![r] = "prepared"]
    /\ msgs' = msgs \cup {[type |-> "Prepared", rm |-> r]}
    /\ UNCHANGED <<tmState, tmLog, tmUp>>

RMChooseToAbort(r) ==
    /\ rmState[r] = "working"
    /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
    /\ UNCHANGED <<tmState, tmLog, tmUp, msgs>>

(* A prepared participant that has not heard the outcome asks the TM.      *)
RMInquire(r) ==
    /\ rmState[r] = "prepared"
    /\ msgs' = msgs \cup {[type |-> "Inquire", rm |-> r]}
    /\ UNCHANGED <<rmState, tmState, tmLog, tmUp>>

(* Commit is acknowledged, so that the TM may later forget.                *)
RMRcvCommit(r) ==
    /\ rmState[r] \in {"prepared", "committed"}
    /\ [type |-> "Commit"] \in msgs
    /\ rmState' = [rmState EXCEPT ![r] = "committed"]
    /\ msgs' = msgs \cup {[type |-> "Ack", rm |-> r]}
    /\ UNCHANGED <<tmState, tmLog, tmUp>>

(* Abort is not acknowledged under presumed abort.                         *)
RMRcvAbort(r) ==
    /\ rmState[r] \in {"working", "prepared"}
    /\ [type |-> "Abort"] \in msgs
    /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
    /\ UNCHANGED <<tmState, tmLog, tmUp, msgs>>

Next ==
    \/ TMCommit \/ TMAbort \/ TMEnd \/ TMCrash \/ TMRecover
    \/ \E r \in RM :
          \/ TMAnswerUnknown(r)
          \/ RMPrepare(r) \/ RMChooseToAbort(r) \/ RMInquire(r)
          \/ RMRcvCommit(r) \/ RMRcvAbort(r)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: no participant commits while another aborts.                    *)
Atomicity ==
    \A r1, r2 \in RM : ~(rmState[r1] = "committed" /\ rmState[r2] = "aborted")

=============================================================================
