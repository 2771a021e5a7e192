--------------------- MODULE ReliableBroadcast_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for ReliableBroadcast, used only to  *)
(* check that the benchmark has one; never given to the tool under test.   *)
(***************************************************************************)
EXTENDS ReliableBroadcast

(* Every copy in flight carries the broadcast value. *)
CopiesOfBroadcast ==
    \A n \in Node, v \in Value : <<n, v>> \in msgs => v = bval

IndRef ==
    /\ TypeOK
    /\ Integrity
    /\ CopiesOfBroadcast
=============================================================================
