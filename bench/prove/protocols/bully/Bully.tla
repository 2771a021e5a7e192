------------------------------- MODULE Bully -------------------------------
(***************************************************************************)
(* A simplified bully (max-id) leader election in a complete graph.  The   *)
(* nodes are distinct natural numbers, and a node's number is its id.      *)
(*                                                                         *)
(* Every node broadcasts its id once: the id is added to the set msgs,     *)
(* which every other node can read (a reliable broadcast medium).  A node  *)
(* receives the ids of the others one at a time and records the senders    *)
(* it has heard from.  Receiving a larger id than its own makes a node     *)
(* give up its candidacy.  A node that is still a candidate once it has    *)
(* heard from every other node knows it has the largest id and becomes     *)
(* leader.  Every node broadcasts at most once and hears each other node   *)
(* at most once, so the system is finite.                                  *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT Node   \* The nodes, i.e. their distinct numeric ids.

ASSUME Node \subseteq Nat /\ Node # {}

VARIABLES
    msgs,       \* The ids broadcast so far.
    heard,      \* heard[n]: the nodes whose ids n has received.
    candidate,  \* candidate[n]: n has not yet received a larger id.
    leader      \* leader[n]: n has declared itself leader.

vars == <<msgs, heard, candidate, leader>>

TypeOK ==
    /\ msgs \in SUBSET Node
    /\ heard \in [Node -> SUBSET Node]
    /\ candidate \in [Node -> BOOLEAN]
    /\ leader \in [Node -> BOOLEAN]

Init ==
    /\ msgs = {}
    /\ heard = [n \in Node |-> {}]
    /\ candidate = [n \in Node |-> TRUE]
    /\ leader = [n \in Node |-> FALSE]

(* Node n broadcasts its id (once). *)
Broadcast(n) ==
    /\ n \notin msgs
    /\ msgs' = msgs \cup {n}
    /\ UNCHANGED <<heard, candidate, leader>>

(* Node n receives the id of node m; a larger id ends n's candidacy. *)
Receive(n, m) ==
    /\ m \in msgs
    /\ m # n
    /\ m \notin heard[n]
    /\ heard' = [heard EXCEPT ![n] = @ \cup {m}]
    /\ candidate' = [candidate EXCEPT ![n] = @ /\ m < n]
    /\ UNCHANGED <<msgs, leader>>

(* Node n, still a candidate after hearing from all others, becomes       *)
(* leader.                                                                 *)
BecomeLeader(n) ==
    /\ candidate[n]
    /\ ~leader[n]
    /\ heard[n] = Node \ {n}
    /\ leader' = [leader EXCEPT ![n] = TRUE]
    /\ UNCHANGED <<msgs, heard, candidate>>

Next ==
    \/ \E n \in Node : Broadcast(n) \/ BecomeLeader(n)
    \/ \E n, m \in Node : Receive(n, m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* At most one node is leader. *)
AtMostOneLeader ==
    \A n, m \in Node : leader[n] /\ leader[m] => n = m
=============================================================================
