------------------------- MODULE TransactionalOutbox -------------------------
(***************************************************************************)
(* The transactional outbox pattern.                                       *)
(*                                                                         *)
(* A service handles each request e in one local database transaction     *)
(* that inserts the business row for e and an outbox row carrying the     *)
(* event e, and commits: both rows become visible together.  If the       *)
(* transaction aborts, or the service crashes before the commit, the      *)
(* database rolls both rows back, so nothing is left.                     *)
(*                                                                         *)
(* A separate relay process polls the outbox for pending rows, publishes  *)
(* each to a message broker and then marks the row sent.  The relay may   *)
(* crash (or time out waiting for the broker's acknowledgement) after     *)
(* publishing and before marking the row sent; on restart it finds the    *)
(* row still pending and publishes it again, so the broker may hold       *)
(* several copies of an event (at-least-once).  Each copy is a distinct   *)
(* broker message: the event id plus the number of the publish attempt.   *)
(* The broker is durable and redelivers (e.g. after a consumer crash      *)
(* before its offset commit), so the consumer may receive any broker      *)
(* message any number of times, in any order.                             *)
(*                                                                         *)
(* The consumer is an idempotent consumer: in one local transaction it    *)
(* applies the event and records the event id in its processed-messages   *)
(* table; it acknowledges and drops a message whose id is recorded.       *)
(*                                                                         *)
(* Modelled: service crashes and aborts (they leave no rows), relay       *)
(* crashes between publish and mark (republish, bounded by MaxAttempts),  *)
(* duplicate, delayed and reordered delivery by the broker (messages are  *)
(* never removed from the broker's set).                                  *)
(*                                                                         *)
(* Safety: every event the consumer has applied belongs to a committed    *)
(* business row (no phantom events), and no event is applied twice.       *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Event,        \* the event (= request) ids
    MaxAttempts   \* how many times the relay may publish one outbox row

ASSUME MaxAttempts \in Nat \ {0}

(* A broker message: an event id and the publish attempt that produced it. *)
Msg == [id : Event, attempt : 1 .. MaxAttempts]

VARIABLES
    business,   \* business[e]: e's business row, "none" or "committed"
    outbox,     \* outbox[e]: e's outbox row, "none", "pending" or "sent"
    attempts,   \* attempts[e]: how many times the relay has published e
    broker,     \* the messages in the broker (never removed)
    applied,    \* the broker messages whose event the consumer has applied
    processed   \* the consumer's processed-messages table: event ids

vars == <<business, outbox, attempts, broker, applied, processed>>

TypeOK ==
    /\ business \in [Event -> {"none", "committed"}]
    /\ outbox \in [Event -> {"none", "pending", "sent"}]
    /\ attempts \in [Event -> 0 .. MaxAttempts]
    /\ broker \in SUBSET Msg
    /\ applied \in SUBSET Msg
    /\ processed \in SUBSET Event

Init ==
    /\ business = [e \in Event |-> "none"]
    /\ outbox = [e \in Event |-> "none"]
    /\ attempts = [e \in Event |-> 0]
    /\ broker = {}
    /\ applied = {}
    /\ processed = {}

(* The service's local transaction for request e commits: the business    *)
(* row and the pending outbox row become visible together.  (A            *)
(* transaction that aborts or whose service crashes leaves no rows and is *)
(* not a step.)                                                            *)
CommitLocal(e) ==
    /\ business[e] = "none"
    /\ business' = [business EXCEPT ![e] = "committed"]
    /\ outbox' = [outbox EXCEPT ![e] = "pending"]
    /\ UNCHANGED <<attempts, broker, applied, processed>>

(* The relay reads the pending outbox row of e and publishes it to the    *)
(* broker.  If it has published e before, it crashed or timed out before  *)
(* marking the row sent, and this is a republish.                          *)
Publish(e) ==
    /\ outbox[e] = "pending"
    /\ attempts[e] < MaxAttempts
    /\ attempts' = [attempts EXCEPT ![e] = @ + 1]
    /\ broker' = broker \cup {[id |-> e, attempt |-> attempts[e] + 1]}
    /\ UNCHANGED <<business, outbox, applied, processed>>

(* Having published e, the relay marks its outbox row sent. *)
MarkSent(e) ==
    /\ outbox[e] = "pending"
    /\ attempts[e] > 0
    /\ outbox' = [outbox EXCEPT ![e] = "sent"]
    /\ UNCHANGED <<business, attempts, broker, applied, processed>>

(* The consumer receives broker message m whose event id is not in its    *)
(* processed-messages table: in one local transaction it applies the      *)
(* event and records the id.  (Receiving a message whose id is recorded   *)
(* changes nothing.)                                                       *)
Consume(m) ==
    /\ m \in broker
    /\ m.id \notin processed
    /\ applied' = applied \cup {m}
    /\ processed' = processed \cup {m.id}
    /\ UNCHANGED <<business, outbox, attempts, broker>>

Next ==
    \/ \E e \in Event : CommitLocal(e) \/ Publish(e) \/ MarkSent(e)
    \/ \E m \in Msg : Consume(m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Every applied event has a committed business row, and no event has      *)
(* been applied from two different broker messages.                       *)
ExactlyOnceEffects ==
    /\ \A m \in applied : business[m.id] = "committed"
    /\ \A m1, m2 \in applied : m1.id = m2.id => m1 = m2
=============================================================================
