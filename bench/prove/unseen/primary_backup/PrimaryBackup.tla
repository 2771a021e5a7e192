---------------------------- MODULE PrimaryBackup ----------------------------
(***************************************************************************)
(* Primary-backup replication with failover.                               *)
(*                                                                         *)
(* Two servers replicate a set of client writes.  A view service numbers   *)
(* the configurations (views); in each view one server is the primary and  *)
(* the other the backup, and the roles swap from one view to the next.     *)
(* The primary applies a client write to its state and forwards it to the  *)
(* backup; the backup applies it and answers with an ack; the primary      *)
(* acknowledges the write to the client only after the backup's ack.       *)
(* Messages carry the view in which they were sent and are ignored in any  *)
(* other view.                                                             *)
(*                                                                         *)
(* Faults: messages may be lost, duplicated (the network is a set that is  *)
(* never drained by receipt) and delivered late, in a later view.  A       *)
(* server may crash, losing its state.  When the primary has crashed, the  *)
(* view service moves to the next view, in which the backup becomes the    *)
(* primary.  A crashed server restarts as the backup of the current view   *)
(* and receives a copy of the primary's state (state transfer).  Failure   *)
(* detection is perfect: only a crashed primary is replaced.               *)
(*                                                                         *)
(* Safety: while the primary of the current view is up, every write that   *)
(* was acknowledged to a client is in the primary's state.                 *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    P0,         \* the primary of view 0 (the backup of view 1)
    B0,         \* the backup of view 0 (the primary of view 1)
    Write,      \* the client writes
    MaxView     \* views are 0..MaxView

Server == {P0, B0}
View == 0..MaxView

Primary(v) == IF v % 2 = 0 THEN P0 ELSE B0
Backup(v)  == IF v % 2 = 0 THEN B0 ELSE P0

Msg ==
    [type : {"fwd"}, view : View, write : Write] \cup
    [type : {"ack"}, view : View, write : Write]

VARIABLES
    view,       \* the current view, as published by the view service
    up,         \* up[s]: server s is running
    data,       \* data[s]: the writes applied by server s
    msgs,       \* the messages in the network
    acked       \* the writes acknowledged to their clients

vars == << view, up, data, msgs, acked >>

TypeOK ==
    /\ view \in View
    /\ up \in [Server -> BOOLEAN]
    /\ data \in [Server -> SUBSET Write]
    /\ msgs \in SUBSET Msg
    /\ acked \in SUBSET Write

Init ==
    /\ view = 0
    /\ up = [s \in Server |-> TRUE]
    /\ data = [s \in Server |-> {}]
    /\ msgs = {}
    /\ acked = {}

(* The primary receives client write w (perhaps a retry), applies it and   *)
(* forwards it to the backup.                                              *)
ClientWrite(w) ==
    LET p == Primary(view) IN
    /\ up[p]
    /\ data' = [data EXCEPT ![p] = @ \cup {w}]
    /\ msgs' = msgs \cup {[type |-> "fwd", view |-> view, write |-> w]}
    /\ UNCHANGED << view, up, acked >>

(* The backup receives a forwarded write of the current view, applies it   *)
(* and acks it to the primary.                                             *)
BackupApply(m) ==
    LET b == Backup(view) IN
    /\ m.type = "fwd"
    /\ m.view = view
    /\ up[b]
    /\ data' = [data EXCEPT ![b] = @ \cup {m.write}]
    /\ msgs' = msgs \cup {[type |-> "ack", view |-> view, write |-> m.write]}
    /\ UNCHANGED << view, up, acked >>

(* The primary receives the backup's ack of the current view and           *)
(* acknowledges the write to its client.                                   *)
PrimaryAck(m) ==
    /\ m.type = "ack"
    /\ m.view = view
    /\ up[Primary(view)]
    /\ acked' = acked \cup {m.write}
    /\ UNCHANGED << view, up, data, msgs >>

(* A server crashes and loses its state.                                   *)
Crash(s) ==
    /\ up[s]
    /\ up' = [up EXCEPT ![s] = FALSE]
    /\ data' = [data EXCEPT ![s] = {}]
    /\ UNCHANGED << view, msgs, acked >>

(* Failover: the primary has crashed, so the view service starts the next  *)
(* view, in which the backup is the primary.                               *)
ViewChange ==
    /\ ~up[Primary(view)]
    /\ up[Backup(view)]
    /\ view < MaxView
    /\ view' = view + 1
    /\ UNCHANGED << up, data, msgs, acked >>

(* A crashed server restarts as the backup of the current view and gets a  *)
(* copy of the primary's state.                                            *)
Rejoin(s) ==
    /\ ~up[s]
    /\ s = Backup(view)
    /\ up[Primary(view)]
    /\ up' = [up EXCEPT ![s] = TRUE]
    /\ data' = [data EXCEPT ![s] = data[Primary(view)]]
    /\ UNCHANGED << view, msgs, acked >>

(* The network loses a message.                                            *)
LoseMsg(m) ==
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED << view, up, data, acked >>

Next ==
    \/ \E w \in Write : ClientWrite(w)
    \/ \E m \in msgs : BackupApply(m) \/ PrimaryAck(m) \/ LoseMsg(m)
    \/ \E s \in Server : Crash(s) \/ Rejoin(s)
    \/ ViewChange

Spec == Init /\ [][Next]_vars

(* Safety: a running primary holds every acknowledged write.               *)
AckedWritesAtPrimary ==
    up[Primary(view)] => acked \subseteq data[Primary(view)]

=============================================================================
