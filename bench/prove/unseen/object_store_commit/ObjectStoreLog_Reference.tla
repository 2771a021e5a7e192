----------------------- MODULE ObjectStoreLog_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for ObjectStoreLog, used only to     *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* An acknowledgement on its way to a writer is for a file that writer     *)
(* created: put-if-absent never overwrites, so the file stays its own.     *)
(***************************************************************************)
EXTENDS ObjectStoreLog

(* A writer holding an acknowledgement created the file of its version. *)
AckedFileIsOwn ==
    \A w \in Writer : pc[w] = "acked" => file[base[w] + 1] = w

IndRef ==
    /\ TypeOK
    /\ UniqueCommits
    /\ AckedFileIsOwn
=============================================================================
