---------------------------- MODULE ChangRoberts ----------------------------
(***************************************************************************)
(* Chang and Roberts' leader election in a unidirectional ring (1979), the *)
(* ring leader election of the Ivy, I4 and IC3PO benchmark sets.           *)
(*                                                                         *)
(* Every node has a distinct identifier and starts by sending it to its    *)
(* successor.  A node that receives an identifier larger than its own      *)
(* passes it on to its successor and drops a smaller one; a node whose own *)
(* identifier comes back has the largest one and declares itself leader.   *)
(***************************************************************************)
EXTENDS Naturals, Sequences

(* The instance: Id[n] is the identifier of the n-th node along the ring. *)
Id == <<2, 1, 3>>

ASSUME \A m, n \in DOMAIN Id : Id[m] = Id[n] => m = n

N == Len(Id)

(* The nodes, numbered along the ring. *)
Node == 1..N

(* The ring: node n sends to Succ(n). *)
Succ(n) == IF n = N THEN 1 ELSE n + 1

(* Node b lies strictly between nodes a and c on the way around the ring   *)
(* from a to c; for c = a, that is every node but a.                       *)
Between(a, b, c) == IF a < c THEN a < b /\ b < c ELSE a < b \/ b < c

VARIABLES
    msgs,     \* Messages in flight: <<n, i>> carries identifier i to node n.
    leader    \* The nodes that have declared themselves leader.

vars == <<msgs, leader>>

TypeOK ==
    /\ msgs \in SUBSET (Node \X {Id[n] : n \in Node})
    /\ leader \in SUBSET Node

(* Every node has sent its identifier to its successor. *)
Init ==
    /\ msgs = {<<Succ(n), Id[n]>> : n \in Node}
    /\ leader = {}

(* Node n receives identifier i: its own identifier makes it leader; a     *)
(* larger one it passes on to its successor; a smaller one it drops.       *)
Receive(n, i) ==
    /\ <<n, i>> \in msgs
    /\ IF i = Id[n]
         THEN /\ leader' = leader \cup {n}
              /\ msgs' = msgs \ {<<n, i>>}
         ELSE /\ msgs' = IF i > Id[n]
                           THEN (msgs \ {<<n, i>>}) \cup {<<Succ(n), i>>}
                           ELSE msgs \ {<<n, i>>}
              /\ UNCHANGED leader

Next == \E n, m \in Node : Receive(n, Id[m])

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* At most one node declares itself leader. *)
AtMostOneLeader ==
    \A m, n \in leader : m = n
=============================================================================
