------------------------- MODULE SafraTermination -------------------------
(***************************************************************************)
(* Safra's termination detection algorithm on a ring (Dijkstra, EWD 998:   *)
(* "Shmuel Safra's version of termination detection").                    *)
(*                                                                         *)
(* Nodes 0..N-1 form a ring; node 0 is the initiator.  An active node may  *)
(* send basic messages to other nodes and may become passive at any time;  *)
(* a passive node becomes active only by receiving a basic message.  Each  *)
(* node keeps a counter (basic messages sent minus received) and a colour: *)
(* a node turns black when it receives a basic message.  To detect         *)
(* termination the initiator sends a white token with count 0 around the   *)
(* ring, from node i to node i-1.  A passive node holding the token passes *)
(* it on, adding its counter to the token's count, blackening the token if *)
(* the node is black, and turning itself white.  When the token is back at *)
(* the initiator, the initiator declares termination if it is passive and  *)
(* white, the token is white, and the token's count plus its own counter   *)
(* is zero; otherwise it starts a new round.                               *)
(*                                                                         *)
(* What is modelled: channels are reliable but unordered and messages take *)
(* arbitrary time; pending[i] counts basic messages in flight to node i.   *)
(* Counters and in-flight messages are bounded for model checking, and the *)
(* token's count is kept within its range (never binding in a reachable    *)
(* state).                                                                 *)
(*                                                                         *)
(* Safety: when the initiator declares termination, every node is passive  *)
(* and no basic message is in flight.                                      *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    N,          \* number of nodes on the ring
    MaxCount,   \* bound on |counter[i]|
    MaxPending  \* bound on the messages in flight to one node

Node   == 0..N-1
Color  == {"white", "black"}
Count  == -MaxCount..MaxCount
TokenCount == -(N-1) * MaxCount..(N-1) * MaxCount

VARIABLES
    active,     \* active[i]: node i is active
    color,      \* color[i]: colour of node i
    counter,    \* counter[i]: basic messages sent minus received by node i
    pending,    \* pending[i]: basic messages in flight to node i
    token       \* the token: where it is, its count and its colour

vars == << active, color, counter, pending, token >>

TypeOK ==
    /\ active \in [Node -> BOOLEAN]
    /\ color \in [Node -> Color]
    /\ counter \in [Node -> Count]
    /\ pending \in [Node -> 0..MaxPending]
    /\ token \in [pos : Node, q : TokenCount, color : Color]

Init ==
    /\ active \in [Node -> BOOLEAN]
    /\ color \in [Node -> Color]
    /\ counter = [i \in Node |-> 0]
    /\ pending = [i \in Node |-> 0]
    /\ token = [pos |-> 0, q |-> 0, color |-> "black"]

(* The token is back at the initiator and the round was inconclusive:   *)
(* the initiator whitens itself and sends a fresh white token to N-1.   *)
InitiateProbe ==
    /\ token.pos = 0
    /\ \/ token.color = "black"
       \/ color[0] = "black"
       \/ counter[0] + token.q # 0
    /\ token' = [pos |-> N-1, q |-> 0, color |-> "white"]
    /\ color' = [color EXCEPT ![0] = "white"]
    /\ UNCHANGED << active, counter, pending >>

(* Passive node i (not the initiator) passes the token to node i-1. *)
PassToken(i) ==
    /\ i # 0
    /\ ~ active[i]
    /\ token.pos = i
    /\ token.q + counter[i] \in TokenCount
    /\ token' = [pos   |-> i - 1,
                 q     |-> token.q + counter[i],
                 color |-> IF color[i] = "black" THEN "black" ELSE token.color]
    /\ color' = [color EXCEPT ![i] = "white"]
    /\ UNCHANGED << active, counter, pending >>

(* Active node i sends a basic message to node j. *)
SendMsg(i, j) ==
    /\ active[i]
    /\ j # i
    /\ counter[i] < MaxCount
    /\ pending[j] < MaxPending
    /\ counter' = [counter EXCEPT ![i] = @ + 1]
    /\ pending' = [pending EXCEPT ![j] = @ + 1]
    /\ UNCHANGED << active, color, token >>

(* Node i receives a basic message: it becomes active and black. *)
RecvMsg(i) ==
    /\ pending[i] > 0
    /\ counter[i] > -MaxCount
    /\ pending' = [pending EXCEPT ![i] = @ - 1]
    /\ counter' = [counter EXCEPT ![i] = @ - 1]
    /\ active' = [active EXCEPT ![i] = TRUE]
    /\ color' = [color EXCEPT ![i] = "black"]
    /\ UNCHANGED token

(* Active node i becomes passive. *)
Deactivate(i) ==
    /\ active[i]
    /\ active' = [active EXCEPT ![i] = FALSE]
    /\ UNCHANGED << color, counter, pending, token >>

Next ==
    \/ InitiateProbe
    \/ \E i \in Node :
          \/ PassToken(i)
          \/ \E j \in Node : SendMsg(i, j)
          \/ RecvMsg(i)
          \/ Deactivate(i)

Spec == Init /\ [][Next]_vars

(* The initiator's termination test on a returned token. *)
TerminationDetected ==
    /\ token.pos = 0
    /\ token.color = "white"
    /\ token.q + counter[0] = 0
    /\ color[0] = "white"
    /\ ~ active[0]

(* Termination is declared only when it has really occurred. *)
DetectionIsSound ==
    TerminationDetected =>
        \A i \in Node : ~ active[i] /\ pending[i] = 0

=============================================================================
