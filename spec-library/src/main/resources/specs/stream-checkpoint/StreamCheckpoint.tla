--------------------------- MODULE StreamCheckpoint ---------------------------
(***************************************************************************)
(* Checkpointing a streaming dataflow with barriers: the asynchronous     *)
(* barrier snapshotting of Flink, a variant of the Chandy-Lamport         *)
(* snapshot algorithm for dataflows.                                      *)
(*                                                                         *)
(* The dataflow: every source in Sources sends records over its own FIFO *)
(* channel to one operator with several inputs (a union or a join).  The *)
(* operator folds each record into its state and sends one record on to  *)
(* a sink, which folds it into its own state.                            *)
(*                                                                         *)
(*     source s1 --chan[s1]--\                                            *)
(*                            >-- operator --out--> sink                  *)
(*     source s2 --chan[s2]--/                                            *)
(*                                                                         *)
(* A checkpoint coordinator starts checkpoint n by telling the sources.  *)
(* A source records its state (its offset: how many records it has       *)
(* emitted) and sends a barrier n down its channel, between the records  *)
(* of before and after the checkpoint (the marker of Chandy-Lamport).    *)
(* The operator aligns barriers: when barrier n arrives on an input, it   *)
(* blocks that input (takes no more records from it); when barrier n has *)
(* arrived on every input, it records its state, sends barrier n on to   *)
(* the sink and unblocks its inputs.  The sink records its state when    *)
(* the barrier arrives.  Every task acknowledges its snapshot to the      *)
(* coordinator, which declares checkpoint n complete when all have done  *)
(* so.  Alignment makes the recorded state of every channel empty, so a  *)
(* checkpoint needs no channel state.                                     *)
(*                                                                         *)
(* A completed checkpoint must be a consistent cut: no task's snapshot    *)
(* reflects a record that the sender's snapshot had not yet sent.  As no *)
(* channel state is recorded, it must also miss no record that was sent  *)
(* before the cut.  Then restoring it yields exactly-once state.          *)
(*                                                                         *)
(* Failures modelled: any task may fail (at most MaxFailures times); the *)
(* whole job then restarts from the latest completed checkpoint: sources *)
(* rewind to their recorded offsets and replay, operator and sink reload *)
(* their recorded state, records in flight and the checkpoint in         *)
(* progress are lost.  Channels are reliable and FIFO between failures,  *)
(* as the algorithm requires.                                             *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, TLC

CONSTANTS
    Sources,         \* the sources, i.e. the inputs of the operator (model values)
    MaxRecords,      \* records emitted by each source, at most
    MaxCheckpoints,  \* checkpoints triggered, at most
    MaxFailures      \* failures (job restarts), at most

ASSUME /\ Sources # {}
       /\ MaxRecords \in Nat
       /\ MaxCheckpoints \in Nat
       /\ MaxFailures \in Nat

\* Sum of f[x] over the x in S.
RECURSIVE SumOver(_, _)
SumOver(f, S) ==
    IF S = {} THEN 0
    ELSE LET x == CHOOSE x \in S : TRUE IN f[x] + SumOver(f, S \ {x})

MaxOut == Cardinality(Sources) * MaxRecords   \* records the operator can send

\* Messages on a channel: the n-th record, or the barrier of checkpoint n.
Record(n) == [type |-> "record", val |-> n]
Barrier(n) == [type |-> "barrier", val |-> n]
Messages == {Record(n) : n \in 1 .. MaxOut} \cup {Barrier(n) : n \in 1 .. MaxCheckpoints}

\* Number of records (not barriers) in a channel.
RECURSIVE RecordsIn(_)
RecordsIn(q) ==
    IF q = <<>> THEN 0
    ELSE (IF Head(q).type = "record" THEN 1 ELSE 0) + RecordsIn(Tail(q))

VARIABLES
    emitted,     \* emitted[s]: records source s has emitted (its offset)
    chan,        \* chan[s]: FIFO channel from source s to the operator
    processed,   \* processed[s]: records of input s in the operator's state
    blocked,     \* inputs blocked by the operator while aligning barriers
    out,         \* FIFO channel from the operator to the sink
    consumed,    \* records in the sink's state
    ckpt,        \* id of the latest checkpoint triggered
    pending,     \* TRUE while checkpoint ckpt is in progress
    srcSnap,     \* srcSnap[s]: offset recorded by source s for checkpoint ckpt
    srcAcked,    \* sources that have acknowledged checkpoint ckpt
    opSnap,      \* operator state recorded for checkpoint ckpt
    opAcked,     \* TRUE when the operator has acknowledged checkpoint ckpt
    sinkSnap,    \* sink state recorded for checkpoint ckpt
    sinkAcked,   \* TRUE when the sink has acknowledged checkpoint ckpt
    completed,   \* the latest completed checkpoint (id 0: the initial state)
    failures     \* failures so far

taskVars == <<emitted, chan, processed, blocked, out, consumed>>
ckptVars == <<ckpt, pending, srcSnap, srcAcked, opSnap, opAcked, sinkSnap, sinkAcked>>
vars == <<taskVars, ckptVars, completed, failures>>

Zero == [s \in Sources |-> 0]

TypeOK ==
    /\ emitted \in [Sources -> 0 .. MaxRecords]
    /\ chan \in [Sources -> Seq(Messages)]
    /\ processed \in [Sources -> 0 .. MaxRecords]
    /\ blocked \subseteq Sources
    /\ out \in Seq(Messages)
    /\ consumed \in 0 .. MaxOut
    /\ ckpt \in 0 .. MaxCheckpoints
    /\ pending \in BOOLEAN
    /\ srcSnap \in [Sources -> 0 .. MaxRecords]
    /\ srcAcked \subseteq Sources
    /\ opSnap \in [Sources -> 0 .. MaxRecords]
    /\ opAcked \in BOOLEAN
    /\ sinkSnap \in 0 .. MaxOut
    /\ sinkAcked \in BOOLEAN
    /\ completed \in [id : 0 .. MaxCheckpoints,
                      src : [Sources -> 0 .. MaxRecords],
                      op : [Sources -> 0 .. MaxRecords],
                      sink : 0 .. MaxOut]
    /\ failures \in 0 .. MaxFailures

\* No checkpoint in progress: nothing acknowledged, nothing recorded.
NoCheckpointState ==
    /\ pending' = FALSE
    /\ srcSnap' = Zero
    /\ srcAcked' = {}
    /\ opSnap' = Zero
    /\ opAcked' = FALSE
    /\ sinkSnap' = 0
    /\ sinkAcked' = FALSE

Init ==
    /\ emitted = Zero
    /\ chan = [s \in Sources |-> <<>>]
    /\ processed = Zero
    /\ blocked = {}
    /\ out = <<>>
    /\ consumed = 0
    /\ ckpt = 0
    /\ pending = FALSE
    /\ srcSnap = Zero
    /\ srcAcked = {}
    /\ opSnap = Zero
    /\ opAcked = FALSE
    /\ sinkSnap = 0
    /\ sinkAcked = FALSE
    /\ completed = [id |-> 0, src |-> Zero, op |-> Zero, sink |-> 0]
    /\ failures = 0

(***************************************************************************)
(* Source s emits its next record.                                        *)
(***************************************************************************)
Emit(s) ==
    /\ emitted[s] < MaxRecords
    /\ emitted' = [emitted EXCEPT ![s] = @ + 1]
    /\ chan' = [chan EXCEPT ![s] = Append(@, Record(emitted[s] + 1))]
    /\ UNCHANGED <<processed, blocked, out, consumed, ckptVars, completed, failures>>

(***************************************************************************)
(* The coordinator triggers the next checkpoint, once the previous one is *)
(* complete (or was aborted by a failure).                                *)
(***************************************************************************)
TriggerCheckpoint ==
    /\ ~pending
    /\ ckpt < MaxCheckpoints
    /\ ckpt' = ckpt + 1
    /\ pending' = TRUE
    /\ UNCHANGED <<taskVars, srcSnap, srcAcked, opSnap, opAcked, sinkSnap, sinkAcked,
                   completed, failures>>

(***************************************************************************)
(* Source s takes part in the checkpoint: it records its offset,          *)
(* acknowledges, and sends the barrier after all the records it has       *)
(* emitted so far.                                                         *)
(***************************************************************************)
SourceSnapshot(s) ==
    /\ pending
    /\ s \notin srcAcked
    /\ srcSnap' = [srcSnap EXCEPT ![s] = emitted[s]]
    /\ srcAcked' = srcAcked \cup {s}
    /\ chan' = [chan EXCEPT ![s] = Append(@, Barrier(ckpt))]
    /\ UNCHANGED <<emitted, processed, blocked, out, consumed, ckpt, pending,
                   opSnap, opAcked, sinkSnap, sinkAcked, completed, failures>>

(***************************************************************************)
(* The operator takes the next record from input s, which is not blocked,*)
(* folds it into its state and sends a record on to the sink.            *)
(***************************************************************************)
Process(s) ==
    /\ s \notin blocked
    /\ chan[s] # <<>>
    /\ Head(chan[s]).type = "record"
    /\ chan' = [chan EXCEPT ![s] = Tail(@)]
    /\ processed' = [processed EXCEPT ![s] = @ + 1]
    /\ out' = Append(out, Record(SumOver(processed, Sources) + 1))
    /\ UNCHANGED <<emitted, blocked, consumed, ckptVars, completed, failures>>

(***************************************************************************)
(* A barrier arrives at the operator on input s: the operator blocks s    *)
(* until the barrier has arrived on every input.                         *)
(***************************************************************************)
ReceiveBarrier(s) ==
    /\ chan[s] # <<>>
    /\ Head(chan[s]).type = "barrier"
    /\ chan' = [chan EXCEPT ![s] = Tail(@)]
    /\ blocked' = blocked \cup {s}
    /\ UNCHANGED <<emitted, processed, out, consumed, ckptVars, completed, failures>>

(***************************************************************************)
(* The barriers are aligned (blocked on every input): the operator        *)
(* records its state, acknowledges, sends the barrier on to the sink and  *)
(* unblocks its inputs.                                                   *)
(***************************************************************************)
OperatorSnapshot ==
    /\ blocked = Sources
    /\ opSnap' = processed
    /\ opAcked' = TRUE
    /\ out' = Append(out, Barrier(ckpt))
    /\ blocked' = {}
    /\ UNCHANGED <<emitted, chan, processed, consumed, ckpt, pending,
                   srcSnap, srcAcked, sinkSnap, sinkAcked, completed, failures>>

(***************************************************************************)
(* The sink takes the next record from the operator into its state.       *)
(***************************************************************************)
SinkProcess ==
    /\ out # <<>>
    /\ Head(out).type = "record"
    /\ out' = Tail(out)
    /\ consumed' = consumed + 1
    /\ UNCHANGED <<emitted, chan, processed, blocked, ckptVars, completed, failures>>

(***************************************************************************)
(* The barrier arrives at the sink: it records its state and acknowledges.*)
(***************************************************************************)
SinkSnapshot ==
    /\ out # <<>>
    /\ Head(out).type = "barrier"
    /\ out' = Tail(out)
    /\ sinkSnap' = consumed
    /\ sinkAcked' = TRUE
    /\ UNCHANGED <<emitted, chan, processed, blocked, consumed, ckpt, pending,
                   srcSnap, srcAcked, opSnap, opAcked, completed, failures>>

(***************************************************************************)
(* Every task has acknowledged: the coordinator declares the checkpoint   *)
(* complete.  It becomes the one to restore after a failure.              *)
(***************************************************************************)
CompleteCheckpoint ==
    /\ pending
    /\ srcAcked = Sources
    /\ opAcked
    /\ sinkAcked
    /\ completed' = [id |-> ckpt, src |-> srcSnap, op |-> opSnap, sink |-> sinkSnap]
    /\ NoCheckpointState
    /\ UNCHANGED <<taskVars, ckpt, failures>>

(***************************************************************************)
(* A task fails and the job restarts from the latest completed            *)
(* checkpoint: sources rewind to their recorded offsets, operator and     *)
(* sink reload their recorded state, channels are empty, and the         *)
(* checkpoint in progress (if any) is aborted.                            *)
(***************************************************************************)
FailAndRecover ==
    /\ failures < MaxFailures
    /\ failures' = failures + 1
    /\ emitted' = completed.src
    /\ chan' = [s \in Sources |-> <<>>]
    /\ processed' = completed.op
    /\ blocked' = {}
    /\ out' = <<>>
    /\ consumed' = completed.sink
    /\ NoCheckpointState
    /\ UNCHANGED <<ckpt, completed>>

Next ==
    \/ \E s \in Sources : Emit(s) \/ SourceSnapshot(s) \/ Process(s) \/ ReceiveBarrier(s)
    \/ TriggerCheckpoint
    \/ OperatorSnapshot
    \/ SinkProcess
    \/ SinkSnapshot
    \/ CompleteCheckpoint
    \/ FailAndRecover

Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Fairness: the tasks keep taking part in a checkpoint and keep moving   *)
(* records, and the coordinator completes a checkpoint once it can.       *)
(* Sources emit, checkpoints are triggered and failures happen, or not.   *)
(***************************************************************************)
FairSpec ==
    /\ Spec
    /\ \A s \in Sources : /\ WF_vars(SourceSnapshot(s))
                          /\ WF_vars(Process(s))
                          /\ WF_vars(ReceiveBarrier(s))
    /\ WF_vars(OperatorSnapshot)
    /\ WF_vars(SinkProcess)
    /\ WF_vars(SinkSnapshot)
    /\ WF_vars(CompleteCheckpoint)

-----------------------------------------------------------------------------
(***************************************************************************)
(* Safety.                                                                 *)
(***************************************************************************)

\* The latest completed checkpoint is a consistent cut: no snapshot reflects
\* a record that its sender had not sent when it recorded its own snapshot.
CompletedCheckpointIsConsistentCut ==
    /\ \A s \in Sources : completed.op[s] <= completed.src[s]
    /\ completed.sink <= SumOver(completed.op, Sources)

\* The latest completed checkpoint loses no record in flight: every record
\* sent before the sender's snapshot is reflected in the receiver's snapshot
\* (as no channel state is recorded, any other record would be lost).
CompletedCheckpointLosesNoRecord ==
    /\ \A s \in Sources : completed.op[s] >= completed.src[s]
    /\ completed.sink >= SumOver(completed.op, Sources)

\* Exactly-once state, across failures: every record a source has emitted
\* is either reflected exactly once in the operator's state or still in
\* flight to it, and likewise for every record the operator sent to the sink.
ExactlyOnceState ==
    /\ \A s \in Sources : processed[s] + RecordsIn(chan[s]) = emitted[s]
    /\ consumed + RecordsIn(out) = SumOver(processed, Sources)

(***************************************************************************)
(* Liveness: barrier alignment never blocks for good; every checkpoint    *)
(* that is triggered completes, unless a failure aborts it.               *)
(***************************************************************************)
CheckpointsComplete ==
    \A n \in 1 .. MaxCheckpoints : \A f \in 0 .. MaxFailures :
        (pending /\ ckpt = n /\ failures = f) ~> (completed.id = n \/ failures > f)

Perms == Permutations(Sources)
=============================================================================
