---------------- MODULE StreamCheckpoint_SnapshotOnFirstBarrier ----------------
(***************************************************************************)
(* Seeded bug: the operator records its state as soon as the first        *)
(* barrier of a checkpoint arrives, without waiting for the barriers of   *)
(* its other inputs, and never blocks an input.  This is the first step  *)
(* of Chandy-Lamport without the second: records still in flight on the  *)
(* other inputs (sent before their source's snapshot, received after the  *)
(* operator's) belong to the cut's channel state, which barrier           *)
(* snapshotting does not record.  The completed checkpoint misses them    *)
(* (CompletedCheckpointLosesNoRecord is violated); after a failure the    *)
(* source does not replay them, so they are lost.                         *)
(***************************************************************************)
EXTENDS StreamCheckpoint

\* A barrier arrives on input s.  If the operator has not yet recorded its
\* state for the checkpoint, it does so now and sends the barrier on; a
\* later barrier of the same checkpoint is dropped.
SnapshotOnBarrier(s) ==
    /\ chan[s] # <<>>
    /\ Head(chan[s]).type = "barrier"
    /\ chan' = [chan EXCEPT ![s] = Tail(@)]
    /\ IF pending /\ ~opAcked /\ Head(chan[s]).val = ckpt
          THEN /\ opSnap' = processed
               /\ opAcked' = TRUE
               /\ out' = Append(out, Barrier(ckpt))
          ELSE UNCHANGED <<opSnap, opAcked, out>>
    /\ UNCHANGED <<emitted, processed, blocked, consumed, ckpt, pending,
                   srcSnap, srcAcked, sinkSnap, sinkAcked, completed, failures>>

BuggyNext ==
    \/ \E s \in Sources : Emit(s) \/ SourceSnapshot(s) \/ Process(s)
                          \/ SnapshotOnBarrier(s)
    \/ TriggerCheckpoint
    \/ SinkProcess
    \/ SinkSnapshot
    \/ CompleteCheckpoint
    \/ FailAndRecover

BuggySpec == Init /\ [][BuggyNext]_vars
=============================================================================
