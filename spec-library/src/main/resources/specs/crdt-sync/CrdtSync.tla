------------------------------ MODULE CrdtSync ------------------------------
(***************************************************************************)
(* State-based CRDTs for local-first sync: an observed-remove set (OR-Set) *)
(* and a positive-negative counter (PN-Counter), as specified by Shapiro,  *)
(* Preguica, Baquero and Zawirski ("A comprehensive study of Convergent    *)
(* and Commutative Replicated Data Types", 2011; "Conflict-free            *)
(* Replicated Data Types", SSS 2011).                                      *)
(*                                                                         *)
(* Every replica holds a full copy of both objects and updates it locally  *)
(* without coordination (it may be offline).  Replicas synchronise by      *)
(* shipping their whole state (the payload); the receiver merges it into   *)
(* its own with the join of the payload's semilattice:                     *)
(*                                                                         *)
(*   OR-Set:  payload (A, R).  add(e) puts a pair <<e, dot>> with a fresh  *)
(*            unique tag into A; remove(e) puts into R (the tombstones)    *)
(*            every pair of e it has observed in A; lookup(e) holds iff    *)
(*            some pair of e is in A \ R; merge is union of A and of R.    *)
(*            A remove only cancels the adds it has observed, so an add    *)
(*            concurrent with a remove survives: add wins.                 *)
(*   PN-Counter: payload (P, N), one increment and one decrement entry     *)
(*            per replica; a replica only bumps its own entries; value =   *)
(*            sum(P) - sum(N); merge is the pointwise maximum.             *)
(*                                                                         *)
(* The unique tag of an update is its dot <<r, n>>: the n-th update        *)
(* issued by replica r.  No clocks are involved, so clock skew cannot      *)
(* affect the result (the seeded bug shows what happens when it does).     *)
(*                                                                         *)
(* Failures modelled: the network is the set of every payload ever sent    *)
(* (as in Lamport's Paxos specs).  A message may be delivered late, never  *)
(* (loss), more than once (duplication), to any replica, and in any order  *)
(* relative to other messages, including an old state of a replica after   *)
(* a newer one (reordering).  Replicas are offline for arbitrary periods   *)
(* (they just take no sync steps).  Merge is commutative, associative and  *)
(* idempotent, which is what makes all of this harmless.  Replica state    *)
(* is durable, so a crash is just a long offline period.                   *)
(*                                                                         *)
(* To state the guarantees, the spec keeps a history: the record of every  *)
(* update ever issued, and for each replica the set of updates whose       *)
(* effect it has (its own, and those carried in by merged payloads).       *)
(* The replicas issue at most MaxUpdates updates in all, so the model is   *)
(* finite.                                                                 *)
(***************************************************************************)
EXTENDS Integers, FiniteSets, TLC

CONSTANTS
    Replica,      \* the replicas (devices)
    Element,      \* the values that can be put into the set
    MaxUpdates    \* the number of updates the replicas may issue in all

ASSUME MaxUpdates \in Nat

(* The dot <<r, n>> names the n-th update issued by replica r.             *)
Dot == Replica \X (1..MaxUpdates)

(* The payload of a state-based CRDT replica, as shipped over the wire.    *)
(* delivered is history only: it travels with the payload so that the      *)
(* spec knows which updates a merged state reflects.                       *)
Payload == [A : SUBSET (Element \X Dot), R : SUBSET (Element \X Dot),
            P : [Replica -> 0..MaxUpdates], N : [Replica -> 0..MaxUpdates],
            delivered : SUBSET Dot]

(* History records of updates.  A remove records the dots of the adds it   *)
(* observed (and therefore cancels).                                       *)
SetUpdate == [dot : Dot, kind : {"add", "rmv"}, elem : Element,
              observed : SUBSET Dot]
CounterUpdate == [dot : Dot, kind : {"inc", "dec"}]

VARIABLES
    seq,        \* seq[r]: number of updates replica r has issued
    A,          \* A[r]: OR-Set add pairs <<e, dot>> known to r
    R,          \* R[r]: OR-Set tombstones (removed pairs) known to r
    P,          \* P[r][s]: increments by s known to r
    N,          \* N[r][s]: decrements by s known to r
    msgs,       \* the network: every payload ever sent
    updates,    \* history: every update issued so far
    delivered   \* history: delivered[r] = dots of the updates r reflects

vars == <<seq, A, R, P, N, msgs, updates, delivered>>

RECURSIVE SumOver(_, _)
(* The sum of f[x] over the finite set S.                                  *)
SumOver(f, S) ==
    IF S = {} THEN 0
    ELSE LET x == CHOOSE y \in S : TRUE IN f[x] + SumOver(f, S \ {x})

Max(a, b) == IF a >= b THEN a ELSE b

(* The queries: the contents of the set and the value of the counter at    *)
(* replica r.                                                              *)
Lookup(r) == {e \in Element : \E d \in Dot : <<e, d>> \in A[r] \ R[r]}
Value(r) == SumOver(P[r], Replica) - SumOver(N[r], Replica)

(* Replica r's whole state, ready to ship.                                 *)
PayloadOf(r) == [A |-> A[r], R |-> R[r], P |-> P[r], N |-> N[r],
                 delivered |-> delivered[r]]

(* The fresh dot of the next update issued by r.                           *)
NextDot(r) == <<r, seq[r] + 1>>

TypeOK ==
    /\ seq \in [Replica -> 0..MaxUpdates]
    /\ A \in [Replica -> SUBSET (Element \X Dot)]
    /\ R \in [Replica -> SUBSET (Element \X Dot)]
    /\ P \in [Replica -> [Replica -> 0..MaxUpdates]]
    /\ N \in [Replica -> [Replica -> 0..MaxUpdates]]
    /\ msgs \subseteq Payload
    /\ updates \subseteq SetUpdate \cup CounterUpdate
    /\ delivered \in [Replica -> SUBSET Dot]

Init ==
    /\ seq = [r \in Replica |-> 0]
    /\ A = [r \in Replica |-> {}]
    /\ R = [r \in Replica |-> {}]
    /\ P = [r \in Replica |-> [s \in Replica |-> 0]]
    /\ N = [r \in Replica |-> [s \in Replica |-> 0]]
    /\ msgs = {}
    /\ updates = {}
    /\ delivered = [r \in Replica |-> {}]

-----------------------------------------------------------------------------
(***************************************************************************)
(* Local updates.  Each takes effect at once at the issuing replica, with  *)
(* no communication, and consumes one dot.  CanIssue bounds the model.     *)
(***************************************************************************)

CanIssue == Cardinality(updates) < MaxUpdates

(* Issue an update with record u at replica r: advance r's dot counter     *)
(* and record that r reflects it.                                          *)
Issue(r, u) ==
    /\ seq' = [seq EXCEPT ![r] = @ + 1]
    /\ updates' = updates \cup {u}
    /\ delivered' = [delivered EXCEPT ![r] = @ \cup {u.dot}]

(* add(e) at r: tag e with the fresh dot and put the pair into A.          *)
Add(r, e) ==
    /\ CanIssue
    /\ A' = [A EXCEPT ![r] = @ \cup {<<e, NextDot(r)>>}]
    /\ Issue(r, [dot |-> NextDot(r), kind |-> "add", elem |-> e,
                 observed |-> {}])
    /\ UNCHANGED <<R, P, N, msgs>>

(* remove(e) at r, allowed when r sees e in the set: tombstone every       *)
(* pair of e that r has observed.  Adds r has not seen are unaffected.     *)
Remove(r, e) ==
    /\ CanIssue
    /\ e \in Lookup(r)
    /\ LET observed == {p \in A[r] : p[1] = e}
       IN  /\ R' = [R EXCEPT ![r] = @ \cup observed]
           /\ Issue(r, [dot |-> NextDot(r), kind |-> "rmv", elem |-> e,
                        observed |-> {p[2] : p \in observed}])
    /\ UNCHANGED <<A, P, N, msgs>>

(* increment() at r: bump r's own entry of P.                              *)
Increment(r) ==
    /\ CanIssue
    /\ P' = [P EXCEPT ![r][r] = @ + 1]
    /\ Issue(r, [dot |-> NextDot(r), kind |-> "inc"])
    /\ UNCHANGED <<A, R, N, msgs>>

(* decrement() at r: bump r's own entry of N.                              *)
Decrement(r) ==
    /\ CanIssue
    /\ N' = [N EXCEPT ![r][r] = @ + 1]
    /\ Issue(r, [dot |-> NextDot(r), kind |-> "dec"])
    /\ UNCHANGED <<A, R, P, msgs>>

-----------------------------------------------------------------------------
(***************************************************************************)
(* Synchronisation over an unreliable network.                             *)
(***************************************************************************)

(* Replica r ships its current state.  (Sending a state identical to one   *)
(* sent before adds nothing, so the model does not.)                       *)
Send(r) ==
    /\ PayloadOf(r) \notin msgs
    /\ msgs' = msgs \cup {PayloadOf(r)}
    /\ UNCHANGED <<seq, A, R, P, N, updates, delivered>>

(* Replica r receives payload m and merges it into its own state: the      *)
(* join of the semilattice.  m stays on the network: it may be delivered   *)
(* again (duplication), to r or to any other replica, at any later time.   *)
Receive(r, m) ==
    /\ m \in msgs
    /\ A' = [A EXCEPT ![r] = @ \cup m.A]
    /\ R' = [R EXCEPT ![r] = @ \cup m.R]
    /\ P' = [P EXCEPT ![r] = [s \in Replica |-> Max(@[s], m.P[s])]]
    /\ N' = [N EXCEPT ![r] = [s \in Replica |-> Max(@[s], m.N[s])]]
    /\ delivered' = [delivered EXCEPT ![r] = @ \cup m.delivered]
    /\ UNCHANGED <<seq, msgs, updates>>

-----------------------------------------------------------------------------
Next ==
    \E r \in Replica :
       \/ \E e \in Element : Add(r, e) \/ Remove(r, e)
       \/ Increment(r) \/ Decrement(r)
       \/ Send(r)
       \/ \E m \in msgs : Receive(r, m)

Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Fairness for anti-entropy: every replica eventually ships its latest    *)
(* state, and a replica eventually merges a payload that would teach it    *)
(* something (in practice: replicas re-ship periodically, so over a        *)
(* fair-loss link some copy gets through).  Updates are never forced.      *)
(***************************************************************************)
ReceiveAny(r) == \E m \in msgs : Receive(r, m)

FairSpec ==
    /\ Spec
    /\ \A r \in Replica : WF_vars(Send(r)) /\ WF_vars(ReceiveAny(r))

-----------------------------------------------------------------------------
(***************************************************************************)
(* The add-wins specification, stated on the history: what replica r       *)
(* should show given the updates it reflects.                              *)
(***************************************************************************)
Visible(r) == {u \in updates : u.dot \in delivered[r]}

(* An add of e visible at r that no remove visible at r has observed.      *)
LiveAdd(r, e) ==
    \E a \in Visible(r) :
       /\ a.kind = "add" /\ a.elem = e
       /\ ~ \E d \in Visible(r) :
               d.kind = "rmv" /\ d.elem = e /\ a.dot \in d.observed

NumVisible(r, kind) == Cardinality({u \in Visible(r) : u.kind = kind})

(***************************************************************************)
(* Safety.                                                                 *)
(***************************************************************************)

(* Strong eventual consistency: replicas that have received the same       *)
(* updates have equal state, whatever the order in which payloads were     *)
(* delivered and however many times; so they show the same set and the     *)
(* same counter value.                                                     *)
StrongConvergence ==
    \A r, s \in Replica :
       delivered[r] = delivered[s] => PayloadOf(r) = PayloadOf(s)

(* Add wins: if a replica has seen an add of e that no remove it has       *)
(* seen had observed (for instance an add concurrent with a remove), e     *)
(* is in its set.                                                          *)
AddWins ==
    \A r \in Replica : \A e \in Element : LiveAdd(r, e) => e \in Lookup(r)

(* A remove cancels the adds it observed: if every add of e a replica      *)
(* has seen was observed by some remove it has seen, e is not in its set.  *)
RemoveCancelsObservedAdds ==
    \A r \in Replica : \A e \in Element : e \in Lookup(r) => LiveAdd(r, e)

(* The counter counts exactly the increments and decrements a replica      *)
(* has seen: none lost, none counted twice.                                *)
CounterExact ==
    \A r \in Replica : Value(r) = NumVisible(r, "inc") - NumVisible(r, "dec")

(***************************************************************************)
(* Liveness: once replicas stop updating, anti-entropy brings every        *)
(* replica to reflect every update, and all replicas show the same state.  *)
(***************************************************************************)
Converged ==
    \A r, s \in Replica :
       /\ delivered[r] = {u.dot : u \in updates}
       /\ Lookup(r) = Lookup(s)
       /\ Value(r) = Value(s)

EventualConvergence == <>[]Converged

(* Replicas are interchangeable, and so are elements.                      *)
Perms == Permutations(Replica) \cup Permutations(Element)

=============================================================================
