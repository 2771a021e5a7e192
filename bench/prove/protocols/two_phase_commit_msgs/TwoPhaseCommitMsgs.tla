------------------------- MODULE TwoPhaseCommitMsgs -------------------------
(***************************************************************************)
(* Two-phase commit with explicit messages, after the two_phase_commit     *)
(* benchmark of the I4, IC3PO and Endive benchmark sets.                   *)
(*                                                                         *)
(* A coordinator asks every participant to vote.  A live participant that *)
(* has not decided votes Yes, or votes No and aborts at once.  Once every  *)
(* participant has voted Yes the coordinator broadcasts Commit; if some    *)
(* participant voted No or has failed, it broadcasts Abort instead.  A     *)
(* live participant decides as the coordinator's message says.  Each       *)
(* message kind is a set (or a flag, for the broadcasts), so the messages  *)
(* themselves are part of the state an invariant must speak of.            *)
(***************************************************************************)
CONSTANT Node   \* The participants.

VARIABLES
    voteYes,    \* The participants whose Yes vote has been sent.
    voteNo,     \* The participants whose No vote has been sent.
    alive,      \* The participants that have not failed.
    goCommit,   \* The coordinator has broadcast Commit.
    goAbort,    \* The coordinator has broadcast Abort.
    decision    \* decision[n]: "none", "commit" or "abort".

vars == <<voteYes, voteNo, alive, goCommit, goAbort, decision>>

TypeOK ==
    /\ voteYes \in SUBSET Node
    /\ voteNo \in SUBSET Node
    /\ alive \in SUBSET Node
    /\ goCommit \in BOOLEAN
    /\ goAbort \in BOOLEAN
    /\ decision \in [Node -> {"none", "commit", "abort"}]

Init ==
    /\ voteYes = {}
    /\ voteNo = {}
    /\ alive = Node
    /\ goCommit = FALSE
    /\ goAbort = FALSE
    /\ decision = [n \in Node |-> "none"]

(* Live participant n, undecided and without a No vote, votes Yes. *)
VoteYes(n) ==
    /\ n \in alive
    /\ n \notin voteNo
    /\ decision[n] = "none"
    /\ voteYes' = voteYes \cup {n}
    /\ UNCHANGED <<voteNo, alive, goCommit, goAbort, decision>>

(* Live participant n, undecided and without a Yes vote, votes No and      *)
(* aborts unilaterally.                                                    *)
VoteNo(n) ==
    /\ n \in alive
    /\ n \notin voteYes
    /\ decision[n] = "none"
    /\ voteNo' = voteNo \cup {n}
    /\ decision' = [decision EXCEPT ![n] = "abort"]
    /\ UNCHANGED <<voteYes, alive, goCommit, goAbort>>

(* Participant n fails and stops taking steps. *)
Fail(n) ==
    /\ n \in alive
    /\ alive' = alive \ {n}
    /\ UNCHANGED <<voteYes, voteNo, goCommit, goAbort, decision>>

(* The coordinator, not yet decided, has a Yes vote from every participant *)
(* and broadcasts Commit.                                                  *)
GoCommit ==
    /\ ~goCommit /\ ~goAbort
    /\ voteYes = Node
    /\ goCommit' = TRUE
    /\ UNCHANGED <<voteYes, voteNo, alive, goAbort, decision>>

(* The coordinator, not yet decided, has a No vote or has detected a       *)
(* failed participant, and broadcasts Abort.                               *)
GoAbort ==
    /\ ~goCommit /\ ~goAbort
    /\ voteNo # {} \/ alive # Node
    /\ goAbort' = TRUE
    /\ UNCHANGED <<voteYes, voteNo, alive, goCommit, decision>>

(* Live participant n, undecided, receives Commit and commits. *)
DecideCommit(n) ==
    /\ n \in alive
    /\ goCommit
    /\ decision[n] = "none"
    /\ decision' = [decision EXCEPT ![n] = "commit"]
    /\ UNCHANGED <<voteYes, voteNo, alive, goCommit, goAbort>>

(* Live participant n, undecided, receives Abort and aborts. *)
DecideAbort(n) ==
    /\ n \in alive
    /\ goAbort
    /\ decision[n] = "none"
    /\ decision' = [decision EXCEPT ![n] = "abort"]
    /\ UNCHANGED <<voteYes, voteNo, alive, goCommit, goAbort>>

Next ==
    \/ GoCommit
    \/ GoAbort
    \/ \E n \in Node :
        \/ VoteYes(n)
        \/ VoteNo(n)
        \/ Fail(n)
        \/ DecideCommit(n)
        \/ DecideAbort(n)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Atomic commitment: no participant commits while another aborts, and a   *)
(* participant commits only if every participant voted Yes.                *)
AtomicCommit ==
    \A n1, n2 \in Node :
        decision[n1] = "commit" => decision[n2] # "abort" /\ n2 \in voteYes
=============================================================================
