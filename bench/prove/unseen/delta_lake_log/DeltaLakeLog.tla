----------------------------- MODULE DeltaLakeLog -----------------------------
(***************************************************************************)
(* The transaction log of a Delta Lake table on an object store, written   *)
(* by idempotent streaming writers (Delta's SetTransaction / txnAppId      *)
(* mechanism).                                                             *)
(*                                                                         *)
(* The log is a sequence of version files 1.json, 2.json, ...; version v   *)
(* is committed by the writer whose put-if-absent of v.json succeeded.     *)
(* Each writer w is a streaming query with application id w that must add  *)
(* one batch of data (one data file, identified with w) to the table.  Its *)
(* commit carries the data file and a SetTransaction(appId = w) action.    *)
(*                                                                         *)
(* A writer w, starting (or restarting after a crash):                     *)
(*   1. reads the latest snapshot: the last checkpoint plus the version    *)
(*      files after it.  If the snapshot already holds a SetTransaction    *)
(*      for w, its batch is committed and it stops; otherwise it writes    *)
(*      its data file and prepares a commit against the snapshot's         *)
(*      version N (its read version);                                      *)
(*   2. puts version file N+1 with put-if-absent.  If it is absent, the    *)
(*      commit succeeds.  If it exists, another writer won: the writer     *)
(*      reads the winning commits N+1..M (M the latest version).  If one   *)
(*      of them carries a SetTransaction for w, it fails                   *)
(*      (ConcurrentTransactionException) and restarts; otherwise (a blind  *)
(*      append does not conflict) it rebases on version M and retries.     *)
(* A writer may crash at any time, losing its local state; it then starts  *)
(* again at step 1.  Its orphaned data file is left for VACUUM.            *)
(*                                                                         *)
(* Checkpoint: a process compacts the log by writing a checkpoint of a     *)
(* committed version c newer than the current one, computed from the       *)
(* current checkpoint and the version files up to c, and pointing          *)
(* _last_checkpoint at it.  The checkpoint stores the table state; here    *)
(* the part that matters, the application ids with a SetTransaction.       *)
(*                                                                         *)
(* The object store is strongly consistent (listing, get and               *)
(* put-if-absent act atomically on the current contents).  The data files  *)
(* themselves and removal actions are abstracted away; the log is never    *)
(* cleaned up.                                                             *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Writer,       \* the writers (streaming queries); also their app ids
    MaxVersion    \* bound on the number of versions of the log

ASSUME MaxVersion \in Nat \ {0}

Version == 1..MaxVersion
None == "none"        \* no version file with this number

VARIABLES
    log,          \* log[v]: the writer whose commit is version v, or None
    ckptVersion,  \* version of the checkpoint _last_checkpoint points at (0: none)
    ckptTxns,     \* app ids with a SetTransaction in that checkpoint
    pc,           \* pc[w]: "idle", "committing" or "done"
    readVersion   \* readVersion[w]: the version w's commit is based on

vars == <<log, ckptVersion, ckptTxns, pc, readVersion>>

TypeOK ==
    /\ log \in [Version -> Writer \cup {None}]
    /\ ckptVersion \in 0..MaxVersion
    /\ ckptTxns \in SUBSET Writer
    /\ pc \in [Writer -> {"idle", "committing", "done"}]
    /\ readVersion \in [Writer -> 0..MaxVersion]

Init ==
    /\ log = [v \in Version |-> None]
    /\ ckptVersion = 0
    /\ ckptTxns = {}
    /\ pc = [w \in Writer |-> "idle"]
    /\ readVersion = [w \in Writer |-> 0]

(* The latest version: the highest version file in a listing of the log.   *)
Latest == IF \A v \in Version : log[v] = None THEN 0
          ELSE CHOOSE v \in Version : log[v] # None /\
                                      \A u \in Version : log[u] # None => u <= v

(* App ids with a SetTransaction in the latest snapshot: the checkpoint    *)
(* plus the version files after it.                                        *)
SnapshotTxns ==
    ckptTxns \cup {log[v] : v \in {u \in Version : u > ckptVersion /\ log[u] # None}}

-----------------------------------------------------------------------------
(* Step 1: read the latest snapshot.  A batch already committed is not     *)
(* committed again; otherwise write the data file and prepare a commit     *)
(* against the latest version.                                             *)
Start(w) ==
    /\ pc[w] = "idle"
    /\ IF w \in SnapshotTxns
         THEN /\ pc' = [pc EXCEPT ![w] = "done"]
              /\ UNCHANGED readVersion
         ELSE /\ pc' = [pc EXCEPT ![w] = "committing"]
              /\ readVersion' = [readVersion EXCEPT ![w] = Latest]
    /\ UNCHANGED <<log, ckptVersion, ckptTxns>>

(* Step 2, success: put-if-absent of the next version file succeeds.       *)
CommitSucceeds(w) ==
    /\ pc[w] = "committing"
    /\ readVersion[w] < MaxVersion
    /\ log[readVersion[w] + 1] = None
    /\ log' = [log EXCEPT ![readVersion[w] + 1] = w]
    /\ pc' = [pc EXCEPT ![w] = "done"]
    /\ UNCHANGED <<ckptVersion, ckptTxns, readVersion>>

(* Step 2, conflict: the version file exists.  The writer checks the       *)
(* winning commits: a concurrent SetTransaction for its own app id is a    *)
(* conflict and it restarts; otherwise it rebases on the latest version.   *)
CommitConflict(w) ==
    /\ pc[w] = "committing"
    /\ readVersion[w] < MaxVersion
    /\ log[readVersion[w] + 1] # None
    /\ IF \E v \in (readVersion[w] + 1)..Latest : log[v] = w
         THEN /\ pc' = [pc EXCEPT ![w] = "idle"]
              /\ UNCHANGED readVersion
         ELSE /\ readVersion' = [readVersion EXCEPT ![w] = Latest]
              /\ UNCHANGED pc
    /\ UNCHANGED <<log, ckptVersion, ckptTxns>>

(* The writer crashes and loses its local state; it will start again.      *)
Crash(w) ==
    /\ pc[w] # "idle"
    /\ pc' = [pc EXCEPT ![w] = "idle"]
    /\ UNCHANGED <<log, ckptVersion, ckptTxns, readVersion>>

(* A checkpoint of committed version c, newer than the current one, is     *)
(* computed from the current checkpoint and versions ckptVersion+1..c,     *)
(* and _last_checkpoint is pointed at it.                                  *)
Checkpoint ==
    /\ \E c \in Version :
          /\ c > ckptVersion
          /\ log[c] # None
          /\ ckptTxns' = ckptTxns \cup
                {log[v] : v \in {u \in (ckptVersion + 1)..c : log[u] # None}}
          /\ ckptVersion' = c
    /\ UNCHANGED <<log, pc, readVersion>>

Next ==
    \/ \E w \in Writer :
          \/ Start(w)
          \/ CommitSucceeds(w)
          \/ CommitConflict(w)
          \/ Crash(w)
    \/ Checkpoint

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: every committed data file is referenced by exactly one          *)
(* version: no two version files carry the same writer's batch.            *)
DataFileCommittedOnce ==
    \A v1, v2 \in Version :
        log[v1] # None /\ log[v1] = log[v2] => v1 = v2

=============================================================================
