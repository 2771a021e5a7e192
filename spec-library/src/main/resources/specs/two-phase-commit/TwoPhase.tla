------------------------------ MODULE TwoPhase ------------------------------
(***************************************************************************)
(* The two-phase commit protocol, after Gray and Lamport ("Consensus on    *)
(* Transaction Commit") and Lamport's TwoPhase specification, extended     *)
(* with crashes of the transaction manager.                                *)
(*                                                                         *)
(* A transaction manager (TM) coordinates a set RM of resource managers.   *)
(* Each RM is "working" until it either prepares (promising that it can    *)
(* commit and sending a Prepared message) or unilaterally aborts.  In the  *)
(* first phase the TM collects Prepared messages; once it has one from     *)
(* every RM it may decide commit.  It may decide abort at any time before  *)
(* deciding commit (for instance after a timeout).  In the second phase    *)
(* it broadcasts its decision, and each RM commits or aborts accordingly.  *)
(*                                                                         *)
(* Failures modelled:                                                      *)
(*  - Crash and recovery of the TM.  The TM writes its decision to stable  *)
(*    storage (tmState) before sending it, so a decision survives a crash; *)
(*    the set of Prepared messages it has collected (tmPrepared) is        *)
(*    volatile and is lost.  The number of crashes is bounded by           *)
(*    MaxTMCrashes to keep the model finite.                               *)
(*  - Message loss, duplication and reordering.  As in Lamport's spec, the *)
(*    network is a set of messages that is never emptied: a message can be *)
(*    received any number of times, in any order, or never.  Receiving is  *)
(*    enabled again and again, which also stands for an RM re-sending      *)
(*    Prepared or the TM re-sending its decision after a recovery.         *)
(* RM state is treated as stable storage: an RM that crashes recovers in   *)
(* the state it had, which is the same as not having crashed.              *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets, TLC

CONSTANTS
    RM,           \* The set of resource managers.
    MaxTMCrashes  \* How many times the TM may crash in one behaviour.

ASSUME MaxTMCrashes \in Nat

VARIABLES
    rmState,     \* rmState[r] is the state of resource manager r.
    tmState,     \* The TM's decision, kept in its stable log.
    tmPrepared,  \* The RMs from which the TM has received Prepared (volatile).
    tmUp,        \* TRUE while the TM is running, FALSE while it is down.
    tmCrashes,   \* How many times the TM has crashed so far.
    msgs         \* The messages that have been sent.

vars == <<rmState, tmState, tmPrepared, tmUp, tmCrashes, msgs>>

(***************************************************************************)
(* The messages: Prepared from an RM to the TM, and the TM's decision,     *)
(* which is broadcast to all RMs.                                          *)
(***************************************************************************)
Messages ==
    [type : {"Prepared"}, rm : RM] \cup [type : {"Commit", "Abort"}]

TypeOK ==
    /\ rmState \in [RM -> {"working", "prepared", "committed", "aborted"}]
    /\ tmState \in {"init", "committed", "aborted"}
    /\ tmPrepared \subseteq RM
    /\ tmUp \in BOOLEAN
    /\ tmCrashes \in 0..MaxTMCrashes
    /\ msgs \subseteq Messages

Init ==
    /\ rmState = [r \in RM |-> "working"]
    /\ tmState = "init"
    /\ tmPrepared = {}
    /\ tmUp = TRUE
    /\ tmCrashes = 0
    /\ msgs = {}

-----------------------------------------------------------------------------
(***************************************************************************)
(* Actions of the transaction manager.                                     *)
(***************************************************************************)

(* The running TM, not yet decided, receives a Prepared message from RM r. *)
TMRcvPrepared(r) ==
    /\ tmUp
    /\ tmState = "init"
    /\ [type |-> "Prepared", rm |-> r] \in msgs
    /\ tmPrepared' = tmPrepared \cup {r}
    /\ UNCHANGED <<rmState, tmState, tmUp, tmCrashes, msgs>>

(* The running TM decides commit, which it may do only once every RM has   *)
(* prepared.  It logs the decision and then broadcasts it.                 *)
TMCommit ==
    /\ tmUp
    /\ tmState = "init"
    /\ tmPrepared = RM
    /\ tmState' = "committed"
    /\ msgs' = msgs \cup {[type |-> "Commit"]}
    /\ UNCHANGED <<rmState, tmPrepared, tmUp, tmCrashes>>

(* The running TM, not yet decided, decides abort (for instance because an *)
(* RM has not answered in time).  It logs the decision and broadcasts it.  *)
TMAbort ==
    /\ tmUp
    /\ tmState = "init"
    /\ tmState' = "aborted"
    /\ msgs' = msgs \cup {[type |-> "Abort"]}
    /\ UNCHANGED <<rmState, tmPrepared, tmUp, tmCrashes>>

(* The TM crashes.  Its stable log (tmState) survives; the Prepared        *)
(* messages it had collected in memory are forgotten.                      *)
TMCrash ==
    /\ tmUp
    /\ tmCrashes < MaxTMCrashes
    /\ tmUp' = FALSE
    /\ tmPrepared' = {}
    /\ tmCrashes' = tmCrashes + 1
    /\ UNCHANGED <<rmState, tmState, msgs>>

(* The TM restarts and reads its decision, if any, from its log.  Messages *)
(* it sent before the crash stay available, which models re-sending them.  *)
TMRecover ==
    /\ ~tmUp
    /\ tmUp' = TRUE
    /\ UNCHANGED <<rmState, tmState, tmPrepared, tmCrashes, msgs>>

-----------------------------------------------------------------------------
(***************************************************************************)
(* Actions of resource manager r.                                          *)
(***************************************************************************)

(* A working RM prepares: it promises to commit if asked and tells the TM. *)
RMPrepare(r) ==
    /\ rmState[r] = "working"
    /\ rmState' = [rmState EXCEPT ![r] = "prepared"]
    /\ msgs' = msgs \cup {[type |-> "Prepared", rm |-> r]}
    /\ UNCHANGED <<tmState, tmPrepared, tmUp, tmCrashes>>

(* A working RM decides on its own to abort.  Having not prepared, it has  *)
(* made no promise, so it need not tell anyone; the TM will time out.      *)
RMChooseToAbort(r) ==
    /\ rmState[r] = "working"
    /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
    /\ UNCHANGED <<tmState, tmPrepared, tmUp, tmCrashes, msgs>>

(* A prepared RM receives the TM's Commit decision and commits.            *)
RMRcvCommitMsg(r) ==
    /\ rmState[r] = "prepared"
    /\ [type |-> "Commit"] \in msgs
    /\ rmState' = [rmState EXCEPT ![r] = "committed"]
    /\ UNCHANGED <<tmState, tmPrepared, tmUp, tmCrashes, msgs>>

(* An RM that has not finished receives the TM's Abort decision and aborts.*)
RMRcvAbortMsg(r) ==
    /\ rmState[r] \in {"working", "prepared"}
    /\ [type |-> "Abort"] \in msgs
    /\ rmState' = [rmState EXCEPT ![r] = "aborted"]
    /\ UNCHANGED <<tmState, tmPrepared, tmUp, tmCrashes, msgs>>

-----------------------------------------------------------------------------
(***************************************************************************)
(* Once every RM has committed or aborted the transaction is over and      *)
(* nothing changes any more.  Stating this step explicitly lets TLC report *)
(* any other state without a successor as a deadlock.                      *)
(***************************************************************************)
Finished ==
    /\ \A r \in RM : rmState[r] \in {"committed", "aborted"}
    /\ UNCHANGED vars

TMNext ==
    \/ TMCommit
    \/ TMAbort
    \/ TMCrash
    \/ TMRecover
    \/ \E r \in RM : TMRcvPrepared(r)

RMNext ==
    \E r \in RM :
        \/ RMPrepare(r)
        \/ RMChooseToAbort(r)
        \/ RMRcvCommitMsg(r)
        \/ RMRcvAbortMsg(r)

Next == TMNext \/ RMNext \/ Finished

Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Fairness: the TM eventually gets back up after a crash, eventually      *)
(* handles the Prepared messages that reach it and decides (aborting on a  *)
(* timeout if it must), and every RM eventually receives the decision.     *)
(* The RMs are not obliged to prepare: one that never does makes the TM    *)
(* abort.  Only MaxTMCrashes crashes can happen, so the TM stays up in     *)
(* the end.                                                                *)
(***************************************************************************)
FairSpec ==
    /\ Spec
    /\ WF_vars(TMRecover)
    /\ WF_vars(TMCommit)
    /\ WF_vars(TMAbort)
    /\ \A r \in RM : WF_vars(TMRcvPrepared(r))
    /\ \A r \in RM : WF_vars(RMRcvCommitMsg(r))
    /\ \A r \in RM : WF_vars(RMRcvAbortMsg(r))

-----------------------------------------------------------------------------
(***************************************************************************)
(* Safety: the RMs agree.  No RM has committed while another has aborted.  *)
(***************************************************************************)
Consistent ==
    \A r1, r2 \in RM : ~ /\ rmState[r1] = "committed"
                         /\ rmState[r2] = "aborted"

(***************************************************************************)
(* Safety: the TM decides commit only when every RM has promised to        *)
(* commit, and an RM commits only after the TM has decided commit.         *)
(***************************************************************************)
CommitOnlyIfAllPrepared ==
    tmState = "committed" => \A r \in RM : rmState[r] \in {"prepared", "committed"}

CommitOnlyIfDecided ==
    \A r \in RM : rmState[r] = "committed" => tmState = "committed"

(***************************************************************************)
(* Liveness: under FairSpec every RM eventually commits or aborts.  This   *)
(* holds only because the TM always recovers; with a coordinator that      *)
(* stays down, prepared RMs block, which is the known weakness of 2PC.     *)
(***************************************************************************)
Termination ==
    <>(\A r \in RM : rmState[r] \in {"committed", "aborted"})

(* The RMs are interchangeable, so models without liveness may use symmetry. *)
Perms == Permutations(RM)
=============================================================================
