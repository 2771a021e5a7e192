-------------------- MODULE HirschbergSinclair_Reference --------------------
(***************************************************************************)
(* A hand-written inductive invariant for HirschbergSinclair, used only to *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* A probe is relayed only by nodes with smaller ids, so a probe h hops    *)
(* out has passed h-1 nodes all smaller than its origin.  A probe back at  *)
(* its origin has passed every other node: its origin has the largest id, *)
(* and only one node can.                                                  *)
(***************************************************************************)
EXTENDS HirschbergSinclair

(* Every node a probe has passed has a smaller id than the probe's origin. *)
ProbePassedSmaller ==
    \A i \in Node, d \in Dir : probe[i, d] \in 1..N =>
        \A m \in 1..(probe[i, d] - 1) : Hop(i, d, m) < i

IndRef ==
    /\ TypeOK
    /\ AtMostOneLeader
    /\ ProbePassedSmaller
=============================================================================
