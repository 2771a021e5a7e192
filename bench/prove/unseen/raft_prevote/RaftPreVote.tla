---------------------------- MODULE RaftPreVote ----------------------------
(***************************************************************************)
(* Raft leader election with the Pre-Vote extension (Ongaro, "Consensus:  *)
(* Bridging Theory and Practice", section 9.6; as in etcd/raft with        *)
(* PreVote enabled).                                                       *)
(*                                                                         *)
(* A server whose election timer fires does not increment its term at      *)
(* once.  It becomes a PreCandidate and asks every other server for a      *)
(* pre-vote for term currentTerm + 1.  A server grants a pre-vote when the *)
(* proposed term is above its own term; granting a pre-vote changes        *)
(* nothing at the voter (no term change, no votedFor).  Only when a        *)
(* PreCandidate has pre-votes from a quorum (its own included) does it     *)
(* increment its term, vote for itself and send RequestVote.  From there   *)
(* the election is ordinary Raft: a server adopts any higher term it sees  *)
(* in a RequestVote or a vote response and becomes a follower (pre-vote    *)
(* messages never change anyone's term), grants at most one vote per term  *)
(* (votedFor is persistent), and a candidate with votes from a quorum      *)
(* becomes leader.                                                         *)
(*                                                                         *)
(* Abstractions: the log and its up-to-date check, and the "heard from a   *)
(* leader recently" check of pre-vote, are modelled as nondeterminism: a   *)
(* server may always decline to grant.  Only granted responses are         *)
(* modelled.  Messages form a set that is never emptied, so they can be    *)
(* lost, duplicated and reordered.  Servers may crash and restart; a       *)
(* restarted server is a follower and keeps currentTerm and votedFor.      *)
(* Terms are bounded by MaxTerm.                                           *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Server,   \* The set of servers.
    MaxTerm,  \* No server starts an election for a term above MaxTerm.
    Nil       \* votedFor[i] = Nil: i has not voted in its current term.

ASSUME MaxTerm \in Nat /\ Nil \notin Server

Terms == 0..MaxTerm

(* Any two quorums intersect. *)
Quorum == {Q \in SUBSET Server : Cardinality(Q) * 2 > Cardinality(Server)}

(* Point-to-point messages.  mterm is the term a request is for (for a     *)
(* pre-vote request, the term the sender would start), and in a response   *)
(* the term of the request it grants.                                      *)
Messages ==
    {m \in [mtype   : {"PreVoteRequest", "PreVoteResponse",
                       "RequestVoteRequest", "RequestVoteResponse"},
            mterm   : 1..MaxTerm,
            msource : Server,
            mdest   : Server] : m.msource # m.mdest}

VARIABLES
    currentTerm,   \* currentTerm[i]: latest term i has seen (persistent).
    state,         \* state[i]: "Follower", "PreCandidate", "Candidate" or "Leader".
    votedFor,      \* votedFor[i]: whom i voted for in currentTerm[i] (persistent).
    msgs           \* The messages that have been sent.

vars == <<currentTerm, state, votedFor, msgs>>

TypeOK ==
    /\ currentTerm \in [Server -> Terms]
    /\ state \in [Server -> {"Follower", "PreCandidate", "Candidate", "Leader"}]
    /\ votedFor \in [Server -> Server \cup {Nil}]
    /\ msgs \subseteq Messages

Init ==
    /\ currentTerm = [i \in Server |-> 0]
    /\ state = [i \in Server |-> "Follower"]
    /\ votedFor = [i \in Server |-> Nil]
    /\ msgs = {}

(* The servers whose pre-vote for i for term t has reached i, i included. *)
PreVotesFor(i, t) ==
    {i} \cup {m.msource : m \in {m \in msgs : /\ m.mtype = "PreVoteResponse"
                                               /\ m.mterm = t
                                               /\ m.mdest = i}}

(* The servers whose vote for i in term t has reached i, i included. *)
VotesFor(i, t) ==
    {i} \cup {m.msource : m \in {m \in msgs : /\ m.mtype = "RequestVoteResponse"
                                               /\ m.mterm = t
                                               /\ m.mdest = i}}

-----------------------------------------------------------------------------
(***************************************************************************)
(* i's election timer fires (a leader's does not).  i becomes a           *)
(* PreCandidate, keeping its term and votedFor, and asks every other      *)
(* server for a pre-vote for term currentTerm[i] + 1.  A candidate whose  *)
(* election timed out starts over with a pre-vote round, as in etcd.      *)
(***************************************************************************)
Timeout(i) ==
    /\ state[i] \in {"Follower", "PreCandidate", "Candidate"}
    /\ currentTerm[i] < MaxTerm
    /\ state' = [state EXCEPT ![i] = "PreCandidate"]
    /\ msgs' = msgs \cup
                 {[mtype   |-> "PreVoteRequest",
                   mterm   |-> currentTerm[i] + 1,
                   msource |-> i,
                   mdest   |-> j] : j \in Server \ {i}}
    /\ UNCHANGED <<currentTerm, votedFor>>

(***************************************************************************)
(* i grants a pre-vote: the proposed term is above its own term.  Nothing *)
(* changes at i; a pre-vote is not a promise.                              *)
(***************************************************************************)
GrantPreVote(i, m) ==
    /\ m.mtype = "PreVoteRequest"
    /\ m.mdest = i
    /\ m.mterm > currentTerm[i]
    /\ msgs' = msgs \cup
                 {[mtype   |-> "PreVoteResponse",
                   mterm   |-> m.mterm,
                   msource |-> i,
                   mdest   |-> m.msource]}
    /\ UNCHANGED <<currentTerm, state, votedFor>>

(***************************************************************************)
(* PreCandidate i holds pre-votes from a quorum for term currentTerm+1: it *)
(* starts that term as a candidate, votes for itself (persisting term and  *)
(* vote) and asks every other server for its vote.                         *)
(***************************************************************************)
StartElection(i) ==
    /\ state[i] = "PreCandidate"
    /\ currentTerm[i] < MaxTerm
    /\ PreVotesFor(i, currentTerm[i] + 1) \in Quorum
    /\ currentTerm' = [currentTerm EXCEPT ![i] = currentTerm[i] + 1]
    /\ state' = [state EXCEPT ![i] = "Candidate"]
    /\ votedFor' = [votedFor EXCEPT ![i] = i]
    /\ msgs' = msgs \cup
                 {[mtype   |-> "RequestVoteRequest",
                   mterm   |-> currentTerm[i] + 1,
                   msource |-> i,
                   mdest   |-> j] : j \in Server \ {i}}

(***************************************************************************)
(* i receives a RequestVote or a vote response from a later term: it      *)
(* adopts the term, becomes a follower and has not voted in it.  Pre-vote  *)
(* messages never change a term.                                           *)
(***************************************************************************)
UpdateTerm(i, m) ==
    /\ m.mtype \in {"RequestVoteRequest", "RequestVoteResponse"}
    /\ m.mdest = i
    /\ m.mterm > currentTerm[i]
    /\ currentTerm' = [currentTerm EXCEPT ![i] = m.mterm]
    /\ state' = [state EXCEPT ![i] = "Follower"]
    /\ votedFor' = [votedFor EXCEPT ![i] = Nil]
    /\ UNCHANGED msgs

(***************************************************************************)
(* i grants its vote to a RequestVote of its current term if it has not   *)
(* voted for another server in that term, and records the vote before     *)
(* answering.                                                              *)
(***************************************************************************)
GrantVote(i, m) ==
    /\ m.mtype = "RequestVoteRequest"
    /\ m.mdest = i
    /\ m.mterm = currentTerm[i]
    /\ votedFor[i] \in {Nil, m.msource}
    /\ votedFor' = [votedFor EXCEPT ![i] = m.msource]
    /\ msgs' = msgs \cup
                 {[mtype   |-> "RequestVoteResponse",
                   mterm   |-> m.mterm,
                   msource |-> i,
                   mdest   |-> m.msource]}
    /\ UNCHANGED <<currentTerm, state>>

(***************************************************************************)
(* Candidate i holds votes from a quorum in its current term: it becomes  *)
(* leader.                                                                 *)
(***************************************************************************)
BecomeLeader(i) ==
    /\ state[i] = "Candidate"
    /\ VotesFor(i, currentTerm[i]) \in Quorum
    /\ state' = [state EXCEPT ![i] = "Leader"]
    /\ UNCHANGED <<currentTerm, votedFor, msgs>>

(***************************************************************************)
(* i crashes and restarts as a follower; the votes it was collecting are  *)
(* forgotten, currentTerm and votedFor are read back from stable storage. *)
(***************************************************************************)
Restart(i) ==
    /\ state[i] # "Follower"
    /\ state' = [state EXCEPT ![i] = "Follower"]
    /\ UNCHANGED <<currentTerm, votedFor, msgs>>

Next ==
    \/ \E i \in Server : Timeout(i)
    \/ \E i \in Server, m \in msgs : GrantPreVote(i, m)
    \/ \E i \in Server : StartElection(i)
    \/ \E i \in Server, m \in msgs : UpdateTerm(i, m)
    \/ \E i \in Server, m \in msgs : GrantVote(i, m)
    \/ \E i \in Server : BecomeLeader(i)
    \/ \E i \in Server : Restart(i)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Election Safety: no two servers are leaders of the same term. *)
ElectionSafety ==
    \A i, j \in Server :
        (/\ state[i] = "Leader"
         /\ state[j] = "Leader"
         /\ currentTerm[i] = currentTerm[j]) => i = j
=============================================================================
