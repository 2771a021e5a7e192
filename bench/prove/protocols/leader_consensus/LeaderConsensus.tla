--------------------------- MODULE LeaderConsensus ---------------------------
(***************************************************************************)
(* Consensus through a leader elected by a quorum, after the               *)
(* consensus_forall and consensus_epr benchmarks of the Endive benchmark   *)
(* set, with their vote requests and vote messages folded into the voter's *)
(* votedFor.                                                               *)
(*                                                                         *)
(* Each node votes once, for any candidate.  A candidate whose votes come  *)
(* from a quorum (a majority) becomes leader, and a leader decides one     *)
(* value, any value.  Quorums intersect and a node votes once, so there is *)
(* at most one leader, and so at most one decided value.                   *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Node,    \* The nodes; each is both a voter and a candidate.
    Value,   \* The values a leader may decide.
    Nil      \* votedFor of a node that has not voted; decided of one that has not decided.

ASSUME Nil \notin Node \cup Value

(* The quorums: sets of more than half of the nodes. *)
Quorum == {Q \in SUBSET Node : 2 * Cardinality(Q) > Cardinality(Node)}

VARIABLES
    votedFor,   \* votedFor[n]: the candidate n voted for, or Nil.
    leader,     \* The nodes that have become leader.
    decided     \* decided[n]: the value node n decided, or Nil.

vars == <<votedFor, leader, decided>>

TypeOK ==
    /\ votedFor \in [Node -> Node \cup {Nil}]
    /\ leader \in SUBSET Node
    /\ decided \in [Node -> Value \cup {Nil}]

Init ==
    /\ votedFor = [n \in Node |-> Nil]
    /\ leader = {}
    /\ decided = [n \in Node |-> Nil]

(* Node v, which has not voted yet, votes for candidate c. *)
Vote(v, c) ==
    /\ votedFor[v] = Nil
    /\ votedFor' = [votedFor EXCEPT ![v] = c]
    /\ UNCHANGED <<leader, decided>>

(* Candidate c has the votes of every node of quorum Q and becomes leader. *)
BecomeLeader(c, Q) ==
    /\ \A v \in Q : votedFor[v] = c
    /\ leader' = leader \cup {c}
    /\ UNCHANGED <<votedFor, decided>>

(* Leader n, which has not decided yet, decides value x. *)
Decide(n, x) ==
    /\ n \in leader
    /\ decided[n] = Nil
    /\ decided' = [decided EXCEPT ![n] = x]
    /\ UNCHANGED <<votedFor, leader>>

Next ==
    \/ \E v, c \in Node : Vote(v, c)
    \/ \E c \in Node, Q \in Quorum : BecomeLeader(c, Q)
    \/ \E n \in Node, x \in Value : Decide(n, x)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Agreement: all decided values are equal. *)
Agreement ==
    \A n1, n2 \in Node :
        decided[n1] # Nil /\ decided[n2] # Nil => decided[n1] = decided[n2]
=============================================================================
