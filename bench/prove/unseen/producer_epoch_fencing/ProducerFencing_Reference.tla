--------------------- MODULE ProducerFencing_Reference ---------------------
EXTENDS ProducerFencing

(***************************************************************************)
(* A producer that is in a transaction is registered; if it holds the      *)
(* latest epoch, the coordinator has that transaction ongoing with all the *)
(* partitions the producer added.                                          *)
(***************************************************************************)
ProducerTxnAtCoordinator ==
    \A e \in Epoch :
       pParts[e] # {} =>
          /\ e <= tcEpoch
          /\ e = tcEpoch => tcState = "Ongoing" /\ pParts[e] \subseteq tcParts

(***************************************************************************)
(* A fenced producer can still get a batch accepted by a partition of its  *)
(* transaction only while the ABORT marker of the newer epoch is on its    *)
(* way there; otherwise the partition has seen a newer epoch.              *)
(***************************************************************************)
ZombieFencedAtBrokers ==
    \A e \in Epoch : \A q \in pParts[e] :
       e < tcEpoch =>
          \/ qEpoch[q] > e
          \/ tcState = "PrepareAbort" /\ q \in tcParts

(***************************************************************************)
(* The open batches of a partition belong to the transaction the           *)
(* coordinator has in progress, which has the partition and has not had    *)
(* its marker there; batches of an older epoch are open only while that    *)
(* transaction is being aborted.                                           *)
(***************************************************************************)
OpenBatchesInCurrentTxn ==
    \A q \in Partition : \A d \in open[q] :
       /\ q \in tcParts
       /\ tcState \in {"Ongoing", "PrepareCommit", "PrepareAbort"}
       /\ d = tcEpoch \/ (d < tcEpoch /\ tcState = "PrepareAbort")

IndRef ==
    /\ TypeOK
    /\ FencedNeverCommitted
    /\ ProducerTxnAtCoordinator
    /\ ZombieFencedAtBrokers
    /\ OpenBatchesInCurrentTxn
=============================================================================
