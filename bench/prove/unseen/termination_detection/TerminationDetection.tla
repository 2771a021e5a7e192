------------------------ MODULE TerminationDetection ------------------------
(***************************************************************************)
(* Dijkstra's token-based termination detection (EWD 840) on a ring of N   *)
(* nodes 0 .. N-1, with acknowledged messages.                             *)
(*                                                                         *)
(* A node is active or passive.  Only an active node sends a message; the *)
(* message activates its receiver, which acknowledges it on receipt.  A    *)
(* node has at most one unacknowledged message (out[i], or -1 for none).   *)
(* A node that sends a message to a node with a higher number turns black. *)
(*                                                                         *)
(* Node 0 starts a probe by sending a white token to node N-1 and turning  *)
(* white.  The token travels down the ring N-1, N-2, ..., 0.  A node holds *)
(* the token while it is active or has an unacknowledged message; then it *)
(* passes the token on, blackening it if the node is black, and turns      *)
(* white.  When the token is back at node 0, white, and node 0 is passive, *)
(* white and has no unacknowledged message, node 0 announces termination;  *)
(* otherwise it starts a new probe.                                        *)
(*                                                                         *)
(* Safety: when termination is announced, every node is passive and no     *)
(* message is pending.                                                     *)
(***************************************************************************)
EXTENDS Integers

CONSTANT N   \* the number of nodes on the ring

ASSUME N \in Nat /\ N >= 2

Node == 0 .. N-1
NoMsg == -1

VARIABLES
    active,      \* active[i]: node i is active
    color,       \* color[i]: "white" or "black"
    out,         \* out[i]: destination of i's unacknowledged message, or NoMsg
    tpos,        \* the node holding the token
    tcolor,      \* the colour of the token
    terminated   \* node 0 has announced termination

vars == <<active, color, out, tpos, tcolor, terminated>>

TypeOK ==
    /\ active \in [Node -> BOOLEAN]
    /\ color \in [Node -> {"white", "black"}]
    /\ out \in [Node -> -1 .. N-1]
    /\ tpos \in Node
    /\ tcolor \in {"white", "black"}
    /\ terminated \in BOOLEAN

(* Every node is active and white, no message is pending; node 0 holds a  *)
(* black token, so a first probe must be started.                         *)
Init ==
    /\ active = [i \in Node |-> TRUE]
    /\ color = [i \in Node |-> "white"]
    /\ out = [i \in Node |-> NoMsg]
    /\ tpos = 0
    /\ tcolor = "black"
    /\ terminated = FALSE

(* Active node i, with no unacknowledged message, sends a message to j;    *)
(* it turns black if j is higher than i.                                   *)
SendMsg(i, j) ==
    /\ active[i]
    /\ out[i] = NoMsg
    /\ j # i
    /\ out' = [out EXCEPT ![i] = j]
    /\ color' = [color EXCEPT ![i] = IF j > i THEN "black" ELSE @]
    /\ UNCHANGED <<active, tpos, tcolor, terminated>>

(* The message of node i is received: its destination becomes active and  *)
(* acknowledges it.                                                        *)
ReceiveMsg(i) ==
    /\ out[i] # NoMsg
    /\ active' = [active EXCEPT ![out[i]] = TRUE]
    /\ out' = [out EXCEPT ![i] = NoMsg]
    /\ UNCHANGED <<color, tpos, tcolor, terminated>>

(* Active node i becomes passive. *)
Deactivate(i) ==
    /\ active[i]
    /\ active' = [active EXCEPT ![i] = FALSE]
    /\ UNCHANGED <<color, out, tpos, tcolor, terminated>>

(* Node 0 holds the token after an unsuccessful probe (black token or      *)
(* black node 0) and has no unacknowledged message: it starts a new probe  *)
(* with a white token sent to node N-1, and turns white.                   *)
InitiateProbe ==
    /\ tpos = 0
    /\ tcolor = "black" \/ color[0] = "black"
    /\ out[0] = NoMsg
    /\ tpos' = N-1
    /\ tcolor' = "white"
    /\ color' = [color EXCEPT ![0] = "white"]
    /\ UNCHANGED <<active, out, terminated>>

(* Node i > 0, passive and with no unacknowledged message, passes the      *)
(* token to node i-1, blackening it if i is black, and turns white.        *)
PassToken(i) ==
    /\ i # 0
    /\ tpos = i
    /\ ~active[i]
    /\ out[i] = NoMsg
    /\ tpos' = i - 1
    /\ tcolor' = IF color[i] = "black" THEN "black" ELSE tcolor
    /\ color' = [color EXCEPT ![i] = "white"]
    /\ UNCHANGED <<active, out, terminated>>

(* The token is back at node 0, white; node 0 is passive, white and has   *)
(* no unacknowledged message: it announces termination.                    *)
Announce ==
    /\ ~terminated
    /\ tpos = 0
    /\ tcolor = "white"
    /\ color[0] = "white"
    /\ ~active[0]
    /\ out[0] = NoMsg
    /\ terminated' = TRUE
    /\ UNCHANGED <<active, color, out, tpos, tcolor>>

Next ==
    \/ \E i, j \in Node : SendMsg(i, j)
    \/ \E i \in Node : ReceiveMsg(i) \/ Deactivate(i) \/ PassToken(i)
    \/ InitiateProbe
    \/ Announce

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Once termination is announced, every node is passive and no message is  *)
(* pending.                                                                *)
TerminationCorrect ==
    terminated => \A i \in Node : ~active[i] /\ out[i] = NoMsg
=============================================================================
