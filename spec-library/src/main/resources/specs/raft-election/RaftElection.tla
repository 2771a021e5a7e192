---------------------------- MODULE RaftElection ----------------------------
(***************************************************************************)
(* Leader election in Raft (Ongaro and Ousterhout, "In Search of an        *)
(* Understandable Consensus Algorithm", section 5.2), without the log.     *)
(*                                                                         *)
(* Time is divided into numbered terms.  Each server is a Follower, a      *)
(* Candidate or a Leader.  A follower or candidate that hears nothing from *)
(* a leader times out, starts a new term, votes for itself and sends       *)
(* RequestVote to every other server.  A server grants at most one vote    *)
(* per term, to the first candidate that asks; it keeps currentTerm and    *)
(* votedFor on stable storage so that the promise survives a restart.  A   *)
(* candidate that collects votes from a majority (a quorum) becomes leader *)
(* for its term.  Any server that sees a message with a higher term adopts *)
(* that term and becomes a follower.                                       *)
(*                                                                         *)
(* The log and its up-to-date check are left out: they restrict which      *)
(* candidates may win, not how many.                                       *)
(*                                                                         *)
(* Failures modelled:                                                      *)
(*  - Crash and restart of any server, at any time.  A restarted server is *)
(*    a follower with no votes collected; currentTerm and votedFor are     *)
(*    persistent and keep their values.                                    *)
(*  - Message loss, duplication and reordering.  Sent messages form a set  *)
(*    that is never emptied: each can be received any number of times, in  *)
(*    any order, or never.                                                 *)
(* Terms are bounded by MaxTerm so that the model is finite.               *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets, TLC

CONSTANTS
    Server,   \* The set of servers.
    MaxTerm,  \* Servers do not start terms beyond MaxTerm.
    Nil       \* votedFor[i] = Nil means i has not voted in its current term.

ASSUME MaxTerm \in Nat /\ Nil \notin Server

VARIABLES
    currentTerm,   \* currentTerm[i]: the latest term server i has seen (persistent).
    state,         \* state[i]: "Follower", "Candidate" or "Leader".
    votedFor,      \* votedFor[i]: the candidate i voted for in currentTerm[i] (persistent).
    msgs,          \* The messages that have been sent.
    elected        \* History: the pairs <<t, i>> such that i became leader in term t.

vars == <<currentTerm, state, votedFor, msgs, elected>>

Terms == 0..MaxTerm

(* A quorum is any majority of the servers; any two quorums intersect. *)
Quorum == {Q \in SUBSET Server : Cardinality(Q) * 2 > Cardinality(Server)}

(***************************************************************************)
(* RequestVote requests, and the responses that grant a vote.  Responses   *)
(* that refuse a vote are not modelled: their only effect in Raft is to    *)
(* tell a candidate of a later term, which does not bear on safety.        *)
(***************************************************************************)
Messages ==
    [mtype : {"RequestVoteRequest"}, mterm : Terms, msource : Server, mdest : Server]
    \cup
    [mtype : {"RequestVoteResponse"}, mterm : Terms, msource : Server, mdest : Server]

TypeOK ==
    /\ currentTerm \in [Server -> Terms]
    /\ state \in [Server -> {"Follower", "Candidate", "Leader"}]
    /\ votedFor \in [Server -> Server \cup {Nil}]
    /\ msgs \subseteq Messages
    /\ elected \subseteq (Terms \X Server)

Init ==
    /\ currentTerm = [i \in Server |-> 0]
    /\ state = [i \in Server |-> "Follower"]
    /\ votedFor = [i \in Server |-> Nil]
    /\ msgs = {}
    /\ elected = {}

(* The servers whose vote for candidate i in term t has reached i, i's own included. *)
VotesFor(i, t) ==
    {i} \cup {m.msource : m \in {m \in msgs : /\ m.mtype = "RequestVoteResponse"
                                               /\ m.mterm = t
                                               /\ m.mdest = i}}

-----------------------------------------------------------------------------
(***************************************************************************)
(* Server i's election timer fires: it starts a new term as a candidate,   *)
(* votes for itself and asks every other server for its vote.  A leader    *)
(* does not time out.                                                      *)
(***************************************************************************)
Timeout(i) ==
    /\ state[i] \in {"Follower", "Candidate"}
    /\ currentTerm[i] < MaxTerm
    /\ currentTerm' = [currentTerm EXCEPT ![i] = currentTerm[i] + 1]
    /\ state' = [state EXCEPT ![i] = "Candidate"]
    /\ votedFor' = [votedFor EXCEPT ![i] = i]
    /\ msgs' = msgs \cup
                 {[mtype   |-> "RequestVoteRequest",
                   mterm   |-> currentTerm[i] + 1,
                   msource |-> i,
                   mdest   |-> j] : j \in Server \ {i}}
    /\ UNCHANGED elected

(***************************************************************************)
(* Server i receives a RequestVote from candidate j and grants its vote.   *)
(* If the request is from a later term, i first adopts that term and       *)
(* becomes a follower that has not yet voted in it (a leader or candidate  *)
(* of an older term steps down).  It grants the vote only if it has not    *)
(* voted for another candidate in the request's term, and records the vote *)
(* in votedFor before answering.  Requests from older terms are ignored.   *)
(***************************************************************************)
GrantVote(i, m) ==
    /\ m.mtype = "RequestVoteRequest"
    /\ m.mdest = i
    /\ \/ m.mterm > currentTerm[i]
       \/ /\ m.mterm = currentTerm[i]
          /\ votedFor[i] \in {Nil, m.msource}
    /\ currentTerm' = [currentTerm EXCEPT ![i] = m.mterm]
    /\ state' = IF m.mterm > currentTerm[i]
                   THEN [state EXCEPT ![i] = "Follower"]
                   ELSE state
    /\ votedFor' = [votedFor EXCEPT ![i] = m.msource]
    /\ msgs' = msgs \cup
                 {[mtype   |-> "RequestVoteResponse",
                   mterm   |-> m.mterm,
                   msource |-> i,
                   mdest   |-> m.msource]}
    /\ UNCHANGED elected

(***************************************************************************)
(* Candidate i has received votes from a quorum in its current term (its   *)
(* own vote included) and becomes leader of that term.                     *)
(***************************************************************************)
BecomeLeader(i) ==
    /\ state[i] = "Candidate"
    /\ VotesFor(i, currentTerm[i]) \in Quorum
    /\ state' = [state EXCEPT ![i] = "Leader"]
    /\ elected' = elected \cup {<<currentTerm[i], i>>}
    /\ UNCHANGED <<currentTerm, votedFor, msgs>>

(***************************************************************************)
(* Server i crashes and restarts.  It loses its volatile state and comes   *)
(* back as a follower; a candidate forgets the votes it was collecting, so *)
(* it cannot become leader of that term any more.  currentTerm and         *)
(* votedFor are read back from stable storage.  A follower keeps nothing   *)
(* else in memory, so its restart would change nothing and is left out.    *)
(***************************************************************************)
Restart(i) ==
    /\ state[i] # "Follower"
    /\ state' = [state EXCEPT ![i] = "Follower"]
    /\ UNCHANGED <<currentTerm, votedFor, msgs, elected>>

-----------------------------------------------------------------------------
Next ==
    \/ \E i \in Server : Timeout(i)
    \/ \E i \in Server : BecomeLeader(i)
    \/ \E i \in Server : Restart(i)
    \/ \E i \in Server, m \in msgs : GrantVote(i, m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(***************************************************************************)
(* Election Safety (Raft paper, figure 3): at most one server is elected   *)
(* leader in any given term, counting leaders that have since crashed or   *)
(* stepped down.                                                           *)
(***************************************************************************)
AtMostOneLeaderPerTerm ==
    \A e, f \in elected : e[1] = f[1] => e[2] = f[2]

(***************************************************************************)
(* The reason Election Safety holds: a server grants at most one vote per  *)
(* term.  Every vote granted is recorded by its response message, and      *)
(* messages are never removed, so this is a property of the history.       *)
(***************************************************************************)
AtMostOneVotePerTerm ==
    \A m1, m2 \in msgs :
        /\ m1.mtype = "RequestVoteResponse"
        /\ m2.mtype = "RequestVoteResponse"
        /\ m1.msource = m2.msource
        /\ m1.mterm = m2.mterm
        => m1.mdest = m2.mdest

(***************************************************************************)
(* A server that currently believes it is leader was elected in its        *)
(* current term.                                                           *)
(***************************************************************************)
LeaderWasElected ==
    \A i \in Server : state[i] = "Leader" => <<currentTerm[i], i>> \in elected

(* The servers are interchangeable, so the models use symmetry. *)
Perms == Permutations(Server)
=============================================================================
