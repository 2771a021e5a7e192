------------------------- MODULE IdempotentProducer -------------------------
(***************************************************************************)
(* The Kafka idempotent producer: exactly-once appends of one producer's   *)
(* records to one partition, despite retries.                              *)
(*                                                                         *)
(* The producer numbers its records 1, 2, 3, ... and sends each in a       *)
(* produce request carrying its sequence number; several requests may be   *)
(* in flight at once.  The network may lose requests and acknowledgements *)
(* (messages are a set).  On a timeout the producer resends its oldest     *)
(* unacknowledged record, so the broker may receive a record several      *)
(* times, and records after a lost one arrive out of order.               *)
(*                                                                         *)
(* The partition leader keeps, in its producer state, the sequence number *)
(* of the last record it appended for this producer.  It appends a record  *)
(* and acknowledges it only if its sequence number is exactly the next     *)
(* one; a record with a sequence number it has already appended is a       *)
(* duplicate, which it drops but acknowledges again; a record further      *)
(* ahead is out of order and rejected, to be retried by the producer.  An *)
(* acknowledgement for record s tells the producer that records 1..s are  *)
(* all in the log.  The leader may restart (or fail over), losing its      *)
(* in-memory producer state, which it then rebuilds from the last record   *)
(* in its log.                                                             *)
(*                                                                         *)
(* Safety: no duplicates: each sequence number appears at most once in the *)
(* log.                                                                    *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS MaxSeq   \* the number of records the producer sends

ASSUME MaxSeq \in Nat /\ MaxSeq >= 1

SeqNo == 1 .. MaxSeq

Msgs ==
    [type : {"produce"}, seq : SeqNo] \cup   \* a produce request for record seq
    [type : {"ack"}, seq : SeqNo]            \* the acknowledgement of record seq

VARIABLES sent,      \* the producer has sent records 1..sent at least once
          acked,     \* the producer knows records 1..acked are in the log
          msgs,      \* the requests and acknowledgements in the network
          log,       \* the partition log: the sequence numbers of its records
          lastSeq    \* the leader's producer state: the last sequence number appended

vars == <<sent, acked, msgs, log, lastSeq>>

TypeOK ==
    /\ sent \in 0 .. MaxSeq
    /\ acked \in 0 .. MaxSeq
    /\ msgs \in SUBSET Msgs
    /\ log \in UNION {[1 .. n -> SeqNo] : n \in 0 .. MaxSeq}
    /\ lastSeq \in 0 .. MaxSeq

Init ==
    /\ sent = 0
    /\ acked = 0
    /\ msgs = {}
    /\ log = <<>>
    /\ lastSeq = 0

(* The producer sends its next new record. *)
SendNew ==
    /\ sent < MaxSeq
    /\ msgs' = msgs \cup {[type |-> "produce", seq |-> sent + 1]}
    /\ sent' = sent + 1
    /\ UNCHANGED <<acked, log, lastSeq>>

(* On a timeout, the producer resends its oldest unacknowledged record. *)
Retry ==
    /\ acked < sent
    /\ msgs' = msgs \cup {[type |-> "produce", seq |-> acked + 1]}
    /\ UNCHANGED <<sent, acked, log, lastSeq>>

(* The leader receives the next record in sequence: it appends it to the   *)
(* log and acknowledges it.                                                *)
AppendRecord(m) ==
    /\ m \in msgs
    /\ m.type = "produce"
    /\ m.seq = lastSeq + 1
    /\ Len(log) < MaxSeq
    /\ log' = Append(log, m.seq)
    /\ lastSeq' = m.seq
    /\ msgs' = (msgs \ {m}) \cup {[type |-> "ack", seq |-> m.seq]}
    /\ UNCHANGED <<sent, acked>>

(* The leader receives a record it has already appended: a duplicate, which *)
(* it drops but acknowledges again.                                        *)
DropDuplicate(m) ==
    /\ m \in msgs
    /\ m.type = "produce"
    /\ m.seq <= lastSeq
    /\ msgs' = (msgs \ {m}) \cup {[type |-> "ack", seq |-> m.seq]}
    /\ UNCHANGED <<sent, acked, log, lastSeq>>

(* The leader receives a record ahead of the next in sequence: it rejects  *)
(* it as out of order.                                                     *)
RejectOutOfOrder(m) ==
    /\ m \in msgs
    /\ m.type = "produce"
    /\ m.seq > lastSeq + 1
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<sent, acked, log, lastSeq>>

(* The producer receives the acknowledgement of record m.seq, so records   *)
(* 1..m.seq are in the log.                                                *)
ReceiveAck(m) ==
    /\ m \in msgs
    /\ m.type = "ack"
    /\ acked' = IF m.seq > acked THEN m.seq ELSE acked
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<sent, log, lastSeq>>

(* The network loses a request or an acknowledgement. *)
Lose(m) ==
    /\ m \in msgs
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<sent, acked, log, lastSeq>>

(* The leader restarts and rebuilds its producer state from the last record *)
(* in its log.                                                             *)
LeaderRestart ==
    /\ lastSeq' = IF log = <<>> THEN 0 ELSE log[Len(log)]
    /\ UNCHANGED <<sent, acked, msgs, log>>

Next ==
    \/ SendNew
    \/ Retry
    \/ LeaderRestart
    \/ \E m \in msgs :
          \/ AppendRecord(m)
          \/ DropDuplicate(m)
          \/ RejectOutOfOrder(m)
          \/ ReceiveAck(m)
          \/ Lose(m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No sequence number appears twice in the log. *)
NoDuplicates ==
    \A i, j \in 1 .. Len(log) : i # j => log[i] # log[j]
=============================================================================
