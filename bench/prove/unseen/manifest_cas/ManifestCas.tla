----------------------------- MODULE ManifestCas -----------------------------
(***************************************************************************)
(* Optimistic table commits on object storage, as in Apache Iceberg.       *)
(*                                                                         *)
(* A table is a chain of immutable metadata files in object storage.  A    *)
(* catalog (Hive metastore, JDBC or REST catalog) holds a single pointer,  *)
(* the location of the current metadata file.  To commit, a writer reads  *)
(* the current metadata as its base, applies its change and writes a new   *)
(* metadata file under a fresh name (a UUID, modelled by the counter      *)
(* nextFile); the new file records its base as its parent.  The writer    *)
(* then asks the catalog to compare-and-swap the pointer from the base     *)
(* recorded in its file to the new file.  If another writer committed in   *)
(* the meantime the swap fails, and the writer retries: it rebases its     *)
(* change onto the new current metadata and writes another new file.      *)
(* A writer may crash, or give up, at any point after writing its file;   *)
(* the files of failed and abandoned attempts stay in storage as orphans   *)
(* (cleaning them up is not modelled).                                     *)
(*                                                                         *)
(* The history variable committed records every metadata file that has    *)
(* ever been made current.                                                 *)
(*                                                                         *)
(* Safety: the history is linear, so no commit is lost: every committed    *)
(* metadata file other than the initial one has a committed parent, and no *)
(* two committed files have the same parent.  The committed files thus     *)
(* form one chain from the initial metadata, each file's parent being the *)
(* version committed just before it.                                       *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS Writer,    \* the writers committing to the table
          MaxFile    \* the bound on the metadata files written

ASSUME MaxFile \in Nat /\ MaxFile >= 1

File == 0 .. MaxFile     \* metadata files; file 0 is the table's initial metadata
Initial == 0

VARIABLES current,    \* the catalog's pointer: the current metadata file
          parent,     \* parent[f]: the parent recorded in written metadata file f
          nextFile,   \* the next fresh metadata file name
          pending,    \* pending[w]: the new file w is trying to commit (Initial: none)
          committed   \* history: the metadata files that have ever been current

vars == <<current, parent, nextFile, pending, committed>>

TypeOK ==
    /\ current \in File
    /\ parent \in [1 .. MaxFile -> File]
    /\ nextFile \in 1 .. MaxFile + 1
    /\ pending \in [Writer -> File]
    /\ committed \in SUBSET File

Init ==
    /\ current = Initial
    /\ parent = [f \in 1 .. MaxFile |-> Initial]
    /\ nextFile = 1
    /\ pending = [w \in Writer |-> Initial]
    /\ committed = {Initial}

(* Writer w, with no commit in progress, reads the current metadata as its *)
(* base and writes a new metadata file, recording the base as its parent.  *)
Write(w) ==
    /\ pending[w] = Initial
    /\ nextFile <= MaxFile
    /\ parent' = [parent EXCEPT ![nextFile] = current]
    /\ pending' = [pending EXCEPT ![w] = nextFile]
    /\ nextFile' = nextFile + 1
    /\ UNCHANGED <<current, committed>>

(* The catalog swaps its pointer from w's base to w's new file: the        *)
(* pointer still equals the parent recorded in that file.                  *)
Commit(w) ==
    /\ pending[w] # Initial
    /\ current = parent[pending[w]]
    /\ current' = pending[w]
    /\ committed' = committed \cup {pending[w]}
    /\ pending' = [pending EXCEPT ![w] = Initial]
    /\ UNCHANGED <<parent, nextFile>>

(* The swap fails because another writer has committed since w read its   *)
(* base.  Writer w retries: it rebases onto the new current metadata and   *)
(* writes another new file; its old file is left as an orphan.            *)
Retry(w) ==
    /\ pending[w] # Initial
    /\ current # parent[pending[w]]
    /\ nextFile <= MaxFile
    /\ parent' = [parent EXCEPT ![nextFile] = current]
    /\ pending' = [pending EXCEPT ![w] = nextFile]
    /\ nextFile' = nextFile + 1
    /\ UNCHANGED <<current, committed>>

(* Writer w crashes or gives up; the file it wrote is left as an orphan. *)
Abandon(w) ==
    /\ pending[w] # Initial
    /\ pending' = [pending EXCEPT ![w] = Initial]
    /\ UNCHANGED <<current, parent, nextFile, committed>>

Next ==
    \E w \in Writer :
        \/ Write(w)
        \/ Commit(w)
        \/ Retry(w)
        \/ Abandon(w)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* The committed metadata files form a single chain from the initial one:  *)
(* each has a committed parent and no two share a parent.                  *)
LinearHistory ==
    \A f, g \in committed \ {Initial} :
        /\ parent[f] \in committed
        /\ f # g => parent[f] # parent[g]
=============================================================================
