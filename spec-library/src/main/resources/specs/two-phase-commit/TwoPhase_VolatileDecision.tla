----------------------- MODULE TwoPhase_VolatileDecision -----------------------
(***************************************************************************)
(* Seeded bug: the TM does not force its decision to stable storage before *)
(* sending it.                                                             *)
(*                                                                         *)
(* A crash then wipes the decision along with the collected votes.  The    *)
(* recovered TM finds no decision in its log and, having lost the votes,   *)
(* decides abort, although some RMs have already committed.                *)
(***************************************************************************)
EXTENDS TwoPhase

(* The TM crashes and loses all its state, its decision included.          *)
ForgetfulTMCrash ==
    /\ tmUp
    /\ tmCrashes < MaxTMCrashes
    /\ tmUp' = FALSE
    /\ tmState' = "init"
    /\ tmPrepared' = {}
    /\ tmCrashes' = tmCrashes + 1
    /\ UNCHANGED <<rmState, msgs>>

(* Next, with TMCrash replaced by ForgetfulTMCrash. *)
BuggyNext ==
    \/ TMCommit
    \/ TMAbort
    \/ ForgetfulTMCrash
    \/ TMRecover
    \/ \E r \in RM : TMRcvPrepared(r)
    \/ RMNext
    \/ Finished

BuggySpec == Init /\ [][BuggyNext]_vars
===============================================================================
