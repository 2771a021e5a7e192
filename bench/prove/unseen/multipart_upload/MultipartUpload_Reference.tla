----------------------- MODULE MultipartUpload_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for MultipartUpload, used only to    *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* The store only ever holds parts that were sent in their upload, and     *)
(* completion keeps a subset of them; the visible object's upload is       *)
(* completed, so it can no longer be aborted or take parts.               *)
(***************************************************************************)
EXTENDS MultipartUpload

(* Every part the store holds was sent in its upload. *)
StoredPartsWereSent ==
    \A u \in Upload, p \in Part : parts[u][p] <= sent[u][p]

(* The visible object's upload is completed. *)
VisibleIsCompleted ==
    visible # NoUpload => status[visible] = "completed"

IndRef ==
    /\ TypeOK
    /\ VisibleObjectValid
    /\ StoredPartsWereSent
    /\ VisibleIsCompleted
=============================================================================
