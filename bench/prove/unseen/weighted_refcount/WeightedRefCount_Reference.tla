---------------------- MODULE WeightedRefCount_Reference ----------------------
(***************************************************************************)
(* A hand-written inductive invariant for WeightedRefCount, used only to   *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* Copying splits a weight and receiving moves it, so the weight held by   *)
(* the processes plus the weight in messages never exceeds the owner's     *)
(* total (losing a message only lowers it).  Every reference and message   *)
(* has weight at least 1, so a zero total means none exists.               *)
(***************************************************************************)
EXTENDS WeightedRefCount

(* The sum of ref[p] over the processes in P. *)
RECURSIVE HeldWeight(_)
HeldWeight(P) ==
    IF P = {} THEN 0
    ELSE LET p == CHOOSE x \in P : TRUE IN ref[p] + HeldWeight(P \ {p})

(* The sum of the weights of the messages in S. *)
RECURSIVE MsgWeight(_)
MsgWeight(S) ==
    IF S = {} THEN 0
    ELSE LET m == CHOOSE x \in S : TRUE IN m.w + MsgWeight(S \ {m})

(* Held and in-transit weight never exceeds the owner's total. *)
WeightBounded ==
    HeldWeight(Proc) + MsgWeight(msgs) <= total

IndRef ==
    /\ TypeOK
    /\ NoCollectionWhileReferenced
    /\ WeightBounded
=============================================================================
