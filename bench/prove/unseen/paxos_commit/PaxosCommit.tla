----------------------------- MODULE PaxosCommit -----------------------------
(***************************************************************************)
(* Paxos Commit (Gray and Lamport, "Consensus on Transaction Commit",      *)
(* 2006).  Each resource manager (RM) r has its own instance of Paxos,     *)
(* run by a common set of acceptors, that decides r's vote: "prepared" or  *)
(* "aborted".  The transaction commits iff every instance chose            *)
(* "prepared".                                                             *)
(*                                                                         *)
(*  - Ballot 0 of instance r belongs to r itself: when r prepares (or      *)
(*    decides to abort) it sends a phase 2a message for ballot 0 carrying  *)
(*    its vote, with no phase 1.  An acceptor that has promised no higher  *)
(*    ballot votes for it.                                                 *)
(*  - Ballot 1 belongs to a recovery leader, which takes over when RMs     *)
(*    seem slow or failed.  It runs phase 1 for all instances at once:     *)
(*    acceptors promise ballot 1 and report their ballot-0 votes.  Once a  *)
(*    majority has promised, it sends one phase 2a message per instance:   *)
(*    the ballot-0 vote reported by the majority, or "aborted" if none was *)
(*    reported.                                                            *)
(*  - An RM learns the outcome from the phase 2b votes of the acceptors:   *)
(*    it commits once every instance has "prepared" chosen (a majority     *)
(*    voted for it in one ballot), and aborts once some instance has       *)
(*    "aborted" chosen.  A working RM that learns abort aborts without     *)
(*    voting.                                                              *)
(*                                                                         *)
(* Representation.  A ballot has at most one phase 2a message per instance *)
(* (the RM's for ballot 0, the leader's for ballot 1), so an acceptor's    *)
(* vote is recorded as the ballot it voted in (vbal, -1 for none); its     *)
(* value is that of the ballot's phase 2a message.  The RM's ballot-0      *)
(* message is kept with the RM (rm[r].p2a), the leader's ballot-1 messages *)
(* in p2a1.  Phase 1b replies are read from the acceptors' state, which    *)
(* cannot change between promise and phase 2a with only two ballots.       *)
(* Messages may be delayed arbitrarily and need not be acted on; acceptor  *)
(* state is stable, so a crashed acceptor is a slow one.                   *)
(***************************************************************************)
EXTENDS Integers, FiniteSets, TLC

CONSTANTS
    RM,        \* the resource managers (one Paxos instance each)
    Acceptor   \* the acceptors shared by all instances

Majority == {Q \in SUBSET Acceptor : 2 * Cardinality(Q) > Cardinality(Acceptor)}

VARIABLES
    rm,    \* rm[r].state: RM r's state; rm[r].p2a: the ballot-0 vote it sent
    acc,   \* acc[a].mbal: highest ballot promised; acc[a].vbal[r]: ballot of
           \* a's latest vote in instance r (-1: none)
    p2a1   \* the recovery leader's ballot-1 phase 2a messages, if sent

vars == <<rm, acc, p2a1>>

RMStates ==
         [state : {"working"}, p2a : {"none"}]
    \cup [state : {"prepared", "committed"}, p2a : {"prepared"}]
    \cup [state : {"aborted"}, p2a : {"none", "prepared", "aborted"}]

AccStates ==
         [mbal : {0}, vbal : [RM -> {-1, 0}]]
    \cup [mbal : {1}, vbal : [RM -> {-1, 0, 1}]]

TypeOK ==
    /\ rm \in [RM -> RMStates]
    /\ acc \in [Acceptor -> AccStates]
    /\ p2a1 \in [sent : {FALSE}] \cup [sent : {TRUE}, val : [RM -> {"prepared", "aborted"}]]

Init ==
    /\ rm = [r \in RM |-> [state |-> "working", p2a |-> "none"]]
    /\ acc = [a \in Acceptor |-> [mbal |-> 0, vbal |-> [r \in RM |-> -1]]]
    /\ p2a1 = [sent |-> FALSE]

(* The value proposed in ballot b of instance i.                           *)
BallotVal(i, b) == IF b = 0 THEN rm[i].p2a ELSE p2a1.val[i]

(* Value v is chosen in instance i: a majority voted for it in one ballot. *)
Chosen(i, v) ==
    \E b \in {0, 1}, Q \in Majority :
        /\ b = 1 => p2a1.sent
        /\ \A a \in Q : acc[a].vbal[i] = b
        /\ BallotVal(i, b) = v

-----------------------------------------------------------------------------
(* Resource managers *)

(* RM r prepares: it sends "prepared" as the ballot-0 value of instance r. *)
RMPrepare(r) ==
    /\ rm[r].state = "working"
    /\ rm' = [rm EXCEPT ![r] = [state |-> "prepared", p2a |-> "prepared"]]
    /\ UNCHANGED <<acc, p2a1>>

(* RM r decides to abort: it sends "aborted" as its ballot-0 value.        *)
RMChooseToAbort(r) ==
    /\ rm[r].state = "working"
    /\ rm' = [rm EXCEPT ![r] = [state |-> "aborted", p2a |-> "aborted"]]
    /\ UNCHANGED <<acc, p2a1>>

RMRcvCommit(r) ==
    /\ rm[r].state = "prepared"
    /\ \A i \in RM : Chosen(i, "prepared")
    /\ rm' = [rm EXCEPT ![r].state = "committed"]
    /\ UNCHANGED <<acc, p2a1>>

RMRcvAbort(r) ==
    /\ rm[r].state \in {"working", "prepared"}
    /\ \E i \in RM : Chosen(i, "aborted")
    /\ rm' = [rm EXCEPT ![r].state = "aborted"]
    /\ UNCHANGED <<acc, p2a1>>

-----------------------------------------------------------------------------
(* Acceptors and the recovery leader *)

(* Acceptor a receives RM i's ballot-0 phase 2a message and votes for it.  *)
AccVote0(a, i) ==
    /\ rm[i].p2a # "none"
    /\ acc[a].mbal = 0
    /\ acc[a].vbal[i] = -1
    /\ acc' = [acc EXCEPT ![a].vbal[i] = 0]
    /\ UNCHANGED <<rm, p2a1>>

(* Acceptor a receives the leader's phase 1a for ballot 1 (all instances): *)
(* it promises to ignore ballot 0 and reports its votes.                   *)
AccPromise(a) ==
    /\ acc[a].mbal = 0
    /\ acc' = [acc EXCEPT ![a].mbal = 1]
    /\ UNCHANGED <<rm, p2a1>>

(* The leader has promises from a majority Q: in each instance it proposes *)
(* the ballot-0 value some member of Q voted for, else "aborted".          *)
LeaderPropose(Q) ==
    /\ ~p2a1.sent
    /\ \A a \in Q : acc[a].mbal = 1
    /\ p2a1' = [sent |-> TRUE,
                val  |-> [i \in RM |->
                            IF \E a \in Q : acc[a].vbal[i] = 0
                            THEN rm[i].p2a ELSE "aborted"]]
    /\ UNCHANGED <<rm, acc>>

(* Acceptor a votes for the leader's ballot-1 proposal in instance i.      *)
AccVote1(a, i) ==
    /\ p2a1.sent
    /\ acc[a].vbal[i] # 1
    /\ acc' = [acc EXCEPT ![a] = [mbal |-> 1, vbal |-> [@.vbal EXCEPT ![i] = 1]]]
    /\ UNCHANGED <<rm, p2a1>>

Next ==
    \/ \E r \in RM : RMPrepare(r) \/ RMChooseToAbort(r) \/ RMRcvCommit(r) \/ RMRcvAbort(r)
    \/ \E a \in Acceptor : AccPromise(a) \/ \E i \in RM : AccVote0(a, i) \/ AccVote1(a, i)
    \/ \E Q \in Majority : LeaderPropose(Q)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: no RM has committed while another has aborted.                  *)
Consistency ==
    \A r1, r2 \in RM : ~(rm[r1].state = "committed" /\ rm[r2].state = "aborted")

=============================================================================
