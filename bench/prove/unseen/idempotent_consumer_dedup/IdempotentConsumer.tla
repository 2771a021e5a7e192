--------------------------- MODULE IdempotentConsumer ---------------------------
(***************************************************************************)
(* An idempotent consumer behind an at-least-once message broker.          *)
(*                                                                         *)
(* The broker keeps every message until it is acknowledged and may        *)
(* deliver it any number of times, also to several consumers at once (for *)
(* instance when its redelivery timer fires while a consumer is still     *)
(* working on the message).  Consumers share a database holding the       *)
(* effects of messages and a dedup table of processed message ids, whose  *)
(* key is unique.  A consumer handles a delivery in one transaction: it    *)
(* inserts the message id into the dedup table, applies the message's     *)
(* effect, and commits; then it acknowledges the message to the broker.   *)
(* As in a database with unique indexes, the insert fails if the id is     *)
(* already committed (the message is a duplicate: the transaction is      *)
(* rolled back and the consumer just acknowledges it), and it waits while  *)
(* another open transaction has inserted the same id (the uncommitted row  *)
(* is locked by that transaction).                                         *)
(*                                                                         *)
(* A consumer may crash at any point.  The database then rolls back its    *)
(* open transaction: the uncommitted effect is discarded and the locks it  *)
(* held are released.  The message is not acknowledged and is delivered   *)
(* again.  A crash after the commit and before the acknowledgement (or an *)
(* acknowledgement lost on the way) also leads to a redelivery.            *)
(*                                                                         *)
(* Safety: no message's effect is applied twice: the committed count of    *)
(* applications of each message is at most one.                            *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    MsgId,     \* ids of the messages published to the broker
    Consumer,  \* the consumer processes
    None       \* no delivery being handled / no lock holder

(* Model bound on the applied counter: any count above 1 already violates *)
(* safety, so counts beyond 2 are not explored.                            *)
MaxCount == 2

(* A delivery a consumer is handling, and how far it got:                 *)
(*   "received":  not started;                                             *)
(*   "inserted":  transaction open, id inserted in the dedup table;        *)
(*   "applied":   effect also written, not committed;                      *)
(*   "done":      committed, or found to be a duplicate; to acknowledge.   *)
Handling == [id : MsgId, stage : {"received", "inserted", "applied", "done"}]

VARIABLES
    unacked,    \* broker: messages not acknowledged yet
    handling,   \* handling[c]: the delivery consumer c is working on, or None
    keyLock,    \* database: keyLock[m] is the consumer whose open transaction inserted id m
    processed,  \* database: committed rows of the dedup table
    applied     \* database: applied[m] is how many times m's effect is committed

vars == <<unacked, handling, keyLock, processed, applied>>

TypeOK ==
    /\ unacked \in SUBSET MsgId
    /\ handling \in [Consumer -> Handling \cup {None}]
    /\ keyLock \in [MsgId -> Consumer \cup {None}]
    /\ processed \in SUBSET MsgId
    /\ applied \in [MsgId -> 0..MaxCount]

Init ==
    /\ unacked = MsgId
    /\ handling = [c \in Consumer |-> None]
    /\ keyLock = [m \in MsgId |-> None]
    /\ processed = {}
    /\ applied = [m \in MsgId |-> 0]

(* The broker delivers unacknowledged message m to idle consumer c. *)
Deliver(c, m) ==
    /\ handling[c] = None
    /\ m \in unacked
    /\ handling' = [handling EXCEPT ![c] = [id |-> m, stage |-> "received"]]
    /\ UNCHANGED <<unacked, keyLock, processed, applied>>

(* Consumer c begins a transaction and inserts the message id into the    *)
(* dedup table.  The insert succeeds when the id is neither committed nor  *)
(* inserted by another open transaction (then it waits).                   *)
InsertId(c) ==
    /\ handling[c] /= None
    /\ handling[c].stage = "received"
    /\ handling[c].id \notin processed
    /\ keyLock[handling[c].id] = None
    /\ keyLock' = [keyLock EXCEPT ![handling[c].id] = c]
    /\ handling' = [handling EXCEPT ![c].stage = "inserted"]
    /\ UNCHANGED <<unacked, processed, applied>>

(* The insert fails on the unique key: the message was processed before.  *)
(* The transaction is rolled back and the message is to be acknowledged.   *)
DuplicateId(c) ==
    /\ handling[c] /= None
    /\ handling[c].stage = "received"
    /\ handling[c].id \in processed
    /\ handling' = [handling EXCEPT ![c].stage = "done"]
    /\ UNCHANGED <<unacked, keyLock, processed, applied>>

(* Consumer c applies the message's effect inside its transaction. *)
ApplyEffect(c) ==
    /\ handling[c] /= None
    /\ handling[c].stage = "inserted"
    /\ handling' = [handling EXCEPT ![c].stage = "applied"]
    /\ UNCHANGED <<unacked, keyLock, processed, applied>>

(* Consumer c commits: the dedup row and the effect become durable        *)
(* together, and the row lock is released.                                 *)
Commit(c) ==
    LET m == handling[c].id IN
    /\ handling[c] /= None
    /\ handling[c].stage = "applied"
    /\ applied[m] < MaxCount
    /\ processed' = processed \cup {m}
    /\ applied' = [applied EXCEPT ![m] = @ + 1]
    /\ keyLock' = [keyLock EXCEPT ![m] = None]
    /\ handling' = [handling EXCEPT ![c].stage = "done"]
    /\ UNCHANGED unacked

(* Consumer c acknowledges the message; the broker drops it. *)
Ack(c) ==
    /\ handling[c] /= None
    /\ handling[c].stage = "done"
    /\ unacked' = unacked \ {handling[c].id}
    /\ handling' = [handling EXCEPT ![c] = None]
    /\ UNCHANGED <<keyLock, processed, applied>>

(* Consumer c crashes.  The database rolls back its open transaction, if  *)
(* any: the uncommitted effect is discarded and its locks are released.    *)
Crash(c) ==
    /\ handling[c] /= None
    /\ handling' = [handling EXCEPT ![c] = None]
    /\ keyLock' = [m \in MsgId |-> IF keyLock[m] = c THEN None ELSE keyLock[m]]
    /\ UNCHANGED <<unacked, processed, applied>>

Next ==
    \/ \E c \in Consumer, m \in MsgId : Deliver(c, m)
    \/ \E c \in Consumer :
          \/ InsertId(c) \/ DuplicateId(c) \/ ApplyEffect(c)
          \/ Commit(c) \/ Ack(c) \/ Crash(c)

Spec == Init /\ [][Next]_vars

(* Safety: every message's effect is applied at most once. *)
EffectAppliedAtMostOnce == \A m \in MsgId : applied[m] <= 1

=============================================================================
