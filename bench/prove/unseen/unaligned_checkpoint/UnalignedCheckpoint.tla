------------------------- MODULE UnalignedCheckpoint -------------------------
(***************************************************************************)
(* Unaligned checkpoints, as in Apache Flink (FLIP-76).                    *)
(*                                                                         *)
(* A source sends records to an operator over a bounded FIFO channel (the *)
(* network plus the input buffers of the operator).  The checkpoint       *)
(* coordinator triggers checkpoint k at the source: the source records    *)
(* its offset (how many records it has emitted) and injects barrier k     *)
(* behind the records it has sent.  With unaligned checkpoints the         *)
(* barrier is a priority event: as soon as it is in the operator's input  *)
(* buffers it may overtake the records queued in front of it.  The        *)
(* operator then snapshots its own state (the number of records it has     *)
(* processed) together with the in-flight records the barrier overtook,   *)
(* which are persisted as channel state.  The overtaken records stay in   *)
(* the channel and are processed normally afterwards; on recovery they    *)
(* would be replayed from the channel state.  When the barrier is at the  *)
(* head of the channel the snapshot has empty channel state (the aligned  *)
(* case).                                                                  *)
(*                                                                         *)
(* The operator acknowledges its snapshot to the coordinator, which        *)
(* triggers the next checkpoint only after that (at most one concurrent   *)
(* checkpoint, Flink's default).  Records are identical tokens; the        *)
(* channel state is therefore recorded as the number of records captured. *)
(* Failures and recovery are not modelled: the property is about the cut. *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    MaxRecords,      \* records the source emits, at most
    Capacity,        \* capacity of the channel (records and barriers)
    MaxCheckpoints   \* checkpoints triggered, at most

ASSUME /\ MaxRecords \in Nat
       /\ Capacity \in Nat \ {0}
       /\ MaxCheckpoints \in Nat

\* Items on the channel: a data record, or the barrier of checkpoint k.
Record == [type |-> "record", id |-> 0]
Barrier(k) == [type |-> "barrier", id |-> k]
Item == {Record} \cup {Barrier(k) : k \in 1 .. MaxCheckpoints}

\* Sequences over S of length at most n.
BSeq(S, n) == UNION {[1 .. m -> S] : m \in 0 .. n}

\* Number of records among the first n items of the sequence q.
RecordsIn(q, n) == Cardinality({j \in 1 .. n : q[j].type = "record"})

\* q without its i-th item.
RemoveAt(q, i) == SubSeq(q, 1, i - 1) \o SubSeq(q, i + 1, Len(q))

VARIABLES
    offset,     \* records the source has emitted
    chan,       \* the FIFO channel from the source to the operator
    count,      \* records the operator has processed (its state)
    ckpt,       \* id of the latest checkpoint triggered (0: none yet)
    srcSnap,    \* the source's offset recorded for checkpoint ckpt
    opCk,       \* id of the latest checkpoint the operator has snapshotted
    opSnap,     \* the operator's state recorded in its latest snapshot
    chanSnap    \* records captured as channel state in its latest snapshot

vars == <<offset, chan, count, ckpt, srcSnap, opCk, opSnap, chanSnap>>

TypeOK ==
    /\ offset \in 0 .. MaxRecords
    /\ chan \in BSeq(Item, Capacity)
    /\ count \in 0 .. MaxRecords
    /\ ckpt \in 0 .. MaxCheckpoints
    /\ srcSnap \in 0 .. MaxRecords
    /\ opCk \in 0 .. MaxCheckpoints
    /\ opSnap \in 0 .. MaxRecords
    /\ chanSnap \in 0 .. Capacity

Init ==
    /\ offset = 0
    /\ chan = <<>>
    /\ count = 0
    /\ ckpt = 0
    /\ srcSnap = 0
    /\ opCk = 0
    /\ opSnap = 0
    /\ chanSnap = 0

(***************************************************************************)
(* The source emits its next record, if the channel has room.             *)
(***************************************************************************)
Emit ==
    /\ offset < MaxRecords
    /\ Len(chan) < Capacity
    /\ offset' = offset + 1
    /\ chan' = Append(chan, Record)
    /\ UNCHANGED <<count, ckpt, srcSnap, opCk, opSnap, chanSnap>>

(***************************************************************************)
(* The coordinator triggers the next checkpoint once the operator has     *)
(* acknowledged the previous one; the source records its offset and       *)
(* injects the barrier behind the records it has emitted.                 *)
(***************************************************************************)
TriggerCheckpoint ==
    /\ ckpt < MaxCheckpoints
    /\ opCk = ckpt
    /\ Len(chan) < Capacity
    /\ ckpt' = ckpt + 1
    /\ srcSnap' = offset
    /\ chan' = Append(chan, Barrier(ckpt + 1))
    /\ UNCHANGED <<offset, count, opCk, opSnap, chanSnap>>

(***************************************************************************)
(* The operator processes the record at the head of the channel.          *)
(***************************************************************************)
Process ==
    /\ chan # <<>>
    /\ Head(chan).type = "record"
    /\ count' = count + 1
    /\ chan' = Tail(chan)
    /\ UNCHANGED <<offset, ckpt, srcSnap, opCk, opSnap, chanSnap>>

(***************************************************************************)
(* The barrier at position i overtakes the records in front of it: the    *)
(* operator snapshots its state and, as channel state, the records the    *)
(* barrier overtook, then acknowledges checkpoint chan[i].id.  The        *)
(* overtaken records remain queued and are processed later.              *)
(***************************************************************************)
ReceiveBarrier(i) ==
    /\ chan[i].type = "barrier"
    /\ opCk' = chan[i].id
    /\ opSnap' = count
    /\ chanSnap' = RecordsIn(chan, i - 1)
    /\ chan' = RemoveAt(chan, i)
    /\ UNCHANGED <<offset, count, ckpt, srcSnap>>

Next ==
    \/ Emit
    \/ TriggerCheckpoint
    \/ Process
    \/ \E i \in 1 .. Len(chan) : ReceiveBarrier(i)

Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Safety: the operator's snapshot of the current checkpoint is           *)
(* consistent with the source's: the records it has processed plus the    *)
(* records it captured as channel state are exactly the records the       *)
(* source had emitted when it recorded its offset.                        *)
(***************************************************************************)
ConsistentSnapshot ==
    (ckpt > 0 /\ opCk = ckpt) => opSnap + chanSnap = srcSnap

=============================================================================
