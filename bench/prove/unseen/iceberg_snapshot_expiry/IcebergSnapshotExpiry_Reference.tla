-------------------- MODULE IcebergSnapshotExpiry_Reference --------------------
(***************************************************************************)
(* A hand-written inductive invariant for IcebergSnapshotExpiry.           *)
(***************************************************************************)
EXTENDS IcebergSnapshotExpiry

(* The table always retains a snapshot (its current one).                  *)
CurrentRetained ==
    live # {}

(* A writer whose CAS would succeed has the current snapshot as its base.  *)
BaseIsCurrent ==
    \A w \in Writer : wstate[w] \in Snap => wstate[w] = Current

(* A writer that has started and not finished has its data file in the     *)
(* store, not doomed.                                                      *)
WriterFileStored ==
    \A w \in Writer : wstate[w] \notin {Idle, Done} => fstate[w] = "stored"

(* No retained snapshot references the data file of a writer that has not  *)
(* finished.                                                               *)
UncommittedFileUnreferenced ==
    \A w \in Writer : wstate[w] # Done => \A s \in live : w \notin Files(s)

(* No retained snapshot references a doomed data file.                     *)
DoomedUnreferenced ==
    \A f \in File : fstate[f] = "doomed" => \A s \in live : f \notin Files(s)

IndRef ==
    /\ TypeOK
    /\ RetainedFilesExist
    /\ CurrentRetained
    /\ BaseIsCurrent
    /\ WriterFileStored
    /\ UncommittedFileUnreferenced
    /\ DoomedUnreferenced
=============================================================================
