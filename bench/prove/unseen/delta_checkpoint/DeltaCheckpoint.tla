--------------------------- MODULE DeltaCheckpoint ---------------------------
(***************************************************************************)
(* A Delta Lake-style transaction log on object storage, with checkpoints  *)
(* and log cleanup.                                                        *)
(*                                                                         *)
(* The table's history is a log of numbered entries (00000.json,           *)
(* 00001.json, ...) in object storage.  A writer reads the latest version  *)
(* of the table as its snapshot and commits by writing the entry for the   *)
(* next version with put-if-absent; if another writer has already written  *)
(* that entry, the put fails and the writer retries on a fresh snapshot.   *)
(* Writers may crash or give up at any time.  The latest committed version *)
(* is the highest entry in the log, as a reader listing the log sees it.   *)
(*                                                                         *)
(* A checkpointer reads the latest version and later writes a checkpoint  *)
(* of the table at that version.  A cleaner reads the latest checkpoint    *)
(* and then deletes, one at a time, log entries older than it.  Either may *)
(* be slow, so what it read may be stale when it acts, and either may      *)
(* crash and abandon its work.  A reader reconstructs the latest version   *)
(* from the latest checkpoint plus the log entries after it, or from the   *)
(* whole log if there is no checkpoint yet.                                *)
(*                                                                         *)
(* A writer whose snapshot is so stale that the entry it tries to write    *)
(* has already been cleaned up would re-create that entry below the       *)
(* checkpoint, where readers ignore it; Delta rules this out with a log    *)
(* retention period far longer than any transaction, which is not          *)
(* modelled.                                                               *)
(*                                                                         *)
(* Safety: the latest committed version can be reconstructed: the latest   *)
(* checkpoint is not beyond it, and every log entry after the latest       *)
(* checkpoint up to it is present.                                         *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS Writer,       \* the writers committing to the table
          MaxVersion,   \* the bound on the table versions
          None          \* no version (a model value)

ASSUME MaxVersion \in Nat /\ None \notin Nat

Version == 0 .. MaxVersion

VARIABLES log,           \* the versions whose log entries are in storage
          checkpoints,   \* the versions with a checkpoint in storage
          snapshot,      \* snapshot[w]: the version writer w read, or None
          ckptVersion,   \* the version the checkpointer is checkpointing, or None
          cleanBound     \* the checkpoint the cleaner cleans up to, or None

vars == <<log, checkpoints, snapshot, ckptVersion, cleanBound>>

TypeOK ==
    /\ log \in SUBSET Version
    /\ checkpoints \in SUBSET Version
    /\ snapshot \in [Writer -> Version \cup {None}]
    /\ ckptVersion \in Version \cup {None}
    /\ cleanBound \in Version \cup {None}

(* The largest element of a set of versions (0 for the empty set). *)
Max(S) == CHOOSE v \in S \cup {0} : \A u \in S : u <= v

(* The latest committed version: the highest log entry in storage. *)
Latest == Max(log)

(* The first log entry a reader needs: the one after the latest checkpoint, *)
(* or the very first entry if there is no checkpoint.                       *)
ReadFrom == IF checkpoints = {} THEN 0 ELSE Max(checkpoints) + 1

Init ==
    /\ log = {0}
    /\ checkpoints = {}
    /\ snapshot = [w \in Writer |-> None]
    /\ ckptVersion = None
    /\ cleanBound = None

(* Writer w reads the latest version of the table as its snapshot. *)
ReadSnapshot(w) ==
    /\ snapshot[w] = None
    /\ snapshot' = [snapshot EXCEPT ![w] = Latest]
    /\ UNCHANGED <<log, checkpoints, ckptVersion, cleanBound>>

(* Writer w's put-if-absent of the entry for the version after its         *)
(* snapshot succeeds: the entry is absent.                                 *)
Commit(w) ==
    /\ snapshot[w] # None
    /\ snapshot[w] < MaxVersion
    /\ snapshot[w] + 1 \notin log
    /\ log' = log \cup {snapshot[w] + 1}
    /\ snapshot' = [snapshot EXCEPT ![w] = None]
    /\ UNCHANGED <<checkpoints, ckptVersion, cleanBound>>

(* Writer w's put-if-absent fails: another writer wrote that entry first.  *)
(* Writer w retries on a fresh snapshot.                                   *)
Conflict(w) ==
    /\ snapshot[w] # None
    /\ snapshot[w] < MaxVersion
    /\ snapshot[w] + 1 \in log
    /\ snapshot' = [snapshot EXCEPT ![w] = Latest]
    /\ UNCHANGED <<log, checkpoints, ckptVersion, cleanBound>>

(* Writer w crashes or gives up its transaction. *)
Abort(w) ==
    /\ snapshot[w] # None
    /\ snapshot' = [snapshot EXCEPT ![w] = None]
    /\ UNCHANGED <<log, checkpoints, ckptVersion, cleanBound>>

(* The checkpointer reads the latest version, to checkpoint it. *)
StartCheckpoint ==
    /\ ckptVersion = None
    /\ ckptVersion' = Latest
    /\ UNCHANGED <<log, checkpoints, snapshot, cleanBound>>

(* The checkpointer writes the checkpoint of the version it read. *)
WriteCheckpoint ==
    /\ ckptVersion # None
    /\ checkpoints' = checkpoints \cup {ckptVersion}
    /\ ckptVersion' = None
    /\ UNCHANGED <<log, snapshot, cleanBound>>

(* The checkpointer crashes before writing its checkpoint. *)
AbandonCheckpoint ==
    /\ ckptVersion # None
    /\ ckptVersion' = None
    /\ UNCHANGED <<log, checkpoints, snapshot, cleanBound>>

(* The cleaner reads the latest checkpoint, up to which it will clean. *)
StartCleanup ==
    /\ cleanBound = None
    /\ checkpoints # {}
    /\ cleanBound' = Max(checkpoints)
    /\ UNCHANGED <<log, checkpoints, snapshot, ckptVersion>>

(* The cleaner deletes log entry v, older than its checkpoint. *)
DeleteEntry(v) ==
    /\ cleanBound # None
    /\ v \in log
    /\ v < cleanBound
    /\ log' = log \ {v}
    /\ UNCHANGED <<checkpoints, snapshot, ckptVersion, cleanBound>>

(* The cleaner finishes, or crashes. *)
StopCleanup ==
    /\ cleanBound # None
    /\ cleanBound' = None
    /\ UNCHANGED <<log, checkpoints, snapshot, ckptVersion>>

Next ==
    \/ \E w \in Writer :
          \/ ReadSnapshot(w)
          \/ Commit(w)
          \/ Conflict(w)
          \/ Abort(w)
    \/ StartCheckpoint
    \/ WriteCheckpoint
    \/ AbandonCheckpoint
    \/ StartCleanup
    \/ \E v \in Version : DeleteEntry(v)
    \/ StopCleanup

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* A reader can reconstruct the latest committed version: the latest       *)
(* checkpoint is not beyond it and the log entries after the checkpoint up *)
(* to it are all present.                                                  *)
Reconstructible ==
    /\ checkpoints # {} => Max(checkpoints) <= Latest
    /\ \A v \in ReadFrom .. Latest : v \in log
=============================================================================
