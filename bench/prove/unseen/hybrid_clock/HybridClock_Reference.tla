------------------------- MODULE HybridClock_Reference -------------------------
(***************************************************************************)
(* A hand-written inductive invariant for HybridClock, used only to check  *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* The physical clocks are within Eps of each other, and neither a node's  *)
(* logical time nor the logical time carried by a message in flight is     *)
(* ahead of every physical clock: each is at most some node's physical    *)
(* time, hence at most Eps ahead of any node's.                            *)
(***************************************************************************)
EXTENDS HybridClock

(* The physical clocks are within Eps of each other. *)
ClockSkew ==
    \A n, m \in Node : pt[n] <= pt[m] + Eps

(* Every node's logical time is at most some node's physical time. *)
LogicalBelowPhysical ==
    \A n \in Node : \E m \in Node : l[n] <= pt[m]

(* The logical time of a message in flight is at most some node's          *)
(* physical time.                                                          *)
MessageBelowPhysical ==
    \A n \in Node : inFlight[n] => \E m \in Node : msgL[n] <= pt[m]

IndRef ==
    /\ TypeOK
    /\ BoundedOffset
    /\ ClockSkew
    /\ LogicalBelowPhysical
    /\ MessageBelowPhysical
=============================================================================
