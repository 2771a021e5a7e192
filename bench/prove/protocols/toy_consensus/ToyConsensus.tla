---------------------------- MODULE ToyConsensus ----------------------------
(***************************************************************************)
(* Toy consensus, the single-round voting protocol of the toy_consensus    *)
(* benchmarks in the IC3PO and Endive benchmark sets.                      *)
(*                                                                         *)
(* Each node casts one vote, for any value.  A value is decided once a     *)
(* quorum (here, a majority) of nodes has voted for it.  Because any two   *)
(* quorums intersect and a node votes once, two different values cannot   *)
(* both be decided.                                                        *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Node,    \* The voting nodes.
    Value    \* The values that can be proposed.

(* The quorums: sets of more than half of the nodes. *)
Quorum == {Q \in SUBSET Node : 2 * Cardinality(Q) > Cardinality(Node)}

VARIABLES
    voted,     \* voted[n]: node n has cast its vote.
    vote,      \* The pairs <<n, v>> such that node n voted for v.
    decided    \* The values decided so far.

vars == <<voted, vote, decided>>

TypeOK ==
    /\ voted \in [Node -> BOOLEAN]
    /\ vote \in SUBSET (Node \X Value)
    /\ decided \in SUBSET Value

Init ==
    /\ voted = [n \in Node |-> FALSE]
    /\ vote = {}
    /\ decided = {}

(* Node n, which has not voted yet, votes for value v. *)
CastVote(n, v) ==
    /\ ~voted[n]
    /\ voted' = [voted EXCEPT ![n] = TRUE]
    /\ vote' = vote \cup {<<n, v>>}
    /\ UNCHANGED decided

(* Value v is decided because every node of quorum Q voted for it. *)
Decide(v, Q) ==
    /\ \A n \in Q : <<n, v>> \in vote
    /\ decided' = decided \cup {v}
    /\ UNCHANGED <<voted, vote>>

Next ==
    \/ \E n \in Node, v \in Value : CastVote(n, v)
    \/ \E v \in Value, Q \in Quorum : Decide(v, Q)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Agreement: at most one value is decided. *)
Agreement ==
    \A v1, v2 \in decided : v1 = v2
=============================================================================
