------------------------------ MODULE EchoWave ------------------------------
(***************************************************************************)
(* The Echo algorithm (Chang 1982; Segall's propagation of information     *)
(* with feedback), a wave algorithm on an undirected network with one      *)
(* initiator.                                                              *)
(*                                                                         *)
(* The initiator starts the wave by sending an explorer to each of its     *)
(* neighbours.  When a node other than the initiator receives its first    *)
(* message, it takes the sender as its parent and sends an explorer to     *)
(* every other neighbour.  Every node records which neighbours it has      *)
(* heard from (explorers and echoes alike: as in Tel's presentation, the   *)
(* two kinds of message are the same token, a message to a node's parent   *)
(* being its echo).  Once a non-initiator has heard from all its           *)
(* neighbours it sends its echo to its parent; once the initiator has      *)
(* heard from all its neighbours it decides.  The parent pointers then     *)
(* form a spanning tree.                                                   *)
(*                                                                         *)
(* The network is a fixed connected graph, here the line 1 - 2 - ... - N,  *)
(* and the initiator may be any node of it.  Messages are kept in a set    *)
(* and never removed, so a message may be delivered more than once; a      *)
(* node records the set of neighbours it has heard from, so duplicates     *)
(* are harmless.                                                           *)
(*                                                                         *)
(* Safety: when the initiator decides, the wave has reached every node:    *)
(* every node other than the initiator has a parent.                       *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS N,           \* the number of nodes
          Initiator    \* the node that starts the wave

Node == 1 .. N

ASSUME N \in Nat /\ N >= 2 /\ Initiator \in Node

NoParent == 0   \* no parent (not a node)

(* The undirected links of the network: a line. *)
Edge == {{i, i + 1} : i \in 1 .. N - 1}

Nbrs(n) == {m \in Node : {m, n} \in Edge}

(* A message from src to dst, along a link. *)
Msgs == {r \in [src : Node, dst : Node] : {r.src, r.dst} \in Edge}

(* Parent pointers: a node's parent is one of its neighbours, or none. *)
ParentMaps ==
    {f \in [Node -> Node \cup {NoParent}] :
        \A n \in Node : f[n] \in Nbrs(n) \cup {NoParent}}

(* The neighbours each node has heard from. *)
HeardMaps ==
    {f \in [Node -> SUBSET Node] : \A n \in Node : f[n] \subseteq Nbrs(n)}

VARIABLES
    msgs,      \* the messages sent so far (never removed)
    parent,    \* parent[n]: the neighbour n first heard from (NoParent: none)
    heard,     \* heard[n]: the neighbours n has received a message from
    decided    \* the initiator has decided

vars == <<msgs, parent, heard, decided>>

TypeOK ==
    /\ msgs \in SUBSET Msgs
    /\ parent \in ParentMaps
    /\ heard \in HeardMaps
    /\ decided \in BOOLEAN

(* The initiator has sent an explorer to each of its neighbours. *)
Init ==
    /\ msgs = {[src |-> Initiator, dst |-> m] : m \in Nbrs(Initiator)}
    /\ parent = [n \in Node |-> NoParent]
    /\ heard = [n \in Node |-> {}]
    /\ decided = FALSE

(* Node n receives a message from m.  If it is the first message a         *)
(* non-initiator receives, n adopts m as its parent and sends explorers to *)
(* all its other neighbours.                                               *)
Receive(n, m) ==
    /\ [src |-> m, dst |-> n] \in msgs
    /\ heard' = [heard EXCEPT ![n] = @ \cup {m}]
    /\ IF n # Initiator /\ parent[n] = NoParent
          THEN /\ parent' = [parent EXCEPT ![n] = m]
               /\ msgs' = msgs \cup {[src |-> n, dst |-> k] : k \in Nbrs(n) \ {m}}
          ELSE UNCHANGED <<parent, msgs>>
    /\ UNCHANGED decided

(* A non-initiator that has heard from all its neighbours sends its echo   *)
(* to its parent.                                                          *)
Echo(n) ==
    /\ n # Initiator
    /\ parent[n] # NoParent
    /\ heard[n] = Nbrs(n)
    /\ msgs' = msgs \cup {[src |-> n, dst |-> parent[n]]}
    /\ UNCHANGED <<parent, heard, decided>>

(* The initiator has heard from all its neighbours and decides. *)
Decide ==
    /\ heard[Initiator] = Nbrs(Initiator)
    /\ decided' = TRUE
    /\ UNCHANGED <<msgs, parent, heard>>

Next ==
    \/ Decide
    \/ \E n \in Node :
          \/ Echo(n)
          \/ \E m \in Nbrs(n) : Receive(n, m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* When the initiator decides, every other node has a parent. *)
DecideImpliesAllReached ==
    decided => \A n \in Node : n = Initiator \/ parent[n] # NoParent
=============================================================================
