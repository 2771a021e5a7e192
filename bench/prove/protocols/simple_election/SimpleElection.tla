--------------------------- MODULE SimpleElection ---------------------------
(***************************************************************************)
(* Leader election over quorums, the single-term core of Raft's election,  *)
(* after the simple_election and quorum_leader_election benchmarks of the  *)
(* Endive benchmark set.                                                   *)
(*                                                                         *)
(* Every node may vote once, for any candidate: it records the candidate   *)
(* in votedFor, which stands for the vote message it sends; the network    *)
(* may deliver that message to the candidate any number of times.  A       *)
(* candidate that has received the votes of a quorum (a majority of the    *)
(* nodes) becomes leader.  Quorums intersect and a node votes once, so at  *)
(* most one node becomes leader.                                           *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Node,   \* The nodes; each is both a voter and a candidate.
    Nil     \* votedFor of a node that has not voted.

ASSUME Nil \notin Node

(* The quorums: sets of more than half of the nodes. *)
Quorum == {Q \in SUBSET Node : 2 * Cardinality(Q) > Cardinality(Node)}

VARIABLES
    votedFor,        \* votedFor[n]: the candidate n voted for, or Nil.
    votesReceived,   \* votesReceived[c]: the nodes whose votes c has received.
    leader           \* The nodes that have become leader.

vars == <<votedFor, votesReceived, leader>>

TypeOK ==
    /\ votedFor \in [Node -> Node \cup {Nil}]
    /\ votesReceived \in [Node -> SUBSET Node]
    /\ leader \in SUBSET Node

Init ==
    /\ votedFor = [n \in Node |-> Nil]
    /\ votesReceived = [n \in Node |-> {}]
    /\ leader = {}

(* Node v, which has not voted yet, votes for candidate c and sends it its *)
(* vote.                                                                   *)
Vote(v, c) ==
    /\ votedFor[v] = Nil
    /\ votedFor' = [votedFor EXCEPT ![v] = c]
    /\ UNCHANGED <<votesReceived, leader>>

(* Candidate c receives the vote that node v sent it. *)
RecvVote(c, v) ==
    /\ votedFor[v] = c
    /\ votesReceived' = [votesReceived EXCEPT ![c] = @ \cup {v}]
    /\ UNCHANGED <<votedFor, leader>>

(* Candidate c has received the votes of quorum Q and becomes leader. *)
BecomeLeader(c, Q) ==
    /\ Q \subseteq votesReceived[c]
    /\ leader' = leader \cup {c}
    /\ UNCHANGED <<votedFor, votesReceived>>

Next ==
    \/ \E v, c \in Node : Vote(v, c)
    \/ \E c, v \in Node : RecvVote(c, v)
    \/ \E c \in Node, Q \in Quorum : BecomeLeader(c, Q)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Election safety: there is at most one leader. *)
OneLeader ==
    \A i, j \in leader : i = j
=============================================================================
