--------------------------- MODULE RWLock_Reference ---------------------------
(***************************************************************************)
(* A hand-written inductive invariant for RWLock, used only to check that  *)
(* the benchmark has one; never given to the tool under test.              *)
(*                                                                         *)
(* The lock's counter and flag agree with what the processes are doing.    *)
(***************************************************************************)
EXTENDS RWLock

(* The counter is the number of reading processes. *)
ReadersCounted ==
    readers = Cardinality({p \in Proc : pc[p] = "reading"})

(* The flag is set exactly when some process writes. *)
WriterFlagged ==
    writer <=> \E p \in Proc : pc[p] = "writing"

IndRef ==
    /\ TypeOK
    /\ WriterExclusion
    /\ ReadersCounted
    /\ WriterFlagged
=============================================================================
