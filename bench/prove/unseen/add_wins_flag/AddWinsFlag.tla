----------------------------- MODULE AddWinsFlag -----------------------------
(***************************************************************************)
(* An enable-wins flag: a state-based CRDT with a dot store and a causal  *)
(* context, as in the "ORSWOT"-style optimized CRDTs of Riak (riak_dt     *)
(* enable-wins flag) and Akka Distributed Data, and the EWFlag of Almeida, *)
(* Shoker and Baquero ("Delta State Replicated Data Types", 2018).        *)
(*                                                                         *)
(* Each replica keeps                                                      *)
(*   - a set of enable dots <<q, n>> (the n-th event issued by replica q) *)
(*     whose presence means "enabled": the flag is on iff the set is not  *)
(*     empty;                                                              *)
(*   - a causal context: the dots it has seen, compacted into a version   *)
(*     vector (dot <<q, n>> is seen iff n <= ctx[q]).  The replica's own  *)
(*     entry ctx[r][r] is its event counter.                               *)
(*                                                                         *)
(*   enable at r:  issue a fresh dot <<r, ctx[r][r] + 1>> and replace all *)
(*                 observed dots by it;                                    *)
(*   disable at r: drop all observed dots (the context keeps them, so the *)
(*                 removal is remembered);                                 *)
(*   merge:        keep a dot if both sides have it, or if one side has   *)
(*                 it and the other side has not seen it (it is not in    *)
(*                 the other's context); join the contexts (pointwise     *)
(*                 maximum).  A disable therefore only cancels the enables *)
(*                 it has observed: a concurrent enable wins.              *)
(*                                                                         *)
(* Replicas synchronise by sending their full state.  Each replica has a  *)
(* one-message buffer holding the latest state sent to it and not yet     *)
(* merged; a newer send overwrites it (the network may lose states, which *)
(* a state-based CRDT tolerates).  An empty buffer holds the bottom state *)
(* (no dots, empty context), whose merge would change nothing.            *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Replica,    \* the replicas
    MaxEvents   \* enable events each replica may issue, at most

ASSUME MaxEvents \in Nat

Dot == Replica \X (1 .. MaxEvents)
VV == [Replica -> 0 .. MaxEvents]

\* A replica's state, as shipped over the network.
State == [dots : SUBSET Dot, ctx : VV]
Bottom == [dots |-> {}, ctx |-> [q \in Replica |-> 0]]

Max(a, b) == IF a >= b THEN a ELSE b

\* Dot d is in the causal context (version vector) c.
Seen(d, c) == d[2] <= c[d[1]]

\* The join of two states.
Merge(a, b) ==
    [dots |-> (a.dots \cap b.dots)
                \cup {d \in a.dots : ~Seen(d, b.ctx)}
                \cup {d \in b.dots : ~Seen(d, a.ctx)},
     ctx  |-> [q \in Replica |-> Max(a.ctx[q], b.ctx[q])]]

VARIABLES
    dots,    \* dots[r]: the enable dots held by replica r
    ctx,     \* ctx[r]: the causal context of replica r
    inbox    \* inbox[r]: state sent to r, not yet merged (Bottom: none)

vars == <<dots, ctx, inbox>>

TypeOK ==
    /\ dots \in [Replica -> SUBSET Dot]
    /\ ctx \in [Replica -> VV]
    /\ inbox \in [Replica -> State]

StateOf(r) == [dots |-> dots[r], ctx |-> ctx[r]]

\* The value of the flag at replica r.
Enabled(r) == dots[r] # {}

Init ==
    /\ dots = [r \in Replica |-> {}]
    /\ ctx = [r \in Replica |-> [q \in Replica |-> 0]]
    /\ inbox = [r \in Replica |-> Bottom]

(***************************************************************************)
(* enable at r: a fresh dot replaces the dots r has observed.             *)
(***************************************************************************)
Enable(r) ==
    /\ ctx[r][r] < MaxEvents
    /\ dots' = [dots EXCEPT ![r] = {<<r, ctx[r][r] + 1>>}]
    /\ ctx' = [ctx EXCEPT ![r][r] = @ + 1]
    /\ UNCHANGED inbox

(***************************************************************************)
(* disable at r: remove the dots r has observed.                          *)
(***************************************************************************)
Disable(r) ==
    /\ dots[r] # {}
    /\ dots' = [dots EXCEPT ![r] = {}]
    /\ UNCHANGED <<ctx, inbox>>

(***************************************************************************)
(* r ships its full state to s (overwriting an undelivered state).        *)
(***************************************************************************)
Send(r, s) ==
    /\ r # s
    /\ inbox' = [inbox EXCEPT ![s] = StateOf(r)]
    /\ UNCHANGED <<dots, ctx>>

(***************************************************************************)
(* r merges the state in its buffer into its own.                         *)
(***************************************************************************)
Receive(r) ==
    /\ inbox[r] # Bottom
    /\ LET m == Merge(StateOf(r), inbox[r])
       IN  /\ dots' = [dots EXCEPT ![r] = m.dots]
           /\ ctx' = [ctx EXCEPT ![r] = m.ctx]
    /\ inbox' = [inbox EXCEPT ![r] = Bottom]

Next ==
    \E r \in Replica :
        \/ Enable(r)
        \/ Disable(r)
        \/ Receive(r)
        \/ \E s \in Replica : Send(r, s)

Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Safety: every dot a replica holds is in that replica's causal context, *)
(* and was issued by its owner (its counter is at most the owner's event  *)
(* counter).                                                               *)
(***************************************************************************)
DotsCoveredAndIssued ==
    \A r \in Replica : \A d \in dots[r] :
        /\ Seen(d, ctx[r])
        /\ d[2] <= ctx[d[1]][d[1]]

=============================================================================
