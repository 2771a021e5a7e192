----------------------- MODULE IcebergSnapshotExpiry -----------------------
(***************************************************************************)
(* Snapshot expiry in an object-store table format, as in Apache Iceberg   *)
(* (Iceberg table spec; Iceberg docs, "Maintenance: Expire Snapshots").    *)
(*                                                                         *)
(* A table is a pointer, held by a catalog, to its current metadata: the   *)
(* list of retained snapshots and the current one.  A snapshot references  *)
(* the data files of the table at that version; data files are immutable  *)
(* objects in the store.  A writer reads the metadata, writes a new data   *)
(* file, builds a new snapshot on the current snapshot it read (its base)  *)
(* and commits new metadata by compare-and-swap of the table pointer.  If  *)
(* the pointer has moved in between, the CAS fails: the writer's base is   *)
(* now an older snapshot, so it re-reads the metadata and rebuilds its     *)
(* snapshot on the new current one before trying again.  The              *)
(* expire-snapshots maintenance job commits metadata without an old (not   *)
(* current) snapshot, and afterwards deletes from the store the data files *)
(* that the expired snapshot referenced and no retained snapshot did.      *)
(*                                                                         *)
(* Snapshot ids are 0 .. MaxSnap, given in commit order; snapshot 0, the   *)
(* initial one, holds the file InitFile.  Each writer commits once: an     *)
(* append (its base's files and its own), a copy-on-write update (its own  *)
(* file replaces InitFile, whose rows it rewrites) or an overwrite (its    *)
(* own file replaces all its base's files, as a compaction or an INSERT    *)
(* OVERWRITE); the data file a writer writes is named after the writer.    *)
(* Table metadata never returns to an earlier value, so a writer's CAS     *)
(* succeeds iff nothing has been committed since it read the pointer: the  *)
(* model keeps the writer's base until then, and marks the writer Stale   *)
(* when another commit moves the pointer.  The expire job's commit never   *)
(* fails (it reads and swaps the pointer in one step); its deletions       *)
(* follow, one file at a time.  A writer only starts or rebases while a    *)
(* snapshot id is left for it.  Orphan-file cleanup, manifests, delete     *)
(* files and branches are left out.                                        *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Writer,     \* the writers; each writes the data file named after it
    InitFile,   \* the data file of the initial snapshot
    MaxSnap,    \* snapshot ids are 0 .. MaxSnap
    Idle,       \* model values: a writer that has not started,
    Stale,      \*   one whose base is outdated (its CAS would fail),
    Done        \*   one that has committed or given up

File == {InitFile} \cup Writer
Snap == 0 .. MaxSnap
NewSnap == 1 .. MaxSnap

ASSUME InitFile \notin Writer

VARIABLES
    snapFiles,  \* snapFiles[s]: the data files snapshot s (s > 0) references
    live,       \* the snapshots retained in the table's current metadata
    fstate,     \* fstate[f]: "none" (not in the object store), "stored", or
                \* "doomed" (stored, and to be deleted by the expire job)
    wstate      \* wstate[w]: Idle, Stale, Done, or the base snapshot of a
                \* writer whose file is written and whose CAS would succeed

vars == <<snapFiles, live, fstate, wstate>>

TypeOK ==
    /\ snapFiles \in [NewSnap -> SUBSET File]
    /\ live \in SUBSET Snap
    /\ fstate \in [File -> {"none", "stored", "doomed"}]
    /\ wstate \in [Writer -> (0 .. MaxSnap - 1) \cup {Idle, Stale, Done}]

(* The data files in the object store.                                     *)
Stored == {f \in File : fstate[f] # "none"}

(* The data files of snapshot s.                                           *)
Files(s) == IF s = 0 THEN {InitFile} ELSE snapFiles[s]

Max(S) == CHOOSE m \in S : \A n \in S : n <= m

(* The current snapshot: the latest one committed (0 if there is none).    *)
Current == IF live = {} THEN 0 ELSE Max(live)

(* Writer w's commit moves the table pointer: w is done, and every other   *)
(* writer with a base becomes Stale.                                       *)
MovePointer(w) ==
    wstate' = [x \in Writer |->
                 IF x = w THEN Done
                 ELSE IF wstate[x] \in Snap THEN Stale ELSE wstate[x]]

Init ==
    /\ snapFiles = [s \in NewSnap |-> {}]
    /\ live = {0}
    /\ fstate = [f \in File |-> IF f = InitFile THEN "stored" ELSE "none"]
    /\ wstate = [w \in Writer |-> Idle]

-----------------------------------------------------------------------------
(* Writer w reads the table metadata (its base is the current snapshot)    *)
(* and writes its data file.                                               *)
Start(w) ==
    /\ wstate[w] = Idle
    /\ Current < MaxSnap
    /\ wstate' = [wstate EXCEPT ![w] = Current]
    /\ fstate' = [fstate EXCEPT ![w] = "stored"]
    /\ UNCHANGED <<snapFiles, live>>

(* The files of a snapshot that operation op of writer w builds on base b. *)
NewFiles(w, op, b) ==
    CASE op = "append"    -> Files(b) \cup {w}
      [] op = "update"    -> (Files(b) \ {InitFile}) \cup {w}
      [] op = "overwrite" -> {w}

(* Writer w's CAS succeeds: it commits a snapshot built on its base.       *)
Commit(w, op) ==
    /\ wstate[w] \in Snap
    /\ Current < MaxSnap
    /\ snapFiles' = [snapFiles EXCEPT ![Current + 1] = NewFiles(w, op, wstate[w])]
    /\ live' = live \cup {Current + 1}
    /\ MovePointer(w)
    /\ UNCHANGED fstate

(* Writer w's CAS has failed: it re-reads the metadata and rebuilds its    *)
(* snapshot on the current one.                                            *)
Rebase(w) ==
    /\ wstate[w] = Stale
    /\ Current < MaxSnap
    /\ wstate' = [wstate EXCEPT ![w] = Current]
    /\ UNCHANGED <<snapFiles, live, fstate>>

(* Writer w gives up (e.g. after too many failed commits).  Its data file  *)
(* stays in the store, unreferenced: an orphan file, for orphan-file       *)
(* cleanup to remove.                                                      *)
GiveUp(w) ==
    /\ wstate[w] \notin {Idle, Done}
    /\ wstate' = [wstate EXCEPT ![w] = Done]
    /\ UNCHANGED <<snapFiles, live, fstate>>

(* The expire job commits metadata without old snapshot s and dooms the    *)
(* stored data files that s references and no retained snapshot does.     *)
Expire(s) ==
    /\ s \in live
    /\ s # Current
    /\ live' = live \ {s}
    /\ LET unreferenced == Files(s) \ UNION {Files(t) : t \in live \ {s}}
       IN  fstate' = [f \in File |->
                        IF f \in unreferenced /\ fstate[f] = "stored"
                          THEN "doomed" ELSE fstate[f]]
    /\ wstate' = [x \in Writer |-> IF wstate[x] \in Snap THEN Stale ELSE wstate[x]]
    /\ UNCHANGED snapFiles

(* The expire job deletes doomed data file f from the object store.        *)
Delete(f) ==
    /\ fstate[f] = "doomed"
    /\ fstate' = [fstate EXCEPT ![f] = "none"]
    /\ UNCHANGED <<snapFiles, live, wstate>>

Next ==
    \/ \E w \in Writer : Start(w) \/ Rebase(w) \/ GiveUp(w)
    \/ \E w \in Writer, op \in {"append", "update", "overwrite"} : Commit(w, op)
    \/ \E s \in Snap : Expire(s)
    \/ \E f \in File : Delete(f)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Every data file a retained snapshot references is in the store.         *)
RetainedFilesExist ==
    \A s \in live : Files(s) \subseteq Stored
=============================================================================
