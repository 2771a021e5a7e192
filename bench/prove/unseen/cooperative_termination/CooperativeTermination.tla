------------------------ MODULE CooperativeTermination ------------------------
(***************************************************************************)
(* Two-phase commit with the cooperative termination protocol (Bernstein,  *)
(* Hadzilacos and Goodman, "Concurrency Control and Recovery in Database   *)
(* Systems", ch. 7; Skeen's termination protocols).                        *)
(*                                                                         *)
(* A coordinator runs an ordinary two-phase commit over the participants   *)
(* in P.  A participant either votes yes (it writes a prepare record,      *)
(* sends Yes to the coordinator and becomes "uncertain") or aborts on its  *)
(* own, which is its no vote.  The coordinator decides commit once it has  *)
(* a Yes from every participant; before that it may decide abort at any    *)
(* time (a timeout, or a no vote that the model does not need to carry).   *)
(* It writes the decision to its log and broadcasts it.                    *)
(*                                                                         *)
(* The coordinator may crash and later recover; its log survives.  While   *)
(* it is down, an uncertain participant that times out runs the            *)
(* cooperative termination protocol: it sends a decision request to the    *)
(* other participants.  A participant q that receives the request          *)
(*   - answers with the outcome if it has committed or aborted;            *)
(*   - if it has not voted yet, aborts unilaterally (it may: it made no    *)
(*     promise) and answers abort;                                         *)
(*   - if it is itself uncertain, cannot help and stays silent.            *)
(* An undecided participant that receives a decision adopts it.            *)
(*                                                                         *)
(* Messages are a set of records that only grows: a message can be         *)
(* received late, many times, or never.  A decision message does not name  *)
(* its sender or addressee: a decision from the coordinator and an answer  *)
(* from a peer carry the same information, and every undecided             *)
(* participant may act on it.  Participant state is on stable storage.     *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets, TLC

CONSTANTS
    P          \* The participants.

VARIABLES
    pState,    \* pState[p]: "working" (not voted), "uncertain" (voted yes), "committed", "aborted".
    coordState,\* The coordinator's logged decision: "init", "commit" or "abort".
    coordUp,   \* TRUE while the coordinator is running.
    msgs       \* The set of messages ever sent.

vars == <<pState, coordState, coordUp, msgs>>

Messages ==
    [type : {"Yes"}, src : P]
    \cup [type : {"DecisionReq"}, src : P]
    \cup [type : {"Decision"}, dec : {"commit", "abort"}]

TypeOK ==
    /\ pState \in [P -> {"working", "uncertain", "committed", "aborted"}]
    /\ coordState \in {"init", "commit", "abort"}
    /\ coordUp \in BOOLEAN
    /\ msgs \subseteq Messages

YesMsg(p) == [type |-> "Yes", src |-> p]
ReqMsg(p) == [type |-> "DecisionReq", src |-> p]
DecMsg(d) == [type |-> "Decision", dec |-> d]

Init ==
    /\ pState = [p \in P |-> "working"]
    /\ coordState = "init"
    /\ coordUp = TRUE
    /\ msgs = {}

-----------------------------------------------------------------------------
(* Coordinator actions.                                                    *)

(* With a Yes vote from every participant, the coordinator logs commit and *)
(* broadcasts it.                                                          *)
CoordCommit ==
    /\ coordUp
    /\ coordState = "init"
    /\ \A p \in P : YesMsg(p) \in msgs
    /\ coordState' = "commit"
    /\ msgs' = msgs \cup {DecMsg("commit")}
    /\ UNCHANGED <<pState, coordUp>>

(* Undecided, the coordinator times out (or hears a no) and logs abort.    *)
CoordAbort ==
    /\ coordUp
    /\ coordState = "init"
    /\ coordState' = "abort"
    /\ msgs' = msgs \cup {DecMsg("abort")}
    /\ UNCHANGED <<pState, coordUp>>

(* The coordinator crashes; its log (coordState) survives.                 *)
CoordCrash ==
    /\ coordUp
    /\ coordUp' = FALSE
    /\ UNCHANGED <<pState, coordState, msgs>>

(* The coordinator recovers and resumes from its log.  Decisions it sent   *)
(* before the crash stay in msgs, which stands for re-sending them.        *)
CoordRecover ==
    /\ ~coordUp
    /\ coordUp' = TRUE
    /\ UNCHANGED <<pState, coordState, msgs>>

-----------------------------------------------------------------------------
(* Participant actions.                                                    *)

(* Participant p votes yes: it forces a prepare record and sends Yes.      *)
VoteYes(p) ==
    /\ pState[p] = "working"
    /\ pState' = [pState EXCEPT ![p] = "uncertain"]
    /\ msgs' = msgs \cup {YesMsg(p)}
    /\ UNCHANGED <<coordState, coordUp>>

(* Participant p votes no, which means it aborts on its own.               *)
VoteNo(p) ==
    /\ pState[p] = "working"
    /\ pState' = [pState EXCEPT ![p] = "aborted"]
    /\ UNCHANGED <<coordState, coordUp, msgs>>

(* Uncertain participant p times out waiting for the decision and asks the *)
(* other participants for the outcome.                                     *)
AskPeers(p) ==
    /\ pState[p] = "uncertain"
    /\ ReqMsg(p) \notin msgs
    /\ msgs' = msgs \cup {ReqMsg(p)}
    /\ UNCHANGED <<pState, coordState, coordUp>>

(* Participant q answers p's decision request.  A decided q sends its      *)
(* outcome; a q that has not voted aborts and sends abort.  An uncertain   *)
(* q does not answer.                                                      *)
AnswerPeer(q, p) ==
    /\ q # p
    /\ ReqMsg(p) \in msgs
    /\ pState[q] # "uncertain"
    /\ IF pState[q] = "working"
          THEN /\ pState' = [pState EXCEPT ![q] = "aborted"]
               /\ msgs' = msgs \cup {DecMsg("abort")}
          ELSE /\ msgs' = msgs \cup {DecMsg(IF pState[q] = "committed"
                                               THEN "commit" ELSE "abort")}
               /\ UNCHANGED pState
    /\ UNCHANGED <<coordState, coordUp>>

(* An undecided participant receives a decision (from the coordinator or   *)
(* from a peer) and adopts it.                                             *)
RcvDecision(p, d) ==
    /\ pState[p] \in {"working", "uncertain"}
    /\ DecMsg(d) \in msgs
    /\ pState' = [pState EXCEPT ![p] = IF d = "commit" THEN "committed" ELSE "aborted"]
    /\ UNCHANGED <<coordState, coordUp, msgs>>

-----------------------------------------------------------------------------
Next ==
    \/ CoordCommit \/ CoordAbort \/ CoordCrash \/ CoordRecover
    \/ \E p \in P : VoteYes(p) \/ VoteNo(p) \/ AskPeers(p)
    \/ \E p, q \in P : AnswerPeer(q, p)
    \/ \E p \in P, d \in {"commit", "abort"} : RcvDecision(p, d)

Spec == Init /\ [][Next]_vars

(* Safety: no two participants decide differently.                         *)
Agreement ==
    \A p, q \in P : ~(pState[p] = "committed" /\ pState[q] = "aborted")

=============================================================================
