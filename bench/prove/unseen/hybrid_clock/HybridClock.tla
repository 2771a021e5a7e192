----------------------------- MODULE HybridClock -----------------------------
(***************************************************************************)
(* Hybrid logical clocks (Kulkarni, Demirbas et al., 2014).                *)
(*                                                                         *)
(* Each node n has a physical clock pt[n], which advances on its own, and  *)
(* a hybrid logical clock (l[n], c[n]): l[n] is the largest physical time  *)
(* the node has heard of, c[n] a logical counter that orders events with   *)
(* the same l.  The physical clocks are synchronised to within Eps of each *)
(* other: a clock does not advance past another by more than Eps.          *)
(*                                                                         *)
(* On a send (or local) event at n:                                        *)
(*     l' = max(l, pt);  c' = IF l' = l THEN c + 1 ELSE 0,                 *)
(* and the message carries (l', c').  On receiving a message (lm, cm):     *)
(*     l' = max(l, lm, pt);                                                *)
(*     c' = IF l' = l = lm THEN max(c, cm) + 1                             *)
(*          ELSE IF l' = l THEN c + 1                                      *)
(*          ELSE IF l' = lm THEN cm + 1 ELSE 0.                            *)
(* Each node has one outgoing message slot (inFlight, msgL, msgC) that any *)
(* other node may receive from; a node sends only when its slot is empty.  *)
(* The instance bounds time by MaxTime and c by MaxC: a physical clock     *)
(* stops at MaxTime and an event that would push c past MaxC does not      *)
(* happen.                                                                 *)
(*                                                                         *)
(* Safety: the logical part of the clock stays close to physical time:     *)
(* l[n] - pt[n] <= Eps at every node.                                      *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS Node,      \* the nodes
          MaxTime,   \* the bound on physical time
          MaxC,      \* the bound on the logical counter
          Eps        \* the bound on the skew between physical clocks

ASSUME MaxTime \in Nat /\ MaxC \in Nat /\ Eps \in Nat

Time == 0 .. MaxTime
Counter == 0 .. MaxC

VARIABLES pt,        \* pt[n]: the physical clock of node n
          l,         \* l[n]: the logical time of n's hybrid clock
          c,         \* c[n]: the counter of n's hybrid clock
          inFlight,  \* inFlight[n]: n's outgoing message is in the network
          msgL,      \* msgL[n]: the l of n's outgoing message
          msgC       \* msgC[n]: the c of n's outgoing message

vars == <<pt, l, c, inFlight, msgL, msgC>>

TypeOK ==
    /\ pt \in [Node -> Time]
    /\ l \in [Node -> Time]
    /\ c \in [Node -> Counter]
    /\ inFlight \in [Node -> BOOLEAN]
    /\ msgL \in [Node -> Time]
    /\ msgC \in [Node -> Counter]

Max2(a, b) == IF a >= b THEN a ELSE b

Init ==
    /\ pt = [n \in Node |-> 0]
    /\ l = [n \in Node |-> 0]
    /\ c = [n \in Node |-> 0]
    /\ inFlight = [n \in Node |-> FALSE]
    /\ msgL = [n \in Node |-> 0]
    /\ msgC = [n \in Node |-> 0]

(* The physical clock of n advances by one tick, staying within Eps of     *)
(* every other physical clock.                                             *)
Tick(n) ==
    /\ pt[n] < MaxTime
    /\ \A m \in Node : pt[n] + 1 <= pt[m] + Eps
    /\ pt' = [pt EXCEPT ![n] = @ + 1]
    /\ UNCHANGED <<l, c, inFlight, msgL, msgC>>

(* Node n sends a message: it updates its hybrid clock by the send rule    *)
(* and stamps the message with the new clock.                              *)
Send(n) ==
    LET newL == Max2(l[n], pt[n])
        newC == IF newL = l[n] THEN c[n] + 1 ELSE 0
    IN  /\ ~inFlight[n]
        /\ newC <= MaxC
        /\ l' = [l EXCEPT ![n] = newL]
        /\ c' = [c EXCEPT ![n] = newC]
        /\ inFlight' = [inFlight EXCEPT ![n] = TRUE]
        /\ msgL' = [msgL EXCEPT ![n] = newL]
        /\ msgC' = [msgC EXCEPT ![n] = newC]
        /\ UNCHANGED pt

(* Node n receives the message of node m and updates its hybrid clock by   *)
(* the receive rule.                                                       *)
Receive(n, m) ==
    LET lm   == msgL[m]
        cm   == msgC[m]
        newL == Max2(Max2(l[n], lm), pt[n])
        newC == IF newL = l[n] /\ newL = lm THEN Max2(c[n], cm) + 1
                ELSE IF newL = l[n] THEN c[n] + 1
                ELSE IF newL = lm THEN cm + 1
                ELSE 0
    IN  /\ n # m
        /\ inFlight[m]
        /\ newC <= MaxC
        /\ l' = [l EXCEPT ![n] = newL]
        /\ c' = [c EXCEPT ![n] = newC]
        /\ inFlight' = [inFlight EXCEPT ![m] = FALSE]
        /\ UNCHANGED <<pt, msgL, msgC>>

Next ==
    \/ \E n \in Node : Tick(n) \/ Send(n)
    \/ \E n, m \in Node : Receive(n, m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* The logical time of every node is at most Eps ahead of its physical     *)
(* clock.                                                                  *)
BoundedOffset ==
    \A n \in Node : l[n] <= pt[n] + Eps
=============================================================================
