--------------------------- MODULE ChangelogRestore ---------------------------
(***************************************************************************)
(* A persistent key-value state store of a stream processing task, backed  *)
(* by a changelog topic, in the style of Kafka Streams (a RocksDB store    *)
(* with logging enabled, at-least-once processing).                        *)
(*                                                                         *)
(* While the task runs, each update put(k, v) is first appended to the     *)
(* changelog topic (durable, replicated) and then applied to the store;    *)
(* the store's in-memory position is the changelog offset it reflects.     *)
(* The store keeps recent writes in memory (the memtable) and flushes      *)
(* them to disk, by itself from time to time (background flush) or when    *)
(* the task commits: a commit flushes the store and then writes the        *)
(* checkpoint file with the changelog offset the store reflects.           *)
(*                                                                         *)
(* The task may crash at any time.  It loses the in-memory part of the     *)
(* store and its position; what survives is the disk image of the store    *)
(* (which may reflect more than the checkpoint, because of background      *)
(* flushes) and the checkpoint file.  On restart the task restores the     *)
(* store: it reads the checkpoint offset and replays the changelog from    *)
(* there to the end offset, record by record, into the store.  The store   *)
(* may flush, and the task may checkpoint its restore progress, during     *)
(* restoration; it may also crash again.  When the replay reaches the      *)
(* end offset the task resumes processing.                                 *)
(*                                                                         *)
(* Offsets: the changelog holds records at offsets 1..Len(changelog); an   *)
(* offset value n means "records 1..n".  Input topics, the producer's      *)
(* batching and the consumer group are abstracted away; appends to the     *)
(* changelog are acknowledged before the update is applied.                *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS
    Key,        \* the keys of the store
    Value,      \* the values
    MaxLen      \* bound on the length of the changelog

ASSUME MaxLen \in Nat

Nil == "nil"                      \* a key with no value
Record == Key \X Value            \* a changelog record <<k, v>>
BoundedSeq(S, n) == UNION {[1..m -> S] : m \in 0..n}

VARIABLES
    changelog,   \* the changelog topic: a sequence of records
    store,       \* the store as the task sees it (memtable over disk)
    disk,        \* the flushed, on-disk image of the store
    checkpoint,  \* the offset recorded in the checkpoint file
    position,    \* the changelog offset the store reflects (in memory)
    status       \* "running" or "restoring"

vars == <<changelog, store, disk, checkpoint, position, status>>

TypeOK ==
    /\ changelog \in BoundedSeq(Record, MaxLen)
    /\ store \in [Key -> Value \cup {Nil}]
    /\ disk \in [Key -> Value \cup {Nil}]
    /\ checkpoint \in 0..MaxLen
    /\ position \in 0..MaxLen
    /\ status \in {"running", "restoring"}

(* The value of key k after applying changelog records 1..n.               *)
ValueAt(k, n) ==
    LET ws == {i \in 1..n : i <= Len(changelog) /\ changelog[i][1] = k}
    IN  IF ws = {} THEN Nil
        ELSE changelog[CHOOSE i \in ws : \A j \in ws : j <= i][2]

(* The store obtained by applying changelog records 1..n to an empty one.  *)
StateAt(n) == [k \in Key |-> ValueAt(k, n)]

Init ==
    /\ changelog = <<>>
    /\ store = [k \in Key |-> Nil]
    /\ disk = [k \in Key |-> Nil]
    /\ checkpoint = 0
    /\ position = 0
    /\ status = "running"

-----------------------------------------------------------------------------
(* A running task processes an input record that updates key k to v:       *)
(* the update is appended to the changelog and, once acknowledged,         *)
(* applied to the store, whose position becomes the record's offset.       *)
Update(k, v) ==
    /\ status = "running"
    /\ Len(changelog) < MaxLen
    /\ changelog' = Append(changelog, <<k, v>>)
    /\ store' = [store EXCEPT ![k] = v]
    /\ position' = Len(changelog) + 1
    /\ UNCHANGED <<disk, checkpoint, status>>

(* The store flushes its memtable to disk on its own.                      *)
BackgroundFlush ==
    /\ disk' = store
    /\ UNCHANGED <<changelog, store, checkpoint, position, status>>

(* Commit (or restore-progress checkpoint): flush the store, then write    *)
(* the checkpoint file with the offset the store reflects.                 *)
Commit ==
    /\ disk' = store
    /\ checkpoint' = position
    /\ UNCHANGED <<changelog, store, position, status>>

(* The task crashes and restarts: the store is reopened from its disk      *)
(* image, and restoration starts from the checkpointed offset.             *)
Crash ==
    /\ store' = disk
    /\ position' = checkpoint
    /\ status' = "restoring"
    /\ UNCHANGED <<changelog, disk, checkpoint>>

(* Restoration replays the next changelog record into the store.           *)
RestoreRecord ==
    /\ status = "restoring"
    /\ position < Len(changelog)
    /\ store' = [store EXCEPT ![changelog[position + 1][1]] =
                                 changelog[position + 1][2]]
    /\ position' = position + 1
    /\ UNCHANGED <<changelog, disk, checkpoint, status>>

(* Restoration has reached the end offset: the task resumes processing.    *)
FinishRestore ==
    /\ status = "restoring"
    /\ position = Len(changelog)
    /\ status' = "running"
    /\ UNCHANGED <<changelog, store, disk, checkpoint, position>>

Next ==
    \/ \E k \in Key, v \in Value : Update(k, v)
    \/ BackgroundFlush
    \/ Commit
    \/ Crash
    \/ RestoreRecord
    \/ FinishRestore

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: whenever the task is processing (in particular right after a    *)
(* restore), the store equals the result of applying the changelog up      *)
(* to its end offset.                                                      *)
StoreMatchesChangelog ==
    status = "running" => store = StateAt(Len(changelog))

=============================================================================
