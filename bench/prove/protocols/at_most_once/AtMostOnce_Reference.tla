------------------------- MODULE AtMostOnce_Reference -------------------------
(***************************************************************************)
(* A hand-written inductive invariant for AtMostOnce, used only to check   *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* The receiver has delivered exactly the messages before the one it       *)
(* expects.                                                                *)
(***************************************************************************)
EXTENDS AtMostOnce

(* The receiver has delivered expected - 1 messages. *)
DeliveredCount ==
    Len(delivered) = expected - 1

IndRef ==
    /\ TypeOK
    /\ InOrderOnce
    /\ DeliveredCount
=============================================================================
