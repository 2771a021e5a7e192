----------------------- MODULE LsmTombstoneCompaction -----------------------
(***************************************************************************)
(* Deletes in a log-structured merge tree (LSM tree), in the style of      *)
(* LevelDB and RocksDB.                                                    *)
(*                                                                         *)
(* The tree has an in-memory memtable and two on-disk levels, L0 and L1    *)
(* (the bottom level).  Every write gets the next sequence number.  A put  *)
(* stores a new version of a key; a delete stores a tombstone.  Both go    *)
(* to the memtable, replacing the key's previous memtable entry.  A flush  *)
(* merges the memtable into L0 and empties the memtable; a compaction      *)
(* merges L0 into L1 and empties L0.  A merge keeps, for each key, the     *)
(* version with the highest sequence number.  Tombstones must be kept      *)
(* while older versions may exist below them, so they are dropped only     *)
(* when merging into the bottom level.  A read searches top-down (the      *)
(* memtable, then L0, then L1) and returns the first entry found; a        *)
(* tombstone or no entry at all reads as "not found".                      *)
(*                                                                         *)
(* Values are abstracted away: a put's value is identified by the          *)
(* sequence number of the put.  Each level holds at most one entry per     *)
(* key.  Flushes and compactions run at any time, interleaved with         *)
(* writes.  The variable deleted is a history variable recording the keys  *)
(* whose most recent write was a delete; it is not part of the store.      *)
(*                                                                         *)
(* Safety (no resurrection): a key whose latest write was a delete is      *)
(* never read back with a value, i.e. with an older version.               *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Key,        \* the keys
    MaxSeq      \* bound on the number of writes (sequence numbers 1..MaxSeq)

(* A stored version: a put or a tombstone, tagged with its sequence number. *)
Entry == [seq : 1..MaxSeq, op : {"put", "del"}]

(* A level holds no entry for a key; sequence number 0 is older than any write. *)
Absent == [seq |-> 0, op |-> "absent"]

Slot == Entry \cup {Absent}

VARIABLES
    seq,        \* the sequence number of the latest write
    mem,        \* mem[k]: the memtable's entry for key k
    l0,         \* l0[k]: level 0's entry for key k
    l1,         \* l1[k]: level 1's (the bottom level's) entry for key k
    deleted     \* history: keys whose latest write was a delete

vars == << seq, mem, l0, l1, deleted >>

TypeOK ==
    /\ seq \in 0..MaxSeq
    /\ mem \in [Key -> Slot]
    /\ l0 \in [Key -> Slot]
    /\ l1 \in [Key -> Slot]
    /\ deleted \in SUBSET Key

EmptyLevel == [k \in Key |-> Absent]

Init ==
    /\ seq = 0
    /\ mem = EmptyLevel
    /\ l0 = EmptyLevel
    /\ l1 = EmptyLevel
    /\ deleted = {}

(* The newer of two entries for the same key, by sequence number. *)
Newer(a, b) == IF a.seq >= b.seq THEN a ELSE b

(* Merge level upper into level lower, keeping the newest version of each  *)
(* key; tombstones are dropped only when lower is the bottom level.        *)
Merge(upper, lower, intoBottom) ==
    [k \in Key |->
        LET e == Newer(upper[k], lower[k]) IN
        IF intoBottom /\ e.op = "del" THEN Absent ELSE e]

(* The entry a read of key k finds, searching top-down. *)
Lookup(k) ==
    IF mem[k] # Absent THEN mem[k]
    ELSE IF l0[k] # Absent THEN l0[k]
    ELSE l1[k]

-----------------------------------------------------------------------------

Put(k) ==
    /\ seq < MaxSeq
    /\ seq' = seq + 1
    /\ mem' = [mem EXCEPT ![k] = [seq |-> seq + 1, op |-> "put"]]
    /\ deleted' = deleted \ {k}
    /\ UNCHANGED << l0, l1 >>

Delete(k) ==
    /\ seq < MaxSeq
    /\ seq' = seq + 1
    /\ mem' = [mem EXCEPT ![k] = [seq |-> seq + 1, op |-> "del"]]
    /\ deleted' = deleted \cup {k}
    /\ UNCHANGED << l0, l1 >>

(* Write the memtable out into level 0, tombstones included. *)
Flush ==
    /\ mem # EmptyLevel
    /\ l0' = Merge(mem, l0, FALSE)
    /\ mem' = EmptyLevel
    /\ UNCHANGED << seq, l1, deleted >>

(* Compact level 0 into the bottom level, dropping tombstones. *)
Compact ==
    /\ l0 # EmptyLevel
    /\ l1' = Merge(l0, l1, TRUE)
    /\ l0' = EmptyLevel
    /\ UNCHANGED << seq, mem, deleted >>

Next ==
    \/ \E k \in Key : Put(k) \/ Delete(k)
    \/ Flush
    \/ Compact

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* A key whose latest write was a delete reads as not found, never as an older value. *)
NoResurrection ==
    \A k \in deleted : Lookup(k).op # "put"

=============================================================================
