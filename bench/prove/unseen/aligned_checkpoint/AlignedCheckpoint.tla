--------------------------- MODULE AlignedCheckpoint ---------------------------
(***************************************************************************)
(* Barrier-based checkpoints (Chandy-Lamport style, as in Flink) of a      *)
(* two-stage stream pipeline: a source feeds an operator through a FIFO    *)
(* channel of bounded capacity MaxChan.                                     *)
(*                                                                         *)
(* The source emits records, counting them in its offset.  The checkpoint *)
(* coordinator triggers checkpoints 1, 2, ..., MaxCkpt in order: to take    *)
(* checkpoint k the source snapshots its offset and injects a barrier      *)
(* carrying k into the channel, behind the records already emitted.  The   *)
(* operator consumes the channel in order: it counts each record, and on   *)
(* barrier k it snapshots its count and acknowledges k to the coordinator. *)
(* The source acknowledges as it snapshots, so checkpoint k is complete    *)
(* once the operator has acknowledged it.                                  *)
(*                                                                         *)
(* Channel items are numbers: Record (0) is a data record, and k in        *)
(* 1 .. MaxCkpt is the barrier of checkpoint k.                             *)
(*                                                                         *)
(* Safety: in every completed checkpoint the operator's snapshot equals    *)
(* the number of records the source had emitted at its snapshot.           *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS
    MaxRecords,  \* The number of records the source emits.
    MaxCkpt,     \* The number of checkpoints.
    MaxChan      \* The capacity of the channel.

ASSUME MaxRecords \in Nat /\ MaxCkpt \in Nat /\ MaxChan \in Nat /\ MaxChan >= 1

Ckpt == 1 .. MaxCkpt
Record == 0

VARIABLES
    offset,   \* The number of records the source has emitted.
    count,    \* The number of records the operator has processed.
    chan,     \* The channel from source to operator: records and barriers.
    nextCkpt, \* The next checkpoint the coordinator triggers.
    srcSnap,  \* srcSnap[k]: the source's offset in checkpoint k.
    opSnap,   \* opSnap[k]: the operator's count in checkpoint k.
    acked     \* The checkpoints the operator has acknowledged (complete).

vars == <<offset, count, chan, nextCkpt, srcSnap, opSnap, acked>>

TypeOK ==
    /\ offset \in 0 .. MaxRecords
    /\ count \in 0 .. MaxRecords
    /\ chan \in UNION {[1 .. n -> {Record} \cup Ckpt] : n \in 0 .. MaxChan}
    /\ nextCkpt \in 1 .. MaxCkpt + 1
    /\ srcSnap \in [Ckpt -> 0 .. MaxRecords]
    /\ opSnap \in [Ckpt -> 0 .. MaxRecords]
    /\ acked \in SUBSET Ckpt

Init ==
    /\ offset = 0
    /\ count = 0
    /\ chan = <<>>
    /\ nextCkpt = 1
    /\ srcSnap = [k \in Ckpt |-> 0]
    /\ opSnap = [k \in Ckpt |-> 0]
    /\ acked = {}

(* The source emits its next record into the channel. *)
Emit ==
    /\ offset < MaxRecords
    /\ Len(chan) < MaxChan
    /\ offset' = offset + 1
    /\ chan' = Append(chan, Record)
    /\ UNCHANGED <<count, nextCkpt, srcSnap, opSnap, acked>>

(* The coordinator triggers the next checkpoint: the source snapshots its  *)
(* offset and injects the checkpoint's barrier into the channel.           *)
InjectBarrier ==
    /\ nextCkpt <= MaxCkpt
    /\ Len(chan) < MaxChan
    /\ srcSnap' = [srcSnap EXCEPT ![nextCkpt] = offset]
    /\ chan' = Append(chan, nextCkpt)
    /\ nextCkpt' = nextCkpt + 1
    /\ UNCHANGED <<offset, count, opSnap, acked>>

(* The operator takes a record from the channel and processes it. *)
ProcessRecord ==
    /\ Len(chan) > 0
    /\ Head(chan) = Record
    /\ count' = count + 1
    /\ chan' = Tail(chan)
    /\ UNCHANGED <<offset, nextCkpt, srcSnap, opSnap, acked>>

(* The operator takes barrier k from the channel, snapshots its count and  *)
(* acknowledges checkpoint k, which completes it.                          *)
ProcessBarrier ==
    /\ Len(chan) > 0
    /\ Head(chan) # Record
    /\ opSnap' = [opSnap EXCEPT ![Head(chan)] = count]
    /\ acked' = acked \cup {Head(chan)}
    /\ chan' = Tail(chan)
    /\ UNCHANGED <<offset, count, nextCkpt, srcSnap>>

Next == Emit \/ InjectBarrier \/ ProcessRecord \/ ProcessBarrier

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Every completed checkpoint is consistent: the operator's snapshot       *)
(* counts exactly the records emitted before the source's snapshot.        *)
ConsistentCheckpoint ==
    \A k \in acked : opSnap[k] = srcSnap[k]
=============================================================================
