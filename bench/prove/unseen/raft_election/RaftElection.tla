---------------------------- MODULE RaftElection ----------------------------
(***************************************************************************)
(* Leader election in Raft (D. Ongaro and J. Ousterhout, "In search of an  *)
(* understandable consensus algorithm", USENIX ATC 2014, Section 5.2).     *)
(*                                                                         *)
(* Each server has a current term, the candidate it voted for in that term *)
(* (votedFor, persistent) and a role.  A follower or candidate whose       *)
(* election timer fires starts an election: it increments its term, votes *)
(* for itself and broadcasts a RequestVote request.  A server grants its   *)
(* vote to a request of its own current term if it has not voted for       *)
(* anyone else in that term, and answers with a RequestVote response.  A   *)
(* candidate that holds granting responses of its current term from the    *)
(* other members of a majority becomes leader.  Any server that sees a     *)
(* message with a term newer than its own adopts that term, forgets its    *)
(* vote and steps down to follower; requests of older terms are ignored.   *)
(*                                                                         *)
(* What is modelled:                                                       *)
(*   - Messages are a set of records that is only added to: a message can  *)
(*     be delivered any number of times (duplication), in any order, and   *)
(*     DropMessage removes one (loss).                                     *)
(*   - Only granting responses are sent; a refusal is modelled as no       *)
(*     response (a newer term reaches the candidate through the other      *)
(*     server's own RequestVote).  Logs are not modelled: every candidate  *)
(*     is up to date.                                                      *)
(*   - Restart: a server crashes and recovers as a follower, keeping its   *)
(*     persistent currentTerm and votedFor.                                *)
(*   - Elections happen in the terms 1..MaxTerm only.                      *)
(*                                                                         *)
(* Safety: election safety -- at most one leader per term: no two servers  *)
(* are leaders with the same current term.                                 *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Server,     \* the servers
    MaxTerm,    \* the last term in which an election may be started
    Nil         \* votedFor of a server that has not voted in its term

ASSUME MaxTerm \in Nat /\ Nil \notin Server

Term == 1 .. MaxTerm

\* Majorities of servers.
Quorum == {Q \in SUBSET Server : 2 * Cardinality(Q) > Cardinality(Server)}

RequestVoteRequest ==
    [type: {"RequestVoteRequest"}, term: Term, src: Server]

RequestVoteResponse ==
    {m \in [type: {"RequestVoteResponse"}, term: Term, src: Server, dst: Server] :
        m.src # m.dst}

Message == RequestVoteRequest \cup RequestVoteResponse

VARIABLES
    currentTerm,    \* currentTerm[s]: the latest term server s has seen
    votedFor,       \* votedFor[s]: the candidate s voted for in currentTerm[s], or Nil
    role,           \* role[s]: "Follower", "Candidate" or "Leader"
    msgs            \* the messages sent so far (and not lost)

vars == << currentTerm, votedFor, role, msgs >>

TypeOK ==
    /\ currentTerm \in [Server -> 0 .. MaxTerm]
    /\ votedFor    \in [Server -> Server \cup {Nil}]
    /\ role        \in [Server -> {"Follower", "Candidate", "Leader"}]
    /\ msgs        \in SUBSET Message

Init ==
    /\ currentTerm = [s \in Server |-> 0]
    /\ votedFor    = [s \in Server |-> Nil]
    /\ role        = [s \in Server |-> "Follower"]
    /\ msgs        = {}

\* The election timer of s fires: s starts an election in the next term,
\* votes for itself and broadcasts a RequestVote request.
Timeout(s) ==
    /\ role[s] \in {"Follower", "Candidate"}
    /\ currentTerm[s] < MaxTerm
    /\ currentTerm' = [currentTerm EXCEPT ![s] = @ + 1]
    /\ votedFor'    = [votedFor EXCEPT ![s] = s]
    /\ role'        = [role EXCEPT ![s] = "Candidate"]
    /\ msgs'        = msgs \cup {[type |-> "RequestVoteRequest",
                                  term |-> currentTerm[s] + 1,
                                  src  |-> s]}

\* Server s receives message m of a newer term: it adopts the term, has not
\* voted in it yet, and becomes (or stays) a follower.
UpdateTerm(s, m) ==
    /\ m \in msgs
    /\ \/ m.type = "RequestVoteRequest" /\ m.src # s
       \/ m.type = "RequestVoteResponse" /\ m.dst = s
    /\ m.term > currentTerm[s]
    /\ currentTerm' = [currentTerm EXCEPT ![s] = m.term]
    /\ votedFor'    = [votedFor EXCEPT ![s] = Nil]
    /\ role'        = [role EXCEPT ![s] = "Follower"]
    /\ UNCHANGED msgs

\* Server s receives a RequestVote request of its current term and grants
\* its vote, unless it already voted for another candidate in this term.
GrantVote(s, m) ==
    /\ m \in msgs
    /\ m.type = "RequestVoteRequest"
    /\ m.src # s
    /\ m.term = currentTerm[s]
    /\ votedFor[s] \in {Nil, m.src}
    /\ votedFor' = [votedFor EXCEPT ![s] = m.src]
    /\ msgs'     = msgs \cup {[type |-> "RequestVoteResponse",
                               term |-> m.term,
                               src  |-> s,
                               dst  |-> m.src]}
    /\ UNCHANGED << currentTerm, role >>

\* Candidate s has received granting responses of its current term from the
\* other members of a majority Q (it voted for itself): it becomes leader.
BecomeLeader(s, Q) ==
    /\ role[s] = "Candidate"
    /\ s \in Q
    /\ \A v \in Q \ {s} :
          [type |-> "RequestVoteResponse", term |-> currentTerm[s],
           src |-> v, dst |-> s] \in msgs
    /\ role' = [role EXCEPT ![s] = "Leader"]
    /\ UNCHANGED << currentTerm, votedFor, msgs >>

\* Server s crashes and restarts as a follower; currentTerm and votedFor
\* are on stable storage and survive.
Restart(s) ==
    /\ role' = [role EXCEPT ![s] = "Follower"]
    /\ UNCHANGED << currentTerm, votedFor, msgs >>

\* The network loses message m.
DropMessage(m) ==
    /\ m \in msgs
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED << currentTerm, votedFor, role >>

Next ==
    \/ \E s \in Server : Timeout(s) \/ Restart(s)
    \/ \E s \in Server, m \in msgs : UpdateTerm(s, m) \/ GrantVote(s, m)
    \/ \E s \in Server, Q \in Quorum : BecomeLeader(s, Q)
    \/ \E m \in msgs : DropMessage(m)

Spec == Init /\ [][Next]_vars

\* Safety: no two servers are leaders in the same term.
ElectionSafety ==
    \A s, t \in Server :
        (role[s] = "Leader" /\ role[t] = "Leader" /\ currentTerm[s] = currentTerm[t])
            => s = t

=============================================================================
