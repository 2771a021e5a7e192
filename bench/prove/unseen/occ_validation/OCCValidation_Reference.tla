--------------------- MODULE OCCValidation_Reference ----------------------
(***************************************************************************)
(* Hand-written inductive invariant for OCCValidation, used only to check  *)
(* that the benchmark instance has one.                                    *)
(***************************************************************************)
EXTENDS OCCValidation

\* A transaction's start number is never ahead of the log.
StartNotAheadOfLog ==
    \A T \in Txn : start[T] # None => start[T] <= Len(log)

\* A transaction that is not running has read nothing.
IdleReadsNothing ==
    \A T \in Txn : start[T] = None => ReadSet(T) = {}

\* Every overwrite of a version a running transaction read committed after its start.
OverwritesAfterStart ==
    \A T \in Txn : Running(T) =>
        \A i \in ReadSet(T) :
            \A m \in (rv[T][i] + 1)..Len(log) : i \in log[m].ws => m > start[T]

IndRef ==
    /\ TypeOK
    /\ ReadsCurrentAtCommit
    /\ StartNotAheadOfLog
    /\ IdleReadsNothing
    /\ OverwritesAfterStart

=============================================================================
