------------------------- MODULE HirschbergSinclair -------------------------
(***************************************************************************)
(* Hirschberg-Sinclair leader election (Hirschberg and Sinclair, "Decentr- *)
(* alized extrema-finding in circular configurations of processors",      *)
(* CACM 1980) on a bidirectional ring of n nodes with distinct ids.        *)
(*                                                                         *)
(* The algorithm works in phases.  In phase k a still active node sends a  *)
(* probe carrying its id in both directions, to travel 2^k hops.  A node   *)
(* receiving a probe with a larger id than its own relays it: to the next  *)
(* node if the probe has travelled fewer than 2^k hops, otherwise it       *)
(* sends a reply back towards the origin.  A node receiving a probe with a *)
(* smaller id swallows it.  A node that gets replies from both directions  *)
(* enters the next phase and sends new probes, twice as far.  A node whose *)
(* own probe travels all the way round the ring and comes back to it       *)
(* declares itself leader.                                                 *)
(*                                                                         *)
(* Nodes are numbered 1..n around the ring (clockwise) and a node's id is  *)
(* its number.  For n = 3 every placement of three distinct ids on the     *)
(* ring is a rotation or a reflection of this one, and both directions are *)
(* modelled alike.  Each node has at most one probe out in each direction *)
(* (it waits for both replies before sending more), so the channel state   *)
(* of a node's probe in direction d is one value: h hops out, held by the  *)
(* node h hops away (1 <= h < n); n hops out, i.e. back at its origin,     *)
(* which thereby declares itself leader; None, swallowed; or Replied, the  *)
(* reply has come back.  A reply is relayed unchanged by every node on its *)
(* way back, so its return trip is modelled as one delivery.  Messages are *)
(* not lost.  Phases are bounded by MaxPhase, the first phase whose probes *)
(* reach round the ring (2^MaxPhase >= n): no node gets past it.           *)
(*                                                                         *)
(* Safety: at most one node declares itself leader.                        *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    N,          \* the number of nodes on the ring
    MaxPhase,   \* the phase in which probes reach round the ring
    None,       \* probe state: no probe in flight (swallowed)
    Replied     \* probe state: the reply to the probe has come back

ASSUME /\ N \in Nat \ {0, 1}
       /\ MaxPhase \in Nat
       /\ 2^MaxPhase >= N
       /\ None \notin Nat /\ Replied \notin Nat /\ None # Replied

Node == 1..N

Dir == {"cw", "ccw"}

(* The node h hops away from node i in direction d, 0 <= h <= n. *)
Hop(i, d, h) ==
    IF d = "cw" THEN (((i - 1) + h) % N) + 1
                ELSE (((i - 1) + (N - h)) % N) + 1

(* The state of a node's probe in one direction. *)
ProbeState == {None, Replied} \cup 1..N

VARIABLES
    phase,  \* phase[i]: the phase node i is in
    probe   \* probe[i, d]: where node i's current probe in direction d is

vars == <<phase, probe>>

TypeOK ==
    /\ phase \in [Node -> 0..MaxPhase]
    /\ probe \in [Node \X Dir -> ProbeState]

(* Node i received its own probe back: it declares itself leader. *)
Leader(i) == \E d \in Dir : probe[i, d] = N

Init ==
    /\ phase = [i \in Node |-> 0]
    /\ probe = [p \in Node \X Dir |-> 1]

(* The node h hops from i relays i's larger id one hop further. *)
Forward(i, d) ==
    LET h == probe[i, d]
    IN  /\ h \in 1..(N - 1)
        /\ Hop(i, d, h) < i
        /\ h < 2^phase[i]
        /\ probe' = [probe EXCEPT ![i, d] = h + 1]
        /\ UNCHANGED phase

(* The node 2^k hops from i has a smaller id: it replies to i. *)
Reply(i, d) ==
    LET h == probe[i, d]
    IN  /\ h \in 1..(N - 1)
        /\ Hop(i, d, h) < i
        /\ h = 2^phase[i]
        /\ probe' = [probe EXCEPT ![i, d] = Replied]
        /\ UNCHANGED phase

(* The node h hops from i has a larger id: it swallows i's probe. *)
Swallow(i, d) ==
    LET h == probe[i, d]
    IN  /\ h \in 1..(N - 1)
        /\ Hop(i, d, h) > i
        /\ probe' = [probe EXCEPT ![i, d] = None]
        /\ UNCHANGED phase

(* Node i got both replies: it enters the next phase and probes again. *)
NextPhase(i) ==
    /\ \A d \in Dir : probe[i, d] = Replied
    /\ phase[i] < MaxPhase
    /\ phase' = [phase EXCEPT ![i] = phase[i] + 1]
    /\ probe' = [p \in Node \X Dir |-> IF p[1] = i THEN 1 ELSE probe[p]]

Next ==
    \E i \in Node :
        \/ \E d \in Dir : Forward(i, d) \/ Reply(i, d) \/ Swallow(i, d)
        \/ NextPhase(i)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* At most one node declares itself leader. *)
AtMostOneLeader ==
    \A i, j \in Node : Leader(i) /\ Leader(j) => i = j
=============================================================================
