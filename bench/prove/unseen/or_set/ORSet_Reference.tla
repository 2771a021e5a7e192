---------------------------- MODULE ORSet_Reference ----------------------------
(***************************************************************************)
(* A hand-written inductive invariant for ORSet, used only to check that   *)
(* the benchmark has one; never given to the tool under test.              *)
(*                                                                         *)
(* Every tag in a replica's adds has already been created, so the next     *)
(* fresh tag is unused; and a replica only tombstones pairs it has         *)
(* observed, so its tombstones are among its adds.                         *)
(***************************************************************************)
EXTENDS ORSet

(* Every tag in any replica's adds is below the next fresh tag. *)
AddsCreated ==
    \A r \in Replica, e \in Elem, t \in Tag :
        <<e, t>> \in adds[r] => t < nextTag

(* A replica's tombstones are among its adds. *)
TombsObserved ==
    \A r \in Replica : tombs[r] \subseteq adds[r]

IndRef ==
    /\ TypeOK
    /\ UniqueTags
    /\ AddsCreated
    /\ TombsObserved
=============================================================================
