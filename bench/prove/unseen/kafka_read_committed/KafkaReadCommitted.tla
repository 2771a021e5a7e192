-------------------------- MODULE KafkaReadCommitted --------------------------
(***************************************************************************)
(* Kafka transactions on one partition, seen by a read_committed consumer. *)
(*                                                                         *)
(* Transactional producers append data records to the partition log.  A   *)
(* producer has at most one transaction open at a time; the partition     *)
(* leader remembers, for each producer with an open transaction, the      *)
(* offset of the transaction's first record in this partition.  A         *)
(* transaction ends with a control record (marker) written to the log by  *)
(* the transaction coordinator: COMMIT, or ABORT when the producer aborts *)
(* or crashes and the coordinator aborts it after the transaction         *)
(* timeout.  Markers are written asynchronously, so a decided             *)
(* transaction stays open in the log until its marker is appended.  A     *)
(* producer may then start a new transaction.                              *)
(*                                                                         *)
(* The last stable offset (LSO) is the first offset of the earliest       *)
(* transaction still open, or the log end if none is open.  A             *)
(* read_committed consumer fetches only below the LSO.  The leader's      *)
(* aborted-transaction index tells it which data records belong to        *)
(* aborted transactions; it skips those and the control records, and      *)
(* delivers every other record.                                           *)
(*                                                                         *)
(* The log holds at most MaxLen records (offsets 0 .. MaxLen-1).  The     *)
(* transaction of a data record is the producer's next marker after it:   *)
(* committed, aborted, or still open if there is none yet.                *)
(*                                                                         *)
(* Safety: the consumer never delivers a record of an aborted or still    *)
(* open transaction: every delivered record is a data record whose        *)
(* transaction committed.                                                  *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    Producer,   \* the transactional producers
    MaxLen      \* the largest number of records the log holds

ASSUME MaxLen \in Nat

Offset == 0 .. MaxLen - 1

(* A record: a data record, or a COMMIT or ABORT marker, of a producer. *)
Record == [producer : Producer, type : {"data", "commit", "abort"}]

NoTxn == -1   \* firstOffset[p] when p has no open transaction

VARIABLES
    log,          \* the partition log: a function from 0 .. End-1 to records
    firstOffset,  \* firstOffset[p]: first offset of p's open transaction
    position,     \* the consumer's fetch position: the next offset it reads
    delivered     \* the offsets of the records the consumer has delivered

vars == <<log, firstOffset, position, delivered>>

TypeOK ==
    /\ log \in UNION {[{o \in Offset : o < n} -> Record] : n \in 0 .. MaxLen}
    /\ firstOffset \in [Producer -> {NoTxn} \cup Offset]
    /\ position \in 0 .. MaxLen
    /\ delivered \in SUBSET Offset

Init ==
    /\ log = [o \in {} |-> CHOOSE r \in Record : TRUE]
    /\ firstOffset = [p \in Producer |-> NoTxn]
    /\ position = 0
    /\ delivered = {}

-----------------------------------------------------------------------------
Min(S) == CHOOSE x \in S : \A y \in S : x <= y

(* The log end offset: the offset the next record gets. *)
End == Cardinality(DOMAIN log)

(* The log with record r appended at the end. *)
Append(r) == [o \in 0 .. End |-> IF o < End THEN log[o] ELSE r]

(* The last stable offset. *)
LSO == Min({firstOffset[p] : p \in {q \in Producer : firstOffset[q] # NoTxn}}
             \cup {End})

(* The outcome of the transaction of the data record at offset o: the     *)
(* type of its producer's first marker after o, or "open".                 *)
Outcome(o) ==
    LET markers == {j \in DOMAIN log : /\ j > o
                                       /\ log[j].producer = log[o].producer
                                       /\ log[j].type # "data"}
    IN  IF markers = {} THEN "open" ELSE log[Min(markers)].type

(* The aborted-transaction index lists the record at offset o. *)
InAbortedTxn(o) == Outcome(o) = "abort"

-----------------------------------------------------------------------------
(* Producer p appends a data record; if p has no open transaction, this   *)
(* begins one and the leader records its first offset.                    *)
AppendData(p) ==
    /\ End < MaxLen
    /\ log' = Append([producer |-> p, type |-> "data"])
    /\ firstOffset' = [firstOffset EXCEPT ![p] = IF @ = NoTxn THEN End ELSE @]
    /\ UNCHANGED <<position, delivered>>

(* The coordinator writes the marker of p's open transaction: "commit",   *)
(* or "abort" (p aborted, or crashed and its transaction timed out).  The *)
(* transaction is no longer open.                                          *)
WriteMarker(p, outcome) ==
    /\ firstOffset[p] # NoTxn
    /\ End < MaxLen
    /\ log' = Append([producer |-> p, type |-> outcome])
    /\ firstOffset' = [firstOffset EXCEPT ![p] = NoTxn]
    /\ UNCHANGED <<position, delivered>>

(* The consumer fetches the record at its position, which is below the    *)
(* LSO; it is a data record not in an aborted transaction: deliver it.    *)
Deliver ==
    /\ position < LSO
    /\ log[position].type = "data"
    /\ ~InAbortedTxn(position)
    /\ delivered' = delivered \cup {position}
    /\ position' = position + 1
    /\ UNCHANGED <<log, firstOffset>>

(* The consumer fetches the record at its position, below the LSO; it is  *)
(* a marker or a record of an aborted transaction: skip it.               *)
Skip ==
    /\ position < LSO
    /\ \/ log[position].type # "data"
       \/ InAbortedTxn(position)
    /\ position' = position + 1
    /\ UNCHANGED <<log, firstOffset, delivered>>

Next ==
    \/ \E p \in Producer :
          \/ AppendData(p)
          \/ \E outcome \in {"commit", "abort"} : WriteMarker(p, outcome)
    \/ Deliver
    \/ Skip

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Every delivered record is a data record of a committed transaction. *)
ReadCommitted ==
    \A o \in delivered :
        /\ o \in DOMAIN log
        /\ log[o].type = "data"
        /\ Outcome(o) = "commit"
=============================================================================
