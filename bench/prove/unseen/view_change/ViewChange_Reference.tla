------------------------- MODULE ViewChange_Reference -------------------------
(***************************************************************************)
(* A hand-written inductive invariant for ViewChange, used only to check   *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* An active node is the primary of its view.                              *)
(***************************************************************************)
EXTENDS ViewChange

(* A node acts as primary only in a view it is the primary of. *)
ActiveIsPrimary ==
    \A n \in Node : active[n] => Primary(view[n]) = n

IndRef ==
    /\ TypeOK
    /\ OnePrimaryPerView
    /\ ActiveIsPrimary
=============================================================================
