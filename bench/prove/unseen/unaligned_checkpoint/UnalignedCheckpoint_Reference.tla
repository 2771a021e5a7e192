--------------------- MODULE UnalignedCheckpoint_Reference ---------------------
EXTENDS UnalignedCheckpoint

\* Every record emitted is either processed or still in the channel.
RecordsConserved == count + RecordsIn(chan, Len(chan)) = offset

\* A barrier in the channel belongs to the current checkpoint, which the
\* operator has not snapshotted yet.
BarrierIsPending ==
    \A i \in 1 .. Len(chan) :
        chan[i].type = "barrier" => chan[i].id = ckpt /\ opCk # ckpt

\* At most one barrier is in the channel.
OneBarrier ==
    \A i, j \in 1 .. Len(chan) :
        chan[i].type = "barrier" /\ chan[j].type = "barrier" => i = j

\* The barrier cuts the stream where the source recorded its offset: the
\* records processed plus those in front of the barrier are srcSnap.
BarrierAtCut ==
    \A i \in 1 .. Len(chan) :
        chan[i].type = "barrier" => count + RecordsIn(chan, i - 1) = srcSnap

IndRef ==
    /\ TypeOK
    /\ ConsistentSnapshot
    /\ RecordsConserved
    /\ BarrierIsPending
    /\ OneBarrier
    /\ BarrierAtCut

=============================================================================
