--------------------- MODULE AlignedCheckpoint_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for AlignedCheckpoint, used only to  *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* The channel carries exactly the records emitted but not yet processed,  *)
(* and each barrier in it carries a source snapshot equal to the records   *)
(* the operator will have processed when it reaches the barrier.  The      *)
(* barriers in the channel are of triggered, incomplete checkpoints, in    *)
(* increasing order, and only triggered checkpoints are complete.          *)
(***************************************************************************)
EXTENDS AlignedCheckpoint, FiniteSets

(* The number of records among the first n items of the channel. *)
RecordsBefore(n) == Cardinality({i \in 1 .. n : chan[i] = Record})

(* Records are neither lost nor duplicated: the operator's count plus the  *)
(* records in the channel is the source's offset.                          *)
RecordsInFlight ==
    count + RecordsBefore(Len(chan)) = offset

(* A barrier's source snapshot counts the records processed and those      *)
(* ahead of it in the channel.                                             *)
BarrierSnapshot ==
    \A i \in 1 .. Len(chan) :
        chan[i] # Record => srcSnap[chan[i]] = count + RecordsBefore(i - 1)

(* A barrier in the channel is of a triggered checkpoint not yet complete. *)
BarrierPending ==
    \A i \in 1 .. Len(chan) :
        chan[i] # Record => chan[i] < nextCkpt /\ chan[i] \notin acked

(* Barriers travel in the order their checkpoints were triggered. *)
BarriersOrdered ==
    \A i, j \in 1 .. Len(chan) :
        i < j /\ chan[i] # Record /\ chan[j] # Record => chan[i] < chan[j]

(* Only triggered checkpoints are complete. *)
AckedTriggered ==
    \A k \in acked : k < nextCkpt

IndRef ==
    /\ TypeOK
    /\ ConsistentCheckpoint
    /\ RecordsInFlight
    /\ BarrierSnapshot
    /\ BarrierPending
    /\ BarriersOrdered
    /\ AckedTriggered
=============================================================================
