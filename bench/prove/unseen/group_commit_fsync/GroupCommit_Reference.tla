------------------------ MODULE GroupCommit_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for GroupCommit, used only to check  *)
(* that the benchmark has one.  It is not part of the protocol.            *)
(***************************************************************************)
EXTENDS GroupCommit

\* The marks are ordered: durable records were written, written ones appended.
MarksOrdered == durable <= written /\ written <= tail

\* A waiting write sits in the log at its LSN, within the appended part.
WaitingRecordInLog ==
    \A w \in Write : status[w] = "waiting" =>
        lsn[w] \in 1..tail /\ log[lsn[w]] = w

IndRef ==
    /\ TypeOK
    /\ AckedWritesDurable
    /\ MarksOrdered
    /\ WaitingRecordInLog

=============================================================================
