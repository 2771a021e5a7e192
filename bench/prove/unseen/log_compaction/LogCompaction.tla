---------------------------- MODULE LogCompaction ----------------------------
(***************************************************************************)
(* Kafka log compaction (cleanup.policy=compact) of one partition.        *)
(*                                                                         *)
(* Producers append records <<key, value>> to the log; offsets are        *)
(* consecutive and never reused.  A record with a null value is a         *)
(* tombstone: it deletes its key.  Values are abstracted: a record is a   *)
(* put or a tombstone of a key.  The broker keeps, per key, the offset of *)
(* the key's latest record (its head).                                     *)
(*                                                                         *)
(* The log cleaner works in passes.  The log is split at the cleaner      *)
(* checkpoint `dirty` (Kafka's first dirty offset) into a clean section   *)
(* [1, dirty), already compacted, and a dirty section.  A pass fixes its  *)
(* end offset cleanEnd (the log end when the pass starts: the segments    *)
(* rolled so far) and recopies the section [1, cleanEnd), discarding one  *)
(* record at a time:                                                       *)
(*   - a record whose key has a later record in [1, cleanEnd);            *)
(*   - a tombstone that was already in the clean section when the pass   *)
(*     started (o < dirty): tombstones are retained for one cleaning pass *)
(*     (the delete retention) so that consumers can see them, and dropped *)
(*     in a later pass.  When the cleaner drops the tombstone that is a   *)
(*     key's head, the key is gone from the log and its head is cleared. *)
(* Discarded offsets become holes.  When no record left in [1, cleanEnd)  *)
(* is to be discarded, the pass ends and the checkpoint moves to          *)
(* cleanEnd.  Appends go on during a pass, beyond cleanEnd.               *)
(*                                                                         *)
(* A consumer fetches from its position, skipping holes, and may seek to  *)
(* any offset.                                                             *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS
    Key,         \* the record keys
    MaxOffset,   \* offsets appended, at most
    NoRecord     \* a model value: the hole left by a discarded record

ASSUME MaxOffset \in Nat

Record == [key : Key, kind : {"put", "tombstone"}]
Slot == Record \cup {NoRecord}
Offset == 1 .. MaxOffset

\* Sequences over S of length at most n.
BSeq(S, n) == UNION {[1 .. m -> S] : m \in 0 .. n}

VARIABLES
    log,        \* log[o]: the record at offset o, or a hole
    head,       \* head[k]: offset of key k's latest record (0: none)
    dirty,      \* the cleaner checkpoint: first offset not yet cleaned
    cleanEnd,   \* end of the section the current pass cleans (= dirty: idle)
    cpos        \* the consumer's position: the next offset it fetches

vars == <<log, head, dirty, cleanEnd, cpos>>

TypeOK ==
    /\ log \in BSeq(Slot, MaxOffset)
    /\ head \in [Key -> 0 .. MaxOffset]
    /\ dirty \in 1 .. MaxOffset + 1
    /\ cleanEnd \in 1 .. MaxOffset + 1
    /\ cpos \in 1 .. MaxOffset + 1

\* Offset o holds a record (it was appended and not discarded).
Present(o) == o \in 1 .. Len(log) /\ log[o] # NoRecord

\* The record at offset o is to be discarded by the current pass.
Discardable(o) ==
    /\ Present(o)
    /\ o < cleanEnd
    /\ \/ \E o2 \in (o + 1) .. (cleanEnd - 1) :
              Present(o2) /\ log[o2].key = log[o].key
       \/ log[o].kind = "tombstone" /\ o < dirty

Init ==
    /\ log = <<>>
    /\ head = [k \in Key |-> 0]
    /\ dirty = 1
    /\ cleanEnd = 1
    /\ cpos = 1

(***************************************************************************)
(* A producer appends a put or a tombstone of key k.                      *)
(***************************************************************************)
Produce(k, kind) ==
    /\ Len(log) < MaxOffset
    /\ log' = Append(log, [key |-> k, kind |-> kind])
    /\ head' = [head EXCEPT ![k] = Len(log) + 1]
    /\ UNCHANGED <<dirty, cleanEnd, cpos>>

(***************************************************************************)
(* The cleaner starts a pass over [1, log end), if there are dirty         *)
(* records.                                                                *)
(***************************************************************************)
StartPass ==
    /\ cleanEnd = dirty
    /\ dirty <= Len(log)
    /\ cleanEnd' = Len(log) + 1
    /\ UNCHANGED <<log, head, dirty, cpos>>

(***************************************************************************)
(* The cleaner discards the record at offset o; dropping the tombstone   *)
(* at a key's head clears the head.                                       *)
(***************************************************************************)
Discard(o) ==
    /\ dirty < cleanEnd
    /\ Discardable(o)
    /\ log' = [log EXCEPT ![o] = NoRecord]
    /\ head' = IF log[o].kind = "tombstone" /\ head[log[o].key] = o
                 THEN [head EXCEPT ![log[o].key] = 0]
                 ELSE head
    /\ UNCHANGED <<dirty, cleanEnd, cpos>>

(***************************************************************************)
(* The pass is complete: the cleaner checkpoint moves to its end.         *)
(***************************************************************************)
EndPass ==
    /\ dirty < cleanEnd
    /\ \A o \in 1 .. Len(log) : ~Discardable(o)
    /\ dirty' = cleanEnd
    /\ UNCHANGED <<log, head, cleanEnd, cpos>>

(***************************************************************************)
(* The consumer fetches the slot at its position (a record, or a hole it  *)
(* skips), or seeks to an offset.                                          *)
(***************************************************************************)
Fetch ==
    /\ cpos <= Len(log)
    /\ cpos' = cpos + 1
    /\ UNCHANGED <<log, head, dirty, cleanEnd>>

Seek(o) ==
    /\ o <= Len(log) + 1
    /\ cpos' = o
    /\ UNCHANGED <<log, head, dirty, cleanEnd>>

Next ==
    \/ \E k \in Key, kind \in {"put", "tombstone"} : Produce(k, kind)
    \/ StartPass
    \/ \E o \in 1 .. Len(log) : Discard(o)
    \/ EndPass
    \/ Fetch
    \/ \E o \in 1 .. MaxOffset + 1 : Seek(o)

Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Safety: compaction keeps the latest record of every key: the broker's *)
(* head offset of a key always holds a record of that key (it is cleared  *)
(* only when the cleaner drops the key's expired tombstone).               *)
(***************************************************************************)
LatestRecordRetained ==
    \A k \in Key :
        head[k] # 0 => Present(head[k]) /\ log[head[k]].key = k

=============================================================================
