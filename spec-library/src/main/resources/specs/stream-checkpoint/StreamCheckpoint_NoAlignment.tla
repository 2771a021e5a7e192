--------------------- MODULE StreamCheckpoint_NoAlignment ---------------------
(***************************************************************************)
(* Seeded bug: the operator snapshots before aligning the barriers of all *)
(* its inputs.  It does not block an input whose barrier has arrived: it  *)
(* keeps taking records from it while it waits for the barriers of the    *)
(* other inputs, and records its state when the last one arrives.  That   *)
(* state then reflects records sent after the barrier, i.e. after the     *)
(* source's snapshot: the completed checkpoint is not a consistent cut    *)
(* (CompletedCheckpointIsConsistentCut is violated).  After a failure,    *)
(* the source replays those records and they are counted twice.          *)
(***************************************************************************)
EXTENDS StreamCheckpoint

\* The operator takes the next record from input s, blocked or not.
ProcessIgnoringBarriers(s) ==
    /\ chan[s] # <<>>
    /\ Head(chan[s]).type = "record"
    /\ chan' = [chan EXCEPT ![s] = Tail(@)]
    /\ processed' = [processed EXCEPT ![s] = @ + 1]
    /\ out' = Append(out, Record(SumOver(processed, Sources) + 1))
    /\ UNCHANGED <<emitted, blocked, consumed, ckptVars, completed, failures>>

BuggyNext ==
    \/ \E s \in Sources : Emit(s) \/ SourceSnapshot(s) \/ ProcessIgnoringBarriers(s)
                          \/ ReceiveBarrier(s)
    \/ TriggerCheckpoint
    \/ OperatorSnapshot
    \/ SinkProcess
    \/ SinkSnapshot
    \/ CompleteCheckpoint
    \/ FailAndRecover

BuggySpec == Init /\ [][BuggyNext]_vars
=============================================================================
