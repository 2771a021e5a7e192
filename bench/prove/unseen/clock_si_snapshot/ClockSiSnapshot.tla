-------------------------- MODULE ClockSiSnapshot --------------------------
(***************************************************************************)
(* Clock-SI (Du, Elnikety and Zwaenepoel, "Clock-SI: Snapshot Isolation    *)
(* for Partitioned Data Stores Using Loosely Synchronized Clocks", SRDS    *)
(* 2013): snapshot and commit timestamps come from the partitions' own     *)
(* physical clocks, which may be skewed, instead of a timestamp authority. *)
(*                                                                         *)
(*  - A transaction takes its snapshot timestamp t from the clock of its   *)
(*    originating partition.                                               *)
(*  - An update transaction spanning several partitions commits with       *)
(*    two-phase commit: each participant p prepares with the prepare       *)
(*    timestamp clock(p); the commit timestamp is the largest prepare      *)
(*    timestamp, and the decision then reaches the participants.           *)
(*  - A read of an item at partition p with snapshot t returns the latest  *)
(*    version committed at or before t, but first waits                    *)
(*      (1) while clock(p) <= t: the snapshot is not yet complete at p,    *)
(*          since p may still assign a timestamp <= t to a commit, and     *)
(*      (2) while a transaction that wrote the item is prepared (or        *)
(*          committing) at p, undecided there, with prepare timestamp      *)
(*          <= t: it may commit with a timestamp <= t.                     *)
(*                                                                         *)
(* Model.  Two partitions, each holding one item.  One update transaction  *)
(* writes both items (version "v1"; the initial versions "v0" have commit  *)
(* timestamp 0, below every snapshot) and one read-only transaction reads  *)
(* both.  Clocks advance independently up to MaxTime: their skew is not    *)
(* bounded, which only costs delays.  The coordinator's decision is        *)
(* global; a partition learns it when the decision message arrives.       *)
(***************************************************************************)
EXTENDS Integers

CONSTANTS
    Partition,   \* the partitions, one item each
    MaxTime,     \* clocks run over 0..MaxTime
    None         \* no timestamp (yet)

ASSUME MaxTime \in Nat /\ None \notin 0..MaxTime

Time == 0..MaxTime

VARIABLES
    clock,      \* clock[p]: the physical clock of partition p
    prepTs,     \* prepTs[p]: the update transaction's prepare timestamp at p, or None
    decision,   \* the coordinator's decision: "none", "commit" or "abort"
    learned,    \* the partitions that have received the decision
    snap,       \* the read-only transaction's snapshot timestamp, or None before it starts
    res         \* res[p]: the version it read at p ("none": not read yet)

vars == <<clock, prepTs, decision, learned, snap, res>>

TypeOK ==
    /\ clock \in [Partition -> Time]
    /\ prepTs \in [Partition -> Time \cup {None}]
    /\ decision \in {"none", "commit", "abort"}
    /\ learned \in SUBSET Partition
    /\ snap \in Time \cup {None}
    /\ res \in [Partition -> {"none", "v0", "v1"}]

(* The update transaction has committed with a timestamp at or before t:  *)
(* its commit timestamp, the largest prepare timestamp, is <= t.           *)
CommittedBy(t) ==
    /\ decision = "commit"
    /\ t # None
    /\ \A p \in Partition : prepTs[p] # None /\ prepTs[p] <= t

Init ==
    /\ clock \in [Partition -> Time]
    /\ prepTs = [p \in Partition |-> None]
    /\ decision = "none"
    /\ learned = {}
    /\ snap = None
    /\ res = [p \in Partition |-> "none"]

-----------------------------------------------------------------------------
(* The clock of partition p advances.                                      *)
Tick(p) ==
    /\ clock[p] < MaxTime
    /\ clock' = [clock EXCEPT ![p] = @ + 1]
    /\ UNCHANGED <<prepTs, decision, learned, snap, res>>

(* Participant p prepares the update transaction, with its current clock   *)
(* as prepare timestamp.                                                   *)
Prepare(p) ==
    /\ decision = "none"
    /\ prepTs[p] = None
    /\ prepTs' = [prepTs EXCEPT ![p] = clock[p]]
    /\ UNCHANGED <<clock, decision, learned, snap, res>>

(* Every participant has prepared: the coordinator commits, with the       *)
(* largest prepare timestamp as commit timestamp.                          *)
CommitTxn ==
    /\ decision = "none"
    /\ \A p \in Partition : prepTs[p] # None
    /\ decision' = "commit"
    /\ UNCHANGED <<clock, prepTs, learned, snap, res>>

(* The coordinator aborts (a participant failed to prepare, say).          *)
AbortTxn ==
    /\ decision = "none"
    /\ decision' = "abort"
    /\ UNCHANGED <<clock, prepTs, learned, snap, res>>

(* The decision reaches partition p, which installs or discards its write. *)
Learn(p) ==
    /\ decision # "none"
    /\ p \notin learned
    /\ learned' = learned \cup {p}
    /\ UNCHANGED <<clock, prepTs, decision, snap, res>>

(* The read-only transaction starts at origin partition o: its snapshot    *)
(* timestamp is o's clock.                                                 *)
StartRead(o) ==
    /\ snap = None
    /\ snap' = clock[o]
    /\ UNCHANGED <<clock, prepTs, decision, learned, res>>

(* The read of p's item, once neither wait applies: p's clock has passed   *)
(* the snapshot, and the update transaction is not prepared at p,          *)
(* undecided there, with a prepare timestamp within the snapshot.  It      *)
(* returns v1 if p has installed it with a commit timestamp <= snap.       *)
Read(p) ==
    /\ snap # None
    /\ res[p] = "none"
    /\ clock[p] > snap
    /\ ~(prepTs[p] # None /\ p \notin learned /\ prepTs[p] <= snap)
    /\ res' = [res EXCEPT ![p] =
                 IF p \in learned /\ CommittedBy(snap) THEN "v1" ELSE "v0"]
    /\ UNCHANGED <<clock, prepTs, decision, learned, snap>>

Next ==
    \/ \E p \in Partition :
          Tick(p) \/ Prepare(p) \/ Learn(p) \/ StartRead(p) \/ Read(p)
    \/ CommitTxn
    \/ AbortTxn

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Every read returns the latest version of its item committed at or       *)
(* before the snapshot: v1 exactly when the update transaction committed   *)
(* (now or at any later time, as decisions are final) with a timestamp    *)
(* <= snap.                                                                *)
SnapshotReadsConsistent ==
    \A p \in Partition :
        /\ res[p] = "v1" => CommittedBy(snap)
        /\ res[p] = "v0" => ~CommittedBy(snap)
=============================================================================
