----------------------- MODULE PrimaryBackup_EarlyAck -----------------------
(***************************************************************************)
(* Seeded bug: the primary acknowledges a write as soon as it has appended *)
(* it to its own log, before the backups have it.  This is the classic     *)
(* "asynchronous replication" shortcut that trades durability for latency. *)
(* If the primary crashes before replicating the write, failover promotes  *)
(* a backup that never saw it, and an acknowledged write is lost.          *)
(***************************************************************************)
EXTENDS PrimaryBackup

(***************************************************************************)
(* The buggy acknowledgement: no check of the backups' acknowledgements.   *)
(***************************************************************************)
EarlyAcknowledge(i) ==
    /\ alive[Primary]
    /\ i \in 1..Len(log[Primary])
    /\ log[Primary][i] \notin acked
    /\ acked' = acked \cup {log[Primary][i]}
    /\ UNCHANGED <<alive, view, log, matchIndex, msgs>>

BuggyNext ==
    \/ \E v \in Value : ClientWrite(v)
    \/ \E b \in Server : Replicate(b)
    \/ \E m \in msgs : ReceiveReplicate(m)
    \/ \E m \in msgs : ReceiveAck(m)
    \/ \E i \in 1..Cardinality(Value) : EarlyAcknowledge(i)
    \/ \E s \in Server : Crash(s)
    \/ \E b \in Server : Failover(b)
    \/ \E b \in Server : RemoveBackup(b)
    \/ \E m \in msgs : LoseMessage(m)

BuggySpec == Init /\ [][BuggyNext]_vars

=============================================================================
