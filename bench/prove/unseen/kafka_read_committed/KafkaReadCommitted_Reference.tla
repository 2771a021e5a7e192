--------------------- MODULE KafkaReadCommitted_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for KafkaReadCommitted, used only   *)
(* to check that the benchmark has one; never given to the tool under     *)
(* test.                                                                   *)
(*                                                                         *)
(* The leader's first offsets are faithful: a first offset lies inside    *)
(* the log, and every data record of a still-open transaction lies at or  *)
(* after its producer's first offset.  So everything below the LSO        *)
(* belongs to a decided transaction, a data record there that is not      *)
(* aborted is committed, and a transaction's outcome never changes once   *)
(* its marker is in the append-only log.                                   *)
(***************************************************************************)
EXTENDS KafkaReadCommitted

(* A producer's recorded first offset is an offset of the log. *)
FirstOffsetInLog ==
    \A p \in Producer : firstOffset[p] # NoTxn => firstOffset[p] < End

(* Every data record of an open transaction is at or after its producer's *)
(* recorded first offset.                                                 *)
OpenRecordsTracked ==
    \A o \in DOMAIN log :
        log[o].type = "data" /\ Outcome(o) = "open" =>
            firstOffset[log[o].producer] \in 0 .. o

IndRef ==
    /\ TypeOK
    /\ ReadCommitted
    /\ FirstOffsetInLog
    /\ OpenRecordsTracked
=============================================================================
