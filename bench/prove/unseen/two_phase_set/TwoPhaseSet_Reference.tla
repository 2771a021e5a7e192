------------------------- MODULE TwoPhaseSet_Reference -------------------------
(***************************************************************************)
(* A hand-written inductive invariant for TwoPhaseSet, used only to check  *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* A snapshot is taken of a replica's state, which satisfies the safety   *)
(* property, so every snapshot in flight satisfies it too; merging such a *)
(* snapshot keeps the remove set inside the add set.                      *)
(***************************************************************************)
EXTENDS TwoPhaseSet

(* Every snapshot in flight has its tombstones among its adds. *)
MsgTombstoneHasAdd ==
    \A m \in msgs : m.tombs \subseteq m.adds

IndRef ==
    /\ TypeOK
    /\ TombstoneHasAdd
    /\ MsgTombstoneHasAdd
=============================================================================
