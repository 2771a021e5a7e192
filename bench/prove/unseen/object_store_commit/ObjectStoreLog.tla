---------------------------- MODULE ObjectStoreLog ----------------------------
(***************************************************************************)
(* Optimistic commits to a table log kept on object storage, in the style  *)
(* of Delta Lake: the log is a series of numbered entry files 0, 1, ...,   *)
(* MaxVersion, and version v of the table is committed by creating file v  *)
(* with put-if-absent, which the store executes atomically: it creates the *)
(* file if there is none and fails otherwise.                              *)
(*                                                                         *)
(* A writer lists the log to read the latest version (-1 for an empty      *)
(* table), prepares its commit against that version (writing its data      *)
(* files, which are not modeled), then sends put-if-absent of the next     *)
(* version.  The store answers acknowledged or rejected; on an             *)
(* acknowledgement the writer records the version as committed by it, and *)
(* on a rejection it retries from a fresh read.  A file records the writer *)
(* that created it.                                                        *)
(*                                                                         *)
(* Safety: no two writers believe they committed the same version, and the *)
(* file of a version a writer believes it committed was written by that    *)
(* writer.                                                                 *)
(***************************************************************************)
EXTENDS Integers

CONSTANTS
    Writer,      \* The writers.
    NoWriter,    \* Stands for an absent file.
    MaxVersion   \* The last version file the model allows.

ASSUME NoWriter \notin Writer /\ MaxVersion \in Nat

Version == 0 .. MaxVersion

VARIABLES
    file,       \* file[v]: the writer that created log file v, or NoWriter.
    pc,         \* pc[w]: "idle", "read", "prepared", "acked" or "rejected".
    base,       \* base[w]: the latest version writer w read.
    committed   \* committed[w]: the versions writer w believes it committed.

vars == <<file, pc, base, committed>>

TypeOK ==
    /\ file \in [Version -> Writer \cup {NoWriter}]
    /\ pc \in [Writer -> {"idle", "read", "prepared", "acked", "rejected"}]
    /\ base \in [Writer -> -1 .. MaxVersion - 1]
    /\ committed \in [Writer -> SUBSET Version]

(* The latest version in the log, -1 if the log is empty. *)
Latest ==
    IF \E v \in Version : file[v] # NoWriter
      THEN CHOOSE v \in Version : file[v] # NoWriter /\
                                  \A u \in Version : file[u] # NoWriter => u <= v
      ELSE -1

Init ==
    /\ file = [v \in Version |-> NoWriter]
    /\ pc = [w \in Writer |-> "idle"]
    /\ base = [w \in Writer |-> -1]
    /\ committed = [w \in Writer |-> {}]

(* Writer w lists the log and reads its latest version (the model stops    *)
(* once the last version file exists).                                     *)
Read(w) ==
    /\ pc[w] = "idle"
    /\ Latest < MaxVersion
    /\ pc' = [pc EXCEPT ![w] = "read"]
    /\ base' = [base EXCEPT ![w] = Latest]
    /\ UNCHANGED <<file, committed>>

(* Writer w prepares its commit against the version it read. *)
Prepare(w) ==
    /\ pc[w] = "read"
    /\ pc' = [pc EXCEPT ![w] = "prepared"]
    /\ UNCHANGED <<file, base, committed>>

(* The store executes w's put-if-absent of version base[w] + 1: it creates *)
(* the file and acknowledges if the file is absent, and rejects otherwise. *)
PutIfAbsent(w) ==
    /\ pc[w] = "prepared"
    /\ IF file[base[w] + 1] = NoWriter
         THEN /\ file' = [file EXCEPT ![base[w] + 1] = w]
              /\ pc' = [pc EXCEPT ![w] = "acked"]
         ELSE /\ pc' = [pc EXCEPT ![w] = "rejected"]
              /\ UNCHANGED file
    /\ UNCHANGED <<base, committed>>

(* Writer w receives the acknowledgement: version base[w] + 1 is its commit. *)
ReceiveAck(w) ==
    /\ pc[w] = "acked"
    /\ committed' = [committed EXCEPT ![w] = @ \cup {base[w] + 1}]
    /\ pc' = [pc EXCEPT ![w] = "idle"]
    /\ UNCHANGED <<file, base>>

(* Writer w receives the rejection: another writer took the version, and w *)
(* retries from a fresh read.                                              *)
ReceiveReject(w) ==
    /\ pc[w] = "rejected"
    /\ pc' = [pc EXCEPT ![w] = "idle"]
    /\ UNCHANGED <<file, base, committed>>

Next ==
    \E w \in Writer :
        \/ Read(w)
        \/ Prepare(w)
        \/ PutIfAbsent(w)
        \/ ReceiveAck(w)
        \/ ReceiveReject(w)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No two writers believe they committed the same version, and the file of *)
(* every version a writer believes it committed was written by it.         *)
UniqueCommits ==
    /\ \A w, u \in Writer : w # u => committed[w] \cap committed[u] = {}
    /\ \A w \in Writer : \A v \in committed[w] : file[v] = w
=============================================================================
