--------------------------- MODULE TimestampOracle ---------------------------
(***************************************************************************)
(* A timestamp oracle (TSO), as in Percolator and in the placement driver  *)
(* (PD) of TiDB/TiKV.  The oracle hands out strictly increasing            *)
(* timestamps to clients from an in-memory counter.  To survive restarts   *)
(* without writing every timestamp to disk, it persists an upper bound in  *)
(* batches:                                                                *)
(*  - it may hand out timestamps only up to limit, an in-memory copy of a  *)
(*    bound it knows to be persisted;                                      *)
(*  - before running out it writes a new bound, cur + Batch, to stable     *)
(*    storage (etcd in PD); only when the write is acknowledged does it    *)
(*    raise limit;                                                         *)
(*  - on a crash it loses its counter and limit.  The restarted oracle (or *)
(*    the standby that takes over) loads the persisted bound and continues *)
(*    above it, after persisting a fresh bound.                            *)
(*                                                                         *)
(* The write of a new bound is a request to storage: storage may apply it  *)
(* (persisted changes) before the oracle sees the acknowledgement.  A      *)
(* write still in flight when the oracle crashes is either applied before  *)
(* the crash or lost (storage fences the old incarnation).                 *)
(*                                                                         *)
(* Clients are represented by lastIssued, the latest timestamp returned to *)
(* a client, i.e. the largest one any client holds.  Physical-clock        *)
(* components of the timestamps are abstracted away: timestamps are plain *)
(* numbers 1..MaxTs.                                                       *)
(***************************************************************************)
EXTENDS Naturals, TLC

CONSTANTS
    MaxTs,   \* timestamps are bounded by MaxTs (to keep the model finite)
    Batch    \* size of the window persisted at a time

ASSUME MaxTs \in Nat /\ Batch \in Nat \ {0}

VARIABLES
    persisted,   \* the bound in stable storage
    cur,         \* the last timestamp allocated (volatile)
    limit,       \* the persisted bound the oracle knows of (volatile)
    saving,      \* the bound being written to storage (0: no write pending)
    up,          \* TRUE while the oracle runs
    lastIssued   \* the latest timestamp handed to a client (0: none yet)

vars == <<persisted, cur, limit, saving, up, lastIssued>>

TypeOK ==
    /\ persisted \in 0..MaxTs
    /\ cur \in 0..MaxTs
    /\ limit \in 0..MaxTs
    /\ saving \in 0..MaxTs
    /\ up \in BOOLEAN
    /\ lastIssued \in 0..MaxTs

Init ==
    /\ persisted = 0
    /\ cur = 0
    /\ limit = 0
    /\ saving = 0
    /\ up = TRUE
    /\ lastIssued = 0

Min(a, b) == IF a < b THEN a ELSE b

-----------------------------------------------------------------------------
(* A client asks for a timestamp: the oracle allocates cur + 1 if that is  *)
(* within the persisted bound.                                             *)
Allocate ==
    /\ up
    /\ cur < limit
    /\ cur' = cur + 1
    /\ lastIssued' = cur + 1
    /\ UNCHANGED <<persisted, limit, saving, up>>

(* The oracle starts persisting a new bound above its current limit.       *)
StartSave ==
    /\ up
    /\ saving = 0
    /\ Min(cur + Batch, MaxTs) > limit
    /\ saving' = Min(cur + Batch, MaxTs)
    /\ UNCHANGED <<persisted, cur, limit, up, lastIssued>>

(* Storage applies the pending write.                                      *)
StoreSave ==
    /\ saving # 0
    /\ persisted # saving
    /\ persisted' = saving
    /\ UNCHANGED <<cur, limit, saving, up, lastIssued>>

(* The oracle receives the acknowledgement and raises its limit.           *)
AckSave ==
    /\ up
    /\ saving # 0
    /\ persisted = saving
    /\ limit' = saving
    /\ saving' = 0
    /\ UNCHANGED <<persisted, cur, up, lastIssued>>

(* The oracle crashes and loses its in-memory state.                       *)
Crash ==
    /\ up
    /\ up' = FALSE
    /\ cur' = 0
    /\ limit' = 0
    /\ saving' = 0
    /\ UNCHANGED <<persisted, lastIssued>>

(* The oracle restarts (or a standby takes over): it continues above the   *)
(* persisted bound, and must persist a new bound before allocating.        *)
Recover ==
    /\ ~up
    /\ up' = TRUE
    /\ cur' = persisted
    /\ limit' = persisted
    /\ UNCHANGED <<persisted, saving, lastIssued>>

Next == Allocate \/ StartSave \/ StoreSave \/ AckSave \/ Crash \/ Recover

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: the running oracle's counter is at least the latest timestamp   *)
(* handed out, so the next timestamp (cur + 1) is larger than every one    *)
(* handed out before.                                                      *)
StrictlyIncreasing == up => lastIssued <= cur

=============================================================================
