--------------------------- MODULE LwwElementSet ---------------------------
(***************************************************************************)
(* A last-writer-wins element set (LWW-element-set), a state-based CRDT    *)
(* (Shapiro, Preguica, Baquero and Zawirski, "A comprehensive study of     *)
(* Convergent and Commutative Replicated Data Types", 2011).               *)
(*                                                                         *)
(* Every replica keeps two maps from elements to timestamps: addTs[r][e]   *)
(* is the latest timestamp at which r has seen e added, remTs[r][e] the    *)
(* latest at which r has seen e removed (0 = never).  add(e) and remove(e) *)
(* at a replica take a fresh timestamp from a shared clock (modelled as    *)
(* one counter, the way a hybrid logical clock or a timestamp oracle hands *)
(* out increasing timestamps) and write it into the matching map.  An      *)
(* element is in the set at r when its add timestamp is greater than its   *)
(* remove timestamp: the later of the two operations wins.                 *)
(*                                                                         *)
(* Replicas synchronise by sending their whole payload (both maps) in a    *)
(* message; a replica that receives a payload merges it into its own by    *)
(* taking, for every element, the maximum of the two add timestamps and    *)
(* the maximum of the two remove timestamps.                               *)
(*                                                                         *)
(* Network: the set of every payload ever sent.  A message may be          *)
(* delivered late, never, several times, to any replica (its sender        *)
(* included) and in any order.  The clock is bounded by MaxTime so that    *)
(* the model is finite.                                                    *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Replica,   \* the replicas
    Element,   \* the elements that can be added to and removed from the set
    MaxTime    \* the clock does not go beyond MaxTime

ASSUME MaxTime \in Nat

Time == 0..MaxTime

(* A payload as it travels on the wire: the sender's two maps. *)
Payload == [add : [Element -> Time], rem : [Element -> Time]]

VARIABLES
    clock,   \* the shared clock: the last timestamp handed out
    addTs,   \* addTs[r][e]: latest add timestamp of e known to replica r
    remTs,   \* remTs[r][e]: latest remove timestamp of e known to replica r
    msgs     \* every payload ever sent

vars == <<clock, addTs, remTs, msgs>>

TypeOK ==
    /\ clock \in Time
    /\ addTs \in [Replica -> [Element -> Time]]
    /\ remTs \in [Replica -> [Element -> Time]]
    /\ msgs \subseteq Payload

Init ==
    /\ clock = 0
    /\ addTs = [r \in Replica |-> [e \in Element |-> 0]]
    /\ remTs = [r \in Replica |-> [e \in Element |-> 0]]
    /\ msgs = {}

Max(a, b) == IF a >= b THEN a ELSE b

(* The query: e is in the set at replica r. *)
Present(r, e) == addTs[r][e] > remTs[r][e]

-----------------------------------------------------------------------------
(* add(e) at replica r: stamp it with a fresh timestamp. *)
Add(r, e) ==
    /\ clock < MaxTime
    /\ clock' = clock + 1
    /\ addTs' = [addTs EXCEPT ![r][e] = clock + 1]
    /\ UNCHANGED <<remTs, msgs>>

(* remove(e) at replica r: stamp the removal with a fresh timestamp.       *)
(* As in the LWW-element-set of the paper, a replica may remove an element *)
(* it does not currently see; the removal then just shadows older adds.    *)
Remove(r, e) ==
    /\ clock < MaxTime
    /\ clock' = clock + 1
    /\ remTs' = [remTs EXCEPT ![r][e] = clock + 1]
    /\ UNCHANGED <<addTs, msgs>>

(* Replica r ships its payload. *)
Send(r) ==
    /\ msgs' = msgs \cup {[add |-> addTs[r], rem |-> remTs[r]]}
    /\ UNCHANGED <<clock, addTs, remTs>>

(* Replica r merges a received payload: pointwise maximum of both maps. *)
Receive(r, m) ==
    /\ addTs' = [addTs EXCEPT ![r] = [e \in Element |-> Max(@[e], m.add[e])]]
    /\ remTs' = [remTs EXCEPT ![r] = [e \in Element |-> Max(@[e], m.rem[e])]]
    /\ UNCHANGED <<clock, msgs>>

Next ==
    \/ \E r \in Replica, e \in Element : Add(r, e)
    \/ \E r \in Replica, e \in Element : Remove(r, e)
    \/ \E r \in Replica : Send(r)
    \/ \E r \in Replica, m \in msgs : Receive(r, m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(***************************************************************************)
(* Safety: no replica knows of a timestamp for an element that is later    *)
(* than the latest timestamp the clock has handed out.  A timestamp from   *)
(* the future would let an old operation beat every later one.             *)
(***************************************************************************)
NoFutureTimestamps ==
    \A r \in Replica, e \in Element :
        /\ addTs[r][e] <= clock
        /\ remTs[r][e] <= clock
=============================================================================
