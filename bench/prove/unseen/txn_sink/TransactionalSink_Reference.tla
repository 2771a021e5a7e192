---------------------- MODULE TransactionalSink_Reference ----------------------
(***************************************************************************)
(* A hand-written inductive invariant for TransactionalSink, used only to  *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* While the consumer is up, the open transaction holds exactly the        *)
(* records from the committed offset up to the consumer's offset (none     *)
(* once its commit is served, as the two offsets are then equal).          *)
(***************************************************************************)
EXTENDS TransactionalSink

(* A live consumer is at or past the committed offset, and the open        *)
(* transaction holds exactly the records in between.                       *)
TxnIsUncommittedSuffix ==
    pc # "down" =>
        /\ sinkOff <= pos
        /\ txn = {i \in Offset : sinkOff <= i /\ i < pos}

IndRef ==
    /\ TypeOK
    /\ ExactlyOnce
    /\ TxnIsUncommittedSuffix
=============================================================================
