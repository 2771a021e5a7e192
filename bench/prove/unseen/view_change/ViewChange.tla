------------------------------ MODULE ViewChange ------------------------------
(***************************************************************************)
(* View change in primary-backup replication, in the style of Viewstamped  *)
(* Replication, on nodes 0 .. N-1 and views 0 .. MaxView.                   *)
(*                                                                         *)
(* The primary of view v is fixed: node v % N.  A node that suspects the   *)
(* primary of its view moves to a higher view and sends a DoViewChange     *)
(* acknowledgement of that view to the view's primary.  The primary of a  *)
(* view becomes active only once a quorum (a strict majority) of nodes has *)
(* acknowledged the view; it then broadcasts StartView, and nodes behind   *)
(* it join the view as backups.  A node that moves to a higher view stops  *)
(* acting as primary.  A deposed primary that has not yet heard of a       *)
(* higher view keeps acting in its old one.  Initially everybody is in    *)
(* view 0, whose primary is active.                                        *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    N,        \* The number of nodes.
    MaxView   \* The highest view.

ASSUME N \in Nat /\ N >= 2 /\ MaxView \in Nat /\ MaxView >= 1

Node == 0 .. (N - 1)
View == 0 .. MaxView

(* The primary of view v. *)
Primary(v) == v % N

(* Strict majorities of the nodes. *)
Quorum == {Q \in SUBSET Node : 2 * Cardinality(Q) > N}

VARIABLES
    view,     \* view[n]: the view node n is in.
    active,   \* active[n]: node n acts as the primary of view[n].
    dvc,      \* DoViewChange messages: node src acknowledges view v (to Primary(v)).
    sv        \* StartView messages: the views whose primary has broadcast StartView.

vars == <<view, active, dvc, sv>>

TypeOK ==
    /\ view \in [Node -> View]
    /\ active \in [Node -> BOOLEAN]
    /\ dvc \in SUBSET [src : Node, view : 1 .. MaxView]
    /\ sv \in SUBSET (1 .. MaxView)

Init ==
    /\ view = [n \in Node |-> 0]
    /\ active = [n \in Node |-> n = Primary(0)]
    /\ dvc = {}
    /\ sv = {}

(* Node n suspects its primary, moves to the higher view v, stops acting   *)
(* as primary and acknowledges v to the primary of v.                      *)
StartViewChange(n, v) ==
    /\ v > view[n]
    /\ view' = [view EXCEPT ![n] = v]
    /\ active' = [active EXCEPT ![n] = FALSE]
    /\ dvc' = dvc \cup {[src |-> n, view |-> v]}
    /\ UNCHANGED sv

(* Node n, the primary of its view, has acknowledgements of the view from  *)
(* a quorum, becomes active and broadcasts StartView.                      *)
BecomePrimary(n) ==
    /\ Primary(view[n]) = n
    /\ ~active[n]
    /\ \E Q \in Quorum : \A q \in Q : [src |-> q, view |-> view[n]] \in dvc
    /\ active' = [active EXCEPT ![n] = TRUE]
    /\ sv' = sv \cup {view[n]}
    /\ UNCHANGED <<view, dvc>>

(* Node n receives StartView of a view v above its own and joins it as a   *)
(* backup.                                                                 *)
JoinView(n, v) ==
    /\ v \in sv
    /\ v > view[n]
    /\ view' = [view EXCEPT ![n] = v]
    /\ active' = [active EXCEPT ![n] = FALSE]
    /\ UNCHANGED <<dvc, sv>>

Next ==
    \E n \in Node :
        \/ BecomePrimary(n)
        \/ \E v \in View : StartViewChange(n, v) \/ JoinView(n, v)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No two nodes are active primaries in the same view. *)
OnePrimaryPerView ==
    \A n, m \in Node :
        active[n] /\ active[m] /\ view[n] = view[m] => n = m
=============================================================================
