-------------------------- MODULE OrphanFileCleanup --------------------------
(***************************************************************************)
(* Orphan-file cleanup for a table format on object storage (Iceberg- or   *)
(* Delta-like).                                                            *)
(*                                                                         *)
(* Writers write data files (each under a fresh, unique name) into the     *)
(* table's location, then commit: from the snapshot they loaded (its       *)
(* version is the value of the current-snapshot pointer) they build a new  *)
(* snapshot that appends their file, or that overwrites a file of the      *)
(* snapshot with theirs, and install it by compare-and-swap of the         *)
(* pointer; when the pointer has moved the CAS fails and they reload and   *)
(* retry.  A writer that crashes or gives up leaves its file behind as an  *)
(* orphan.  Writes must complete within the retention age: a writer        *)
(* commits only while its file is younger than the retention age.         *)
(*                                                                         *)
(* The orphan-file cleanup lists the table location, keeping the files     *)
(* older than the retention age, then reads the current snapshot and drops *)
(* the files it references, and deletes the remaining candidates one by    *)
(* one.                                                                    *)
(*                                                                         *)
(* The clock is abstracted to each file's age class: a stored file is      *)
(* "young" until it becomes older than the retention age ("old").          *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Files,       \* data file names (UUIDs)
    Writers,     \* concurrent writers
    NoFile,      \* a writer holding no uncommitted file
    MaxVersion   \* bound on the number of commits

VARIABLES
    status,      \* status[f]: "unused", "young", "old" (stored) or "deleted"
    current,     \* the files referenced by the current snapshot
    version,     \* the current-snapshot pointer (snapshot version)
    wfile,       \* wfile[w]: the data file w wrote and has not committed
    wbase,       \* wbase[w]: the snapshot version w loaded
    cphase,      \* the cleanup's phase: "idle", "listed" or "deleting"
    cands        \* the cleanup's candidate files

vars == <<status, current, version, wfile, wbase, cphase, cands>>

TypeOK ==
    /\ status \in [Files -> {"unused", "young", "old", "deleted"}]
    /\ current \subseteq Files
    /\ version \in 0..MaxVersion
    /\ wfile \in [Writers -> Files \cup {NoFile}]
    /\ wbase \in [Writers -> 0..MaxVersion]
    /\ cphase \in {"idle", "listed", "deleting"}
    /\ cands \subseteq Files

Stored(f) == status[f] \in {"young", "old"}

Init ==
    /\ status = [f \in Files |-> "unused"]
    /\ current = {}
    /\ version = 0
    /\ wfile = [w \in Writers |-> NoFile]
    /\ wbase = [w \in Writers |-> 0]
    /\ cphase = "idle"
    /\ cands = {}

\* Writer w loads the current table metadata (also: reload after a failed CAS).
LoadSnapshot(w) ==
    /\ wbase' = [wbase EXCEPT ![w] = version]
    /\ UNCHANGED <<status, current, version, wfile, cphase, cands>>

\* Writer w writes a data file under a fresh name.
WriteFile(w, f) ==
    /\ wfile[w] = NoFile
    /\ status[f] = "unused"
    /\ status' = [status EXCEPT ![f] = "young"]
    /\ wfile' = [wfile EXCEPT ![w] = f]
    /\ UNCHANGED <<current, version, wbase, cphase, cands>>

\* Writer w's compare-and-swap of the snapshot pointer succeeds: the pointer
\* still holds the version it loaded, so the new snapshot it built from that
\* snapshot becomes current.  The new snapshot has the loaded snapshot's
\* files minus the files in removed, plus the writer's file.  The writer
\* commits only while its file is younger than the retention age.
CasCommit(w, removed) ==
    /\ wfile[w] # NoFile
    /\ status[wfile[w]] = "young"
    /\ version = wbase[w]
    /\ version < MaxVersion
    /\ version' = version + 1
    /\ current' = (current \ removed) \cup {wfile[w]}
    /\ wfile' = [wfile EXCEPT ![w] = NoFile]
    /\ wbase' = [wbase EXCEPT ![w] = version + 1]
    /\ UNCHANGED <<status, cphase, cands>>

\* An append commit.
CommitAppend(w) == CasCommit(w, {})

\* An overwrite commit: the writer's file replaces file g of the snapshot.
CommitOverwrite(w, g) ==
    /\ g \in current
    /\ CasCommit(w, {g})

\* Writer w crashes or gives up: its file stays behind, unreferenced.
Abandon(w) ==
    /\ wfile[w] # NoFile
    /\ wfile' = [wfile EXCEPT ![w] = NoFile]
    /\ UNCHANGED <<status, current, version, wbase, cphase, cands>>

\* Time passes: stored file f becomes older than the retention age.
AgeOut(f) ==
    /\ status[f] = "young"
    /\ status' = [status EXCEPT ![f] = "old"]
    /\ UNCHANGED <<current, version, wfile, wbase, cphase, cands>>

\* The cleanup lists the table location, keeping files older than the
\* retention age.
ListFiles ==
    /\ cphase = "idle"
    /\ cands' = {f \in Files : status[f] = "old"}
    /\ cphase' = "listed"
    /\ UNCHANGED <<status, current, version, wfile, wbase>>

\* The cleanup reads the current snapshot and keeps the candidates it does
\* not reference: the orphans.
ReadSnapshot ==
    /\ cphase = "listed"
    /\ cands' = cands \ current
    /\ cphase' = "deleting"
    /\ UNCHANGED <<status, current, version, wfile, wbase>>

\* The cleanup deletes orphan f.
DeleteFile(f) ==
    /\ cphase = "deleting"
    /\ f \in cands
    /\ status' = [status EXCEPT ![f] = "deleted"]
    /\ cands' = cands \ {f}
    /\ UNCHANGED <<current, version, wfile, wbase, cphase>>

\* The cleanup run ends.
FinishCleanup ==
    /\ cphase = "deleting"
    /\ cands = {}
    /\ cphase' = "idle"
    /\ UNCHANGED <<status, current, version, wfile, wbase, cands>>

Next ==
    \/ \E w \in Writers : LoadSnapshot(w)
    \/ \E w \in Writers, f \in Files : WriteFile(w, f)
    \/ \E w \in Writers : CommitAppend(w)
    \/ \E w \in Writers, g \in Files : CommitOverwrite(w, g)
    \/ \E w \in Writers : Abandon(w)
    \/ \E f \in Files : AgeOut(f)
    \/ ListFiles
    \/ ReadSnapshot
    \/ \E f \in Files : DeleteFile(f)
    \/ FinishCleanup

Spec == Init /\ [][Next]_vars

\* No file referenced by the current snapshot has been deleted.
NoReferencedFileDeleted ==
    \A f \in current : status[f] # "deleted"
=============================================================================
