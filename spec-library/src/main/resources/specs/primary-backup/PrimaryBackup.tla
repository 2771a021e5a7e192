--------------------------- MODULE PrimaryBackup ---------------------------
(***************************************************************************)
(* Primary-backup replication with failover.                               *)
(*                                                                         *)
(* A set of servers replicates a log of client writes.  At any time one    *)
(* server is the primary and the others are its backups; together they     *)
(* form a view, numbered by an epoch.  The view is kept by a configuration *)
(* service (in practice a small consensus-backed store such as ZooKeeper   *)
(* or Chubby), which we model as a single reliable variable.               *)
(*                                                                         *)
(* A client sends a write to the primary.  The primary appends it to its   *)
(* log and replicates the log, entry by entry, to every backup of the      *)
(* view.  A backup appends an entry only if it is the next one it expects  *)
(* and answers with a cumulative acknowledgement: the length of its log.   *)
(* The primary acknowledges a write to the client only once every backup   *)
(* of the view has acknowledged it.                                        *)
(*                                                                         *)
(* When the primary crashes, the configuration service installs a new      *)
(* view whose primary is one of the live backups (failover).  The backups  *)
(* of the new view roll their logs back to the new primary's log, so that  *)
(* the new primary's log is authoritative.  When a backup crashes, the     *)
(* configuration service installs a new view without it, so that the       *)
(* primary stops waiting for it.                                           *)
(*                                                                         *)
(* Failures modelled:                                                      *)
(*   - crash of any server, primary or backup, up to all but one (n        *)
(*     servers tolerate n - 1 crashes).  Crashes are fail-stop: a crashed  *)
(*     server never returns, and the configuration service eventually      *)
(*     learns of the crash, as with a perfect failure detector;            *)
(*   - message loss: any message in transit may be dropped; the primary    *)
(*     retransmits an entry until the backup acknowledges it;              *)
(*   - duplication and reordering: messages form a set, so they arrive in  *)
(*     any order, and a retransmission can duplicate an entry.             *)
(* Messages of an older view are ignored by their receiver (they carry the *)
(* epoch); the model therefore drops them when the view changes.           *)
(*                                                                         *)
(* The safety property is that an acknowledged write survives failover:    *)
(* whichever server is primary holds every write ever acknowledged.  The   *)
(* number of views is bounded because every view change removes a crashed  *)
(* server, so every behaviour is finite up to stuttering.                  *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, TLC

CONSTANTS
    Server,  \* the replicas
    Value    \* the writes clients may issue (each a distinct value)

VARIABLES
    alive,       \* alive[s] is FALSE once server s has crashed.
    view,        \* The configuration service's view: epoch, primary, backups.
    log,         \* log[s] is the sequence of writes server s holds.
    matchIndex,  \* matchIndex[b]: how long a prefix the primary knows b holds.
    msgs,        \* The set of messages in transit.
    acked        \* The set of writes acknowledged to clients.

vars == <<alive, view, log, matchIndex, msgs, acked>>

-----------------------------------------------------------------------------
(* Helpers *)

Max(a, b) == IF a >= b THEN a ELSE b

Range(s) == {s[i] : i \in DOMAIN s}

IsPrefix(s, t) == Len(s) <= Len(t) /\ SubSeq(t, 1, Len(s)) = s

\* Logs never grow longer than the number of distinct writes.
BoundedSeq(S) == UNION {[1..n -> S] : n \in 0..Cardinality(S)}

\* Each view change removes at least one crashed server, so epochs are bounded.
MaxEpoch == Cardinality(Server)

Epoch == 1..MaxEpoch

Primary == view.primary

Message ==
         [type : {"Replicate"}, dest : Server,
          index : 1..Cardinality(Value), value : Value]
    \cup [type : {"Ack"}, src : Server, index : 0..Cardinality(Value)]

Perms == Permutations(Server) \cup Permutations(Value)

-----------------------------------------------------------------------------
TypeOK ==
    /\ alive \in [Server -> BOOLEAN]
    /\ view \in [epoch : Epoch, primary : Server, backups : SUBSET Server]
    /\ view.primary \notin view.backups
    /\ log \in [Server -> BoundedSeq(Value)]
    /\ matchIndex \in [Server -> 0..Cardinality(Value)]
    /\ msgs \subseteq Message
    /\ acked \subseteq Value

Init ==
    /\ alive = [s \in Server |-> TRUE]
    /\ \E p \in Server :
          view = [epoch |-> 1, primary |-> p, backups |-> Server \ {p}]
    /\ log = [s \in Server |-> << >>]
    /\ matchIndex = [s \in Server |-> 0]
    /\ msgs = {}
    /\ acked = {}

-----------------------------------------------------------------------------
(***************************************************************************)
(* A client submits write v to the live primary, which appends it to its   *)
(* log.  A client whose write was lost in a failover may submit it again.  *)
(***************************************************************************)
ClientWrite(v) ==
    /\ alive[Primary]
    /\ v \notin acked
    /\ v \notin Range(log[Primary])
    /\ log' = [log EXCEPT ![Primary] = Append(@, v)]
    /\ UNCHANGED <<alive, view, matchIndex, msgs, acked>>

(***************************************************************************)
(* The primary sends backup b the first entry b has not acknowledged.  It  *)
(* may do so again and again (a retransmission after a timeout) until b's  *)
(* acknowledgement arrives.                                                *)
(***************************************************************************)
Replicate(b) ==
    /\ alive[Primary]
    /\ b \in view.backups
    /\ matchIndex[b] < Len(log[Primary])
    /\ LET i == matchIndex[b] + 1
       IN  msgs' = msgs \cup {[type |-> "Replicate", dest |-> b, index |-> i,
                               value |-> log[Primary][i]]}
    /\ UNCHANGED <<alive, view, log, matchIndex, acked>>

(***************************************************************************)
(* Backup b receives a replication message.  It appends the entry if it    *)
(* is the next one; a duplicate of an entry it already holds changes       *)
(* nothing.  Either way b acknowledges with the length of its log.         *)
(***************************************************************************)
ReceiveReplicate(m) ==
    /\ m \in msgs
    /\ m.type = "Replicate"
    /\ alive[m.dest]
    /\ LET b      == m.dest
           newLog == IF m.index = Len(log[b]) + 1
                       THEN Append(log[b], m.value)
                       ELSE log[b]
       IN  /\ log' = [log EXCEPT ![b] = newLog]
           /\ msgs' = (msgs \ {m}) \cup
                        {[type |-> "Ack", src |-> b, index |-> Len(newLog)]}
    /\ UNCHANGED <<alive, view, matchIndex, acked>>

(***************************************************************************)
(* The primary receives an acknowledgement and records how much of its     *)
(* log the backup holds.                                                   *)
(***************************************************************************)
ReceiveAck(m) ==
    /\ m \in msgs
    /\ m.type = "Ack"
    /\ alive[Primary]
    /\ msgs' = msgs \ {m}
    /\ matchIndex' = [matchIndex EXCEPT ![m.src] = Max(@, m.index)]
    /\ UNCHANGED <<alive, view, log, acked>>

(***************************************************************************)
(* The primary acknowledges the write at position i of its log to the      *)
(* client once every backup of the view has acknowledged position i.       *)
(***************************************************************************)
Acknowledge(i) ==
    /\ alive[Primary]
    /\ i \in 1..Len(log[Primary])
    /\ log[Primary][i] \notin acked
    /\ \A b \in view.backups : matchIndex[b] >= i
    /\ acked' = acked \cup {log[Primary][i]}
    /\ UNCHANGED <<alive, view, log, matchIndex, msgs>>

(***************************************************************************)
(* Server s crashes and never recovers.  With n servers, primary-backup    *)
(* tolerates n - 1 crashes, so the model keeps at least one server alive.  *)
(***************************************************************************)
Crash(s) ==
    /\ alive[s]
    /\ \E t \in Server \ {s} : alive[t]
    /\ alive' = [alive EXCEPT ![s] = FALSE]
    /\ UNCHANGED <<view, log, matchIndex, msgs, acked>>

(***************************************************************************)
(* Failover: the primary has crashed and the configuration service         *)
(* promotes the live backup b.  The new view's backups are the other live  *)
(* backups; each rolls its log back to a prefix of b's log (state          *)
(* transfer), and the new primary starts with no knowledge of what its     *)
(* backups hold.  Messages of the old view are dropped.                    *)
(***************************************************************************)
Failover(b) ==
    /\ ~alive[Primary]
    /\ b \in view.backups
    /\ alive[b]
    /\ LET newBackups == {c \in view.backups \ {b} : alive[c]}
       IN  /\ view' = [epoch |-> view.epoch + 1, primary |-> b,
                       backups |-> newBackups]
           /\ log' = [s \in Server |->
                        IF s \in newBackups /\ Len(log[s]) > Len(log[b])
                          THEN SubSeq(log[s], 1, Len(log[b]))
                          ELSE log[s]]
    /\ matchIndex' = [s \in Server |-> 0]
    /\ msgs' = {}
    /\ UNCHANGED <<alive, acked>>

(***************************************************************************)
(* The configuration service removes the crashed backup b from the view,   *)
(* so that the live primary no longer waits for it.  Messages of the old   *)
(* view are dropped.                                                       *)
(***************************************************************************)
RemoveBackup(b) ==
    /\ alive[Primary]
    /\ b \in view.backups
    /\ ~alive[b]
    /\ view' = [view EXCEPT !.epoch = @ + 1, !.backups = @ \ {b}]
    /\ msgs' = {}
    /\ UNCHANGED <<alive, log, matchIndex, acked>>

(***************************************************************************)
(* The network drops message m.                                            *)
(***************************************************************************)
LoseMessage(m) ==
    /\ m \in msgs
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<alive, view, log, matchIndex, acked>>

-----------------------------------------------------------------------------
Next ==
    \/ \E v \in Value : ClientWrite(v)
    \/ \E b \in Server : Replicate(b)
    \/ \E m \in msgs : ReceiveReplicate(m)
    \/ \E m \in msgs : ReceiveAck(m)
    \/ \E i \in 1..Cardinality(Value) : Acknowledge(i)
    \/ \E s \in Server : Crash(s)
    \/ \E b \in Server : Failover(b)
    \/ \E b \in Server : RemoveBackup(b)
    \/ \E m \in msgs : LoseMessage(m)

Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Fairness: the configuration service and the live primary keep working,  *)
(* and a message that is sent again and again is eventually delivered      *)
(* (strong fairness, because the network may drop any single copy).        *)
(* Crashes, message loss and client writes are never forced to happen.     *)
(***************************************************************************)
FairSpec ==
    /\ Spec
    /\ \A b \in Server : WF_vars(Replicate(b))
    /\ SF_vars(\E m \in msgs : ReceiveReplicate(m))
    /\ SF_vars(\E m \in msgs : ReceiveAck(m))
    /\ WF_vars(\E i \in 1..Cardinality(Value) : Acknowledge(i))
    /\ WF_vars(\E b \in Server : Failover(b))
    /\ WF_vars(\E b \in Server : RemoveBackup(b))

-----------------------------------------------------------------------------
(* Safety *)

(***************************************************************************)
(* An acknowledged write survives failover: the live primary, whichever    *)
(* server it is, holds every write that was ever acknowledged.             *)
(***************************************************************************)
AcknowledgedWritesSurvive ==
    alive[Primary] => acked \subseteq Range(log[Primary])

(***************************************************************************)
(* The log of every live backup is a prefix of the live primary's log:     *)
(* replicas never diverge.                                                 *)
(***************************************************************************)
BackupsArePrefixesOfPrimary ==
    alive[Primary] =>
        \A b \in view.backups : alive[b] => IsPrefix(log[b], log[Primary])

(***************************************************************************)
(* The primary never believes a live backup holds more than it does.       *)
(***************************************************************************)
MatchIndexIsSound ==
    \A b \in view.backups : alive[b] => matchIndex[b] <= Len(log[b])

-----------------------------------------------------------------------------
(* Liveness *)

(***************************************************************************)
(* Every write in a live primary's log is eventually acknowledged: once    *)
(* crashes stop, the system settles into a state where the primary, if any *)
(* server is still alive, has acknowledged everything it holds.            *)
(***************************************************************************)
WritesEventuallyAcknowledged ==
    <>[](alive[Primary] => Range(log[Primary]) \subseteq acked)

=============================================================================
