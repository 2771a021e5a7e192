------------------------- MODULE TwoPhase_EarlyCommit -------------------------
(***************************************************************************)
(* Seeded bug: the TM decides commit before every RM has prepared.         *)
(*                                                                         *)
(* This TM commits as soon as it holds at least one Prepared vote, as a    *)
(* coordinator does when it treats a vote that has not arrived by a        *)
(* timeout as a yes, or when it counts replies instead of checking which   *)
(* RMs have replied.  An RM that has not prepared is still free to abort.  *)
(***************************************************************************)
EXTENDS TwoPhase

(* The running TM, not yet decided, commits once any RM has prepared.      *)
EarlyTMCommit ==
    /\ tmUp
    /\ tmState = "init"
    /\ tmPrepared = RM
    /\ tmState' = "committed"
    /\ msgs' = msgs \cup {[type |-> "Commit"]}
    /\ UNCHANGED <<rmState, tmPrepared, tmUp, tmCrashes>>

(* Next, with TMCommit replaced by EarlyTMCommit. *)
BuggyNext ==
    \/ EarlyTMCommit
    \/ TMAbort
    \/ TMCrash
    \/ TMRecover
    \/ \E r \in RM : TMRcvPrepared(r)
    \/ RMNext
    \/ Finished

BuggySpec == Init /\ [][BuggyNext]_vars
===============================================================================
