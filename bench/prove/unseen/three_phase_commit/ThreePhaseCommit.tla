--------------------------- MODULE ThreePhaseCommit ---------------------------
(***************************************************************************)
(* Three-phase commit between a coordinator and a set of participants,     *)
(* with messages kept as a set of records (never lost, never removed).     *)
(*                                                                         *)
(* Phase 1 (canCommit): the coordinator asks; each participant answers yes *)
(* (and becomes ready) or no (and aborts unilaterally).  A participant may *)
(* also abort on its own before it has voted.  Phase 2 (preCommit): once   *)
(* every participant voted yes, the coordinator broadcasts preCommit;      *)
(* ready participants move to precommitted and acknowledge.  Until then    *)
(* the coordinator may give up (a no vote or a timeout) and broadcast      *)
(* abort, which ready or undecided participants obey.  Phase 3 (doCommit): *)
(* with every acknowledgement in, the coordinator broadcasts doCommit and  *)
(* precommitted participants commit.  As in 3PC, a precommitted            *)
(* participant that hears nothing more (the coordinator failed) commits on *)
(* a timeout: everybody voted yes and aborts are no longer possible.       *)
(***************************************************************************)
CONSTANT Participant   \* The participants.

PState == {"init", "ready", "precommitted", "committed", "aborted"}
CState == {"init", "waiting", "precommitted", "committed", "aborted"}

(* Broadcasts of the coordinator, and replies of the participants. *)
Message ==
    {[type |-> t] : t \in {"canCommit", "preCommit", "doCommit", "abort"}}
    \cup [type : {"yes", "no", "ack"}, from : Participant]

CanCommitMsg == [type |-> "canCommit"]
PreCommitMsg == [type |-> "preCommit"]
DoCommitMsg  == [type |-> "doCommit"]
AbortMsg     == [type |-> "abort"]
YesMsg(p)    == [type |-> "yes", from |-> p]
NoMsg(p)     == [type |-> "no", from |-> p]
AckMsg(p)    == [type |-> "ack", from |-> p]

VARIABLES
    pState,   \* pState[p]: the state of participant p.
    cState,   \* The state of the coordinator.
    msgs      \* The messages sent so far.

vars == <<pState, cState, msgs>>

TypeOK ==
    /\ pState \in [Participant -> PState]
    /\ cState \in CState
    /\ msgs \in SUBSET Message

Init ==
    /\ pState = [p \in Participant |-> "init"]
    /\ cState = "init"
    /\ msgs = {}

(* The coordinator starts the protocol and broadcasts canCommit. *)
CCanCommit ==
    /\ cState = "init"
    /\ cState' = "waiting"
    /\ msgs' = msgs \cup {CanCommitMsg}
    /\ UNCHANGED pState

(* Participant p, asked, votes yes and becomes ready. *)
PVoteYes(p) ==
    /\ pState[p] = "init"
    /\ CanCommitMsg \in msgs
    /\ pState' = [pState EXCEPT ![p] = "ready"]
    /\ msgs' = msgs \cup {YesMsg(p)}
    /\ UNCHANGED cState

(* Participant p, not having voted, votes no (or just decides to) and      *)
(* aborts unilaterally.                                                    *)
PVoteNo(p) ==
    /\ pState[p] = "init"
    /\ pState' = [pState EXCEPT ![p] = "aborted"]
    /\ msgs' = msgs \cup {NoMsg(p)}
    /\ UNCHANGED cState

(* The coordinator, still collecting votes, gives up (a no vote or a       *)
(* timeout) and broadcasts abort.                                          *)
CAbort ==
    /\ cState = "waiting"
    /\ cState' = "aborted"
    /\ msgs' = msgs \cup {AbortMsg}
    /\ UNCHANGED pState

(* The coordinator has a yes from every participant and broadcasts         *)
(* preCommit.                                                              *)
CPreCommit ==
    /\ cState = "waiting"
    /\ \A p \in Participant : YesMsg(p) \in msgs
    /\ cState' = "precommitted"
    /\ msgs' = msgs \cup {PreCommitMsg}
    /\ UNCHANGED pState

(* Ready participant p receives preCommit, precommits and acknowledges. *)
PPreCommit(p) ==
    /\ pState[p] = "ready"
    /\ PreCommitMsg \in msgs
    /\ pState' = [pState EXCEPT ![p] = "precommitted"]
    /\ msgs' = msgs \cup {AckMsg(p)}
    /\ UNCHANGED cState

(* The coordinator has every acknowledgement and broadcasts doCommit. *)
CDoCommit ==
    /\ cState = "precommitted"
    /\ \A p \in Participant : AckMsg(p) \in msgs
    /\ cState' = "committed"
    /\ msgs' = msgs \cup {DoCommitMsg}
    /\ UNCHANGED pState

(* Precommitted participant p receives doCommit and commits. *)
PCommit(p) ==
    /\ pState[p] = "precommitted"
    /\ DoCommitMsg \in msgs
    /\ pState' = [pState EXCEPT ![p] = "committed"]
    /\ UNCHANGED <<cState, msgs>>

(* Precommitted participant p times out waiting for doCommit and commits. *)
PTimeoutCommit(p) ==
    /\ pState[p] = "precommitted"
    /\ pState' = [pState EXCEPT ![p] = "committed"]
    /\ UNCHANGED <<cState, msgs>>

(* Participant p, undecided or ready, receives abort and aborts. *)
PAbort(p) ==
    /\ pState[p] \in {"init", "ready"}
    /\ AbortMsg \in msgs
    /\ pState' = [pState EXCEPT ![p] = "aborted"]
    /\ UNCHANGED <<cState, msgs>>

Next ==
    \/ CCanCommit
    \/ CAbort
    \/ CPreCommit
    \/ CDoCommit
    \/ \E p \in Participant :
        \/ PVoteYes(p)
        \/ PVoteNo(p)
        \/ PPreCommit(p)
        \/ PCommit(p)
        \/ PTimeoutCommit(p)
        \/ PAbort(p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No participant commits while another aborts. *)
Agreement ==
    \A p, q \in Participant :
        ~(pState[p] = "committed" /\ pState[q] = "aborted")
=============================================================================
