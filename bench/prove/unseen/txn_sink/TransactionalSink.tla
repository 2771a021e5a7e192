--------------------------- MODULE TransactionalSink ---------------------------
(***************************************************************************)
(* Exactly-once delivery from an input log to a transactional sink, in the *)
(* style of Kafka's consume-transform-produce loop.                        *)
(*                                                                         *)
(* A consumer reads the input records at offsets 0 .. N-1 in order and     *)
(* writes one output per record into the sink's open transaction, where    *)
(* it stays invisible.  To commit, it sends the sink a commit request      *)
(* carrying its next input offset; the sink atomically makes the           *)
(* transaction's output visible and stores that offset with it, then       *)
(* acknowledges.  The consumer may crash at any time: before its commit    *)
(* request is served (the request dies with its session) or after the     *)
(* sink committed but before the acknowledgement arrived.  On restart it   *)
(* opens a new session, in which the sink aborts the open transaction of   *)
(* the old one, and resumes reading at the offset committed in the sink.  *)
(*                                                                         *)
(* Safety: every input offset appears at most once in the committed        *)
(* output, and the committed output is exactly the records below the       *)
(* committed offset.                                                       *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT N   \* The number of input records.

ASSUME N \in Nat /\ N >= 1

Offset == 0 .. N - 1

VARIABLES
    out,      \* out[i]: the copies of record i's output in the committed output.
    sinkOff,  \* The input offset committed in the sink with the output.
    txn,      \* The records whose output is in the sink's open transaction.
    ack,      \* The sink's acknowledgement of a commit is on its way.
    pc,       \* The consumer: "down", "running" or "committing".
    pos       \* The consumer's next input offset.

vars == <<out, sinkOff, txn, ack, pc, pos>>

TypeOK ==
    /\ out \in [Offset -> 0 .. 2]
    /\ sinkOff \in 0 .. N
    /\ txn \in SUBSET Offset
    /\ ack \in BOOLEAN
    /\ pc \in {"down", "running", "committing"}
    /\ pos \in 0 .. N

Init ==
    /\ out = [i \in Offset |-> 0]
    /\ sinkOff = 0
    /\ txn = {}
    /\ ack = FALSE
    /\ pc = "down"
    /\ pos = 0

(* The consumer starts a new session: the sink aborts the open transaction *)
(* and the consumer resumes at the committed offset.                       *)
Restart ==
    /\ pc = "down"
    /\ txn' = {}
    /\ pos' = sinkOff
    /\ pc' = "running"
    /\ UNCHANGED <<out, sinkOff, ack>>

(* The consumer reads the record at its offset and writes its output into  *)
(* the open transaction.                                                   *)
Write ==
    /\ pc = "running"
    /\ pos < N
    /\ txn' = txn \cup {pos}
    /\ pos' = pos + 1
    /\ UNCHANGED <<out, sinkOff, ack, pc>>

(* The consumer sends a commit request carrying its next input offset. *)
RequestCommit ==
    /\ pc = "running"
    /\ pc' = "committing"
    /\ UNCHANGED <<out, sinkOff, txn, ack, pos>>

(* The sink serves the commit request: the transaction's output becomes    *)
(* visible together with the offset, atomically, and the sink acknowledges. *)
SinkCommit ==
    /\ pc = "committing"
    /\ ~ack
    /\ out' = [i \in Offset |-> IF i \in txn THEN out[i] + 1 ELSE out[i]]
    /\ sinkOff' = pos
    /\ txn' = {}
    /\ ack' = TRUE
    /\ UNCHANGED <<pc, pos>>

(* The consumer receives the acknowledgement and goes on reading. *)
ReceiveAck ==
    /\ pc = "committing"
    /\ ack
    /\ ack' = FALSE
    /\ pc' = "running"
    /\ UNCHANGED <<out, sinkOff, txn, pos>>

(* The consumer crashes; its session's messages are lost. *)
Crash ==
    /\ pc # "down"
    /\ pc' = "down"
    /\ ack' = FALSE
    /\ UNCHANGED <<out, sinkOff, txn, pos>>

Next == Restart \/ Write \/ RequestCommit \/ SinkCommit \/ ReceiveAck \/ Crash

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Every input offset appears at most once in the committed output, which  *)
(* is exactly the records below the committed offset.                      *)
ExactlyOnce ==
    /\ \A i \in Offset : out[i] <= 1
    /\ \A i \in Offset : out[i] = 1 <=> i < sinkOff
=============================================================================
