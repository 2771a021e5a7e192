---------------------------- MODULE SwimMembership ----------------------------
(***************************************************************************)
(* Failure detection in the SWIM membership protocol (Das, Gupta and       *)
(* Motivala, 2002) with its suspicion mechanism and incarnation numbers,   *)
(* as in memberlist / Lifeguard.                                           *)
(*                                                                         *)
(* Every node n has an incarnation number inc[n], which only n increases. *)
(* Every other node m holds a view of n: a status, "alive" or "suspect", *)
(* and the incarnation the status was learnt at.  When m's probe of n     *)
(* gets no ack in time (the network is lossy, so n may well be up), m     *)
(* suspects n at the incarnation of its view and gossips a suspect        *)
(* message.  A node that learns it is suspected at its current           *)
(* incarnation (or above) refutes: it moves to the incarnation after the  *)
(* one it was accused at and gossips an alive message for it.  A node     *)
(* that receives gossip about another node updates its view by the SWIM   *)
(* precedence rules:                                                      *)
(*   - suspect at i overrides alive at j when i >= j, and suspect at j    *)
(*     when i > j;                                                        *)
(*   - alive at i overrides alive or suspect at j only when i > j.        *)
(* Gossip is disseminated through an unreliable network, modelled as a    *)
(* set of messages that may be lost, delivered late (after newer gossip), *)
(* or delivered many times and to any node.  Alive messages are only sent *)
(* by refutations, so they carry a positive incarnation.  Failures that   *)
(* are confirmed (suspect -> dead) are not modelled.                      *)
(*                                                                         *)
(* Safety: no view is ahead of the node it is about: every incarnation a  *)
(* node m holds for a node n is at most n's own incarnation.              *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS Node,     \* the members of the group
          MaxInc    \* the bound on incarnation numbers

ASSUME MaxInc \in Nat /\ MaxInc >= 1

Inc == 0 .. MaxInc

(* The ordered pairs <<m, n>> of distinct nodes: m's view of n. *)
Peer == {p \in Node \X Node : p[1] # p[2]}

(* An entry of a view: a status and the incarnation it was learnt at. *)
ViewEntry == [status : {"alive", "suspect"}, inc : Inc]

(* Gossip messages: n is suspected at incarnation inc, or n is alive at   *)
(* incarnation inc (a refutation).                                         *)
Msg == [type : {"suspect"}, node : Node, inc : Inc]
         \cup [type : {"alive"}, node : Node, inc : 1 .. MaxInc]

VARIABLES inc,    \* inc[n]: node n's own incarnation number
          view,   \* view[<<m, n>>]: what node m believes about node n
          msgs    \* the gossip messages in the network

vars == <<inc, view, msgs>>

TypeOK ==
    /\ inc \in [Node -> Inc]
    /\ view \in [Peer -> ViewEntry]
    /\ msgs \in SUBSET Msg

(* Whether an update with status s at incarnation i overrides entry e. *)
Overrides(s, i, e) ==
    IF s = "suspect"
        THEN i > e.inc \/ (i = e.inc /\ e.status = "alive")
        ELSE i > e.inc

Init ==
    /\ inc = [n \in Node |-> 0]
    /\ view = [p \in Peer |-> [status |-> "alive", inc |-> 0]]
    /\ msgs = {}

(* Node m's probe of node n (direct and indirect) times out, while m holds *)
(* n alive: m suspects n at the incarnation of its view and gossips it.    *)
Suspect(m, n) ==
    /\ m # n
    /\ view[<<m, n>>].status = "alive"
    /\ view' = [view EXCEPT ![<<m, n>>].status = "suspect"]
    /\ msgs' = msgs \cup {[type |-> "suspect", node |-> n,
                           inc |-> view[<<m, n>>].inc]}
    /\ UNCHANGED inc

(* Node n receives gossip that it is suspected at an incarnation at least  *)
(* its own: it refutes by moving to the next incarnation and gossiping     *)
(* that it is alive.  Older suspicions of n are ignored.                   *)
Refute(n, msg) ==
    /\ msg \in msgs
    /\ msg.type = "suspect"
    /\ msg.node = n
    /\ msg.inc >= inc[n]
    /\ msg.inc < MaxInc
    /\ inc' = [inc EXCEPT ![n] = msg.inc + 1]
    /\ msgs' = msgs \cup {[type |-> "alive", node |-> n, inc |-> msg.inc + 1]}
    /\ UNCHANGED view

(* Node k receives gossip about another node and adopts it when it         *)
(* overrides k's view by the precedence rules.  The message stays in the   *)
(* network: it may be delivered again, to k or to other nodes.             *)
Receive(k, msg) ==
    /\ msg \in msgs
    /\ msg.node # k
    /\ Overrides(msg.type, msg.inc, view[<<k, msg.node>>])
    /\ view' = [view EXCEPT ![<<k, msg.node>>] =
                    [status |-> msg.type, inc |-> msg.inc]]
    /\ UNCHANGED <<inc, msgs>>

(* The network loses message msg. *)
Lose(msg) ==
    /\ msg \in msgs
    /\ msgs' = msgs \ {msg}
    /\ UNCHANGED <<inc, view>>

Next ==
    \/ \E m, n \in Node : Suspect(m, n)
    \/ \E n \in Node, msg \in msgs : Refute(n, msg)
    \/ \E k \in Node, msg \in msgs : Receive(k, msg)
    \/ \E msg \in msgs : Lose(msg)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No node's view of another node is ahead of that node's incarnation. *)
ViewsNotAhead ==
    \A p \in Peer : view[p].inc <= inc[p[2]]
=============================================================================
