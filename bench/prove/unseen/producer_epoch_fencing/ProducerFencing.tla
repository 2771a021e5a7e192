-------------------------- MODULE ProducerFencing --------------------------
(***************************************************************************)
(* Fencing of zombie transactional producers in Kafka by producer epochs   *)
(* (KIP-98, with the epoch bump on abort of KIP-360).                      *)
(*                                                                         *)
(* One transactional id is served by a sequence of producer instances.     *)
(* Each time an instance starts it calls initTransactions, and the         *)
(* transaction coordinator registers a new producer epoch for the id: the  *)
(* instance that registered epoch e is "producer e".  An older instance    *)
(* may still be running (a zombie: paused by GC, cut off by a partition)   *)
(* and keeps sending requests with its old epoch.                          *)
(*                                                                         *)
(* A transaction runs as in Kafka.  The producer adds a partition to its   *)
(* transaction at the coordinator (AddPartitionsToTxn), then sends         *)
(* batches, tagged with its epoch, to the partition's leader broker.  To   *)
(* end the transaction it sends EndTxn to the coordinator, which writes    *)
(* PrepareCommit (or PrepareAbort) to its transaction log and sends a      *)
(* COMMIT (or ABORT) marker, tagged with the coordinator's epoch, to every *)
(* partition of the transaction.  A marker ends the transaction that is    *)
(* open at the partition: all its batches become committed, or are         *)
(* discarded.  When every marker is written the coordinator moves to       *)
(* CompleteCommit (CompleteAbort) and a new transaction may start.         *)
(*                                                                         *)
(* Fencing.  The coordinator accepts AddPartitionsToTxn and EndTxn only    *)
(* with the latest epoch.  A broker remembers the latest epoch it has seen *)
(* for the producer id (from batches and markers) and rejects batches and  *)
(* markers with an older one.  When a new instance registers while a       *)
(* transaction is ongoing, the coordinator bumps the epoch and aborts that *)
(* transaction with markers of the new epoch; it does not bump the epoch   *)
(* while markers are being written (CONCURRENT_TRANSACTIONS).  Rejected    *)
(* requests change nothing and are not modelled as steps.                  *)
(*                                                                         *)
(* The data of a partition's log is abstracted: open[q] holds the epochs   *)
(* of the batches of the transaction open at q, and committed[q] records,  *)
(* for each committed batch, the pair <<epoch of the batch, epoch of the   *)
(* COMMIT marker that committed it>>.  Requests to the coordinator are     *)
(* atomic request/response steps, and a produce request is handled in the  *)
(* step that sends it (a zombie may send one at any time).                 *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Partition,   \* The partitions the transactional producers write to.
    MaxEpoch     \* The producer epochs are 1..MaxEpoch (0: none registered yet).

ASSUME MaxEpoch \in Nat \ {0}

Epoch == 1..MaxEpoch

TxnState == {"Empty", "Ongoing", "PrepareCommit", "PrepareAbort",
             "CompleteCommit", "CompleteAbort"}

VARIABLES
    tcEpoch,     \* The latest producer epoch registered at the coordinator.
    tcState,     \* The coordinator's state of the current transaction.
    tcParts,     \* Its partitions (during Prepare*: those still waiting for a marker).
    pParts,      \* pParts[e]: the partitions producer e has added to its current transaction.
    qEpoch,      \* qEpoch[q]: the latest producer epoch the leader of q has seen.
    open,        \* open[q]: the epochs of the batches of the transaction open at q.
    committed    \* committed[q]: <<batch epoch, marker epoch>> of the committed batches of q.

vars == <<tcEpoch, tcState, tcParts, pParts, qEpoch, open, committed>>

TypeOK ==
    /\ tcEpoch \in 0..MaxEpoch
    /\ tcState \in TxnState
    /\ tcParts \subseteq Partition
    /\ pParts \in [Epoch -> SUBSET Partition]
    /\ qEpoch \in [Partition -> 0..MaxEpoch]
    /\ open \in [Partition -> SUBSET Epoch]
    /\ committed \in [Partition -> SUBSET (Epoch \X Epoch)]

Init ==
    /\ tcEpoch = 0
    /\ tcState = "Empty"
    /\ tcParts = {}
    /\ pParts = [e \in Epoch |-> {}]
    /\ qEpoch = [q \in Partition |-> 0]
    /\ open = [q \in Partition |-> {}]
    /\ committed = [q \in Partition |-> {}]

-----------------------------------------------------------------------------
(***************************************************************************)
(* A new producer instance calls initTransactions and the coordinator      *)
(* registers the next epoch for it.  An ongoing transaction of the old     *)
(* epoch is aborted, with markers of the new epoch.  While markers are     *)
(* being written the coordinator answers CONCURRENT_TRANSACTIONS and the   *)
(* instance retries later.                                                 *)
(***************************************************************************)
InitTransactions ==
    /\ tcEpoch < MaxEpoch
    /\ tcState \notin {"PrepareCommit", "PrepareAbort"}
    /\ tcEpoch' = tcEpoch + 1
    /\ IF tcState = "Ongoing"
          THEN /\ tcState' = "PrepareAbort"
               /\ UNCHANGED tcParts
          ELSE /\ tcState' = "Empty"
               /\ tcParts' = {}
    /\ pParts' = [pParts EXCEPT ![tcEpoch + 1] = {}]
    /\ UNCHANGED <<qEpoch, open, committed>>

(***************************************************************************)
(* Producer e adds partition q to its transaction (AddPartitionsToTxn).    *)
(* The coordinator accepts only the latest epoch, and only while no        *)
(* transaction is being ended.                                             *)
(***************************************************************************)
AddPartition(e, q) ==
    /\ e = tcEpoch
    /\ tcState \in {"Empty", "Ongoing", "CompleteCommit", "CompleteAbort"}
    /\ tcState' = "Ongoing"
    /\ tcParts' = IF tcState = "Ongoing" THEN tcParts \cup {q} ELSE {q}
    /\ pParts' = [pParts EXCEPT ![e] = @ \cup {q}]
    /\ UNCHANGED <<tcEpoch, qEpoch, open, committed>>

(***************************************************************************)
(* Producer e (current or zombie) sends a batch to partition q of its      *)
(* transaction.  The leader of q accepts it unless it has seen a newer     *)
(* epoch; the batch joins the transaction open at q.                       *)
(***************************************************************************)
Produce(e, q) ==
    /\ q \in pParts[e]
    /\ e >= qEpoch[q]
    /\ qEpoch' = [qEpoch EXCEPT ![q] = e]
    /\ open' = [open EXCEPT ![q] = @ \cup {e}]
    /\ UNCHANGED <<tcEpoch, tcState, tcParts, pParts, committed>>

(***************************************************************************)
(* Producer e ends its transaction (EndTxn): commitTransaction or          *)
(* abortTransaction.  The coordinator accepts only the latest epoch, and   *)
(* writes PrepareCommit or PrepareAbort.                                   *)
(***************************************************************************)
EndTxn(e, commit) ==
    /\ pParts[e] # {}
    /\ e = tcEpoch
    /\ tcState = "Ongoing"
    /\ tcState' = IF commit THEN "PrepareCommit" ELSE "PrepareAbort"
    /\ pParts' = [pParts EXCEPT ![e] = {}]
    /\ UNCHANGED <<tcEpoch, tcParts, qEpoch, open, committed>>

(***************************************************************************)
(* The leader of partition q writes the coordinator's marker, which        *)
(* carries the coordinator's epoch; it rejects a marker older than the     *)
(* latest epoch it has seen.  A COMMIT marker commits every batch of the   *)
(* open transaction, an ABORT marker discards them.                        *)
(***************************************************************************)
WriteMarker(q) ==
    /\ tcState \in {"PrepareCommit", "PrepareAbort"}
    /\ q \in tcParts
    /\ tcEpoch >= qEpoch[q]
    /\ committed' = IF tcState = "PrepareCommit"
                       THEN [committed EXCEPT ![q] = @ \cup {<<d, tcEpoch>> : d \in open[q]}]
                       ELSE committed
    /\ open' = [open EXCEPT ![q] = {}]
    /\ qEpoch' = [qEpoch EXCEPT ![q] = tcEpoch]
    /\ tcParts' = tcParts \ {q}
    /\ UNCHANGED <<tcEpoch, tcState, pParts>>

(* Every marker is written: the coordinator completes the transaction. *)
CompleteTxn ==
    /\ tcState \in {"PrepareCommit", "PrepareAbort"}
    /\ tcParts = {}
    /\ tcState' = IF tcState = "PrepareCommit" THEN "CompleteCommit" ELSE "CompleteAbort"
    /\ UNCHANGED <<tcEpoch, tcParts, pParts, qEpoch, open, committed>>

-----------------------------------------------------------------------------
Next ==
    \/ InitTransactions
    \/ \E e \in Epoch, q \in Partition : AddPartition(e, q)
    \/ \E e \in Epoch, q \in Partition : Produce(e, q)
    \/ \E e \in Epoch, c \in BOOLEAN : EndTxn(e, c)
    \/ \E q \in Partition : WriteMarker(q)
    \/ CompleteTxn

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(***************************************************************************)
(* Safety: no transaction of a fenced epoch is committed once a newer      *)
(* epoch is registered.  A COMMIT marker carries the epoch registered when *)
(* it is written, so: every committed batch was committed by a marker of   *)
(* its own epoch.                                                          *)
(***************************************************************************)
FencedNeverCommitted ==
    \A q \in Partition : \A r \in committed[q] : r[1] = r[2]
=============================================================================
