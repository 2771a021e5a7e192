----------------------- MODULE DeltaCrdtSync_Reference -----------------------
EXTENDS DeltaCrdtSync

(* The hub's ack map never runs ahead of its counter, nor behind the start *)
(* of its buffer (it collects only what every neighbour acknowledged).     *)
AckWithinBuffer ==
    \A l \in Leaf : buf.base <= ack[l] /\ ack[l] <= Ctr

(* Every buffered delta that neighbour l has acknowledged is in l's state. *)
AckedDeltasDelivered ==
    \A l \in Leaf : \A k \in Seqs : k < ack[l] => Entry(k) <= x[l]

(* An ack in flight from l carries a tag no greater than the hub's counter *)
(* and l's state already contains every buffered delta below the tag.      *)
AckInFlightSound ==
    \A l \in Leaf :
        link[l].type = "ack" =>
            /\ link[l].n <= Ctr
            /\ \A k \in Seqs : k < link[l].n => Entry(k) <= x[l]

(* A delta message in flight to l carries a tag no greater than the hub's  *)
(* counter, and its payload contains every buffered delta from ack[l] up   *)
(* to the tag.                                                             *)
DeltaInFlightSound ==
    \A l \in Leaf :
        link[l].type = "delta" =>
            /\ link[l].n <= Ctr
            /\ \A k \in Seqs : (ack[l] <= k /\ k < link[l].n) => Entry(k) <= link[l].val

IndRef ==
    /\ TypeOK
    /\ NoIncrementLost
    /\ AckWithinBuffer
    /\ AckedDeltasDelivered
    /\ AckInFlightSound
    /\ DeltaInFlightSound
=============================================================================
