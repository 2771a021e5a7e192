---------------------------- MODULE TarryTraversal ----------------------------
(***************************************************************************)
(* Tarry's traversal algorithm (G. Tarry, "Le probleme des labyrinthes",   *)
(* Nouvelles Annales de Mathematiques 14, 1895; Fokkink, "Distributed      *)
(* Algorithms: An Intuitive Approach", MIT Press) on an undirected         *)
(* connected network.                                                      *)
(*                                                                         *)
(* A single initiator sends a token into the network.  Every process that  *)
(* holds the token passes it on according to two rules:                    *)
(*   R1: a process never sends the token through the same channel twice;   *)
(*   R2: a process sends the token to its parent (the neighbour from which *)
(*       it first received the token) only if it has no other channel      *)
(*       left through which it has not yet sent the token.                 *)
(* The initiator has no parent.  When the token is back at the initiator   *)
(* and the initiator has sent it through all its channels, the traversal   *)
(* is over: the token has crossed every channel exactly once in each       *)
(* direction, so every process has been visited.                           *)
(*                                                                         *)
(* Only the holder of the token acts, so sending the token and receiving   *)
(* it are one step.  used is the set of directed channels the token has    *)
(* been sent through: each process's own record for R1 and R2.  twice      *)
(* records whether the token ever crossed a channel a second time in the   *)
(* same direction.                                                         *)
(***************************************************************************)
EXTENDS FiniteSets

CONSTANTS
    Node,        \* the processes
    Edge,        \* the undirected channels, as two-element sets of nodes
    Initiator,   \* the initiator
    None         \* no parent (yet)

ASSUME /\ Edge \subseteq SUBSET Node
       /\ \A e \in Edge : Cardinality(e) = 2
       /\ Initiator \in Node
       /\ None \notin Node

NonInit == Node \ {Initiator}

Nbrs(n) == {m \in Node : {n, m} \in Edge}

(* The directed channels: each undirected channel in both directions. *)
Chan == {<<u, v>> \in Node \X Node : {u, v} \in Edge}

(* A parent is a neighbour. *)
ParentMaps ==
    {f \in [NonInit -> Node \cup {None}] : \A n \in NonInit : f[n] \in Nbrs(n) \cup {None}}

VARIABLES
    tok,      \* the process holding the token
    parent,   \* parent[n]: the neighbour from which n first got the token, or None
    used,     \* the directed channels the token has been sent through
    twice     \* the token has crossed some channel twice in the same direction

vars == <<tok, parent, used, twice>>

TypeOK ==
    /\ tok \in Node
    /\ parent \in ParentMaps
    /\ used \in SUBSET Chan
    /\ twice \in BOOLEAN

Init ==
    /\ tok = Initiator
    /\ parent = [n \in NonInit |-> None]
    /\ used = {}
    /\ twice = FALSE

-----------------------------------------------------------------------------
(* Process u holds the token and sends it to its neighbour v, obeying R1   *)
(* and R2; v receives it and, if this is its first visit (and v is not the *)
(* initiator), makes u its parent.                                         *)
Pass(u, v) ==
    /\ tok = u
    /\ <<u, v>> \in Chan
    /\ <<u, v>> \notin used                                          \* R1
    /\ (u # Initiator /\ v = parent[u]) =>
          \A w \in Nbrs(u) \ {v} : <<u, w>> \in used                 \* R2
    /\ twice' = (twice \/ <<u, v>> \in used)
    /\ used' = used \cup {<<u, v>>}
    /\ tok' = v
    /\ parent' = IF v # Initiator /\ parent[v] = None
                   THEN [parent EXCEPT ![v] = u]
                   ELSE parent

Next == \E u, v \in Node : Pass(u, v)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
Visited(n) == n = Initiator \/ parent[n] # None

(* The token is back at the initiator for good: the initiator has sent it  *)
(* through all its channels.                                               *)
Finished ==
    /\ tok = Initiator
    /\ \A v \in Nbrs(Initiator) : <<Initiator, v>> \in used

(* The token crosses every channel at most once in each direction, and     *)
(* when the traversal is over every process has been visited.              *)
TraversalCorrect ==
    /\ ~twice
    /\ Finished => \A n \in Node : Visited(n)
=============================================================================
