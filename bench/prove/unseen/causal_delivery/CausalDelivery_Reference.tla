---------------------- MODULE CausalDelivery_Reference ----------------------
(***************************************************************************)
(* A hand-written inductive invariant for CausalDelivery, used only to     *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* No process has delivered more messages from j than j has broadcast, and *)
(* the stamp of each message j has broadcast carries its own sequence      *)
(* number in j's entry, so delivering "the next message from j" delivers   *)
(* exactly j's next sequence number.                                       *)
(***************************************************************************)
EXTENDS CausalDelivery

(* No process has delivered a message from j that j has not broadcast. *)
DeliveredSent ==
    \A p, j \in Proc : vc[p][j] <= vc[j][j]

(* j's n-th message, once broadcast, carries n in j's entry of its stamp. *)
StampOwnEntry ==
    \A j \in Proc, n \in SeqNo : n <= vc[j][j] => stamp[j][n][j] = n

IndRef ==
    /\ TypeOK
    /\ CausalOrder
    /\ DeliveredSent
    /\ StampOwnEntry
=============================================================================
