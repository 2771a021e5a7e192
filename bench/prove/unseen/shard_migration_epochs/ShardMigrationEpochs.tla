------------------------ MODULE ShardMigrationEpochs ------------------------
(***************************************************************************)
(* Moving a shard between servers, fenced by epochs.                       *)
(*                                                                         *)
(* A controller records which server owns the shard and the shard's        *)
(* epoch.  To move the shard to server n it bumps the epoch to e and sends *)
(* the current owner a handoff message (from: old owner, to: n, epoch: e). *)
(* The old owner, if it is serving with an older epoch, stops serving,     *)
(* adopts epoch e and sends its state to n, tagged with e.  The new owner, *)
(* on receiving state tagged with an epoch newer than its own, adopts the  *)
(* epoch and starts serving.  A handoff that reaches a server not serving  *)
(* (yet) waits: it is acted on once the server has taken over.  The        *)
(* controller may start a new migration before the previous one finished.  *)
(*                                                                         *)
(* Messages are never removed from the set `msgs`: any message may be      *)
(* delivered late, more than once, or in any order, so servers see stale   *)
(* handoffs and stale state transfers and must reject them by epoch.       *)
(* Message loss only stalls a migration and is not modelled separately.    *)
(*                                                                         *)
(* Safety: at most one server serves the shard at any epoch, and a server  *)
(* serves only with the shard's latest epoch: no server serves while       *)
(* another server already holds a newer epoch.                             *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Server,    \* the servers that may own the shard
    MaxEpoch   \* bound on the number of migrations

Epoch == 0..MaxEpoch

Msg ==
    {m \in [type : {"handoff"}, from : Server, to : Server, epoch : 1..MaxEpoch] : m.from # m.to}
    \cup [type : {"state"}, to : Server, epoch : 1..MaxEpoch]

VARIABLES
    ctrlEpoch,  \* controller: the shard's current epoch
    ctrlOwner,  \* controller: the server the shard is assigned to
    epoch,      \* epoch[s]: the newest epoch of the shard server s has adopted
    serving,    \* serving[s]: server s serves requests for the shard
    msgs        \* handoff and state messages ever sent

vars == <<ctrlEpoch, ctrlOwner, epoch, serving, msgs>>

TypeOK ==
    /\ ctrlEpoch \in Epoch
    /\ ctrlOwner \in Server
    /\ epoch \in [Server -> Epoch]
    /\ serving \in [Server -> BOOLEAN]
    /\ msgs \in SUBSET Msg

(* Some server owns the shard at epoch 0 and serves it. *)
Init ==
    /\ ctrlEpoch = 0
    /\ \E s \in Server :
          /\ ctrlOwner = s
          /\ serving = [t \in Server |-> t = s]
    /\ epoch = [s \in Server |-> 0]
    /\ msgs = {}

(* The controller moves the shard to server n: it bumps the epoch and      *)
(* tells the owner it knows of to hand off to n.                           *)
StartMigration(n) ==
    /\ n # ctrlOwner
    /\ ctrlEpoch < MaxEpoch
    /\ ctrlEpoch' = ctrlEpoch + 1
    /\ ctrlOwner' = n
    /\ msgs' = msgs \cup {[type |-> "handoff", from |-> ctrlOwner, to |-> n,
                           epoch |-> ctrlEpoch + 1]}
    /\ UNCHANGED <<epoch, serving>>

(* Server s, serving with an older epoch, receives a handoff: it stops     *)
(* serving, adopts the new epoch and ships its state to the new owner.     *)
HandOff(s, m) ==
    /\ m \in msgs
    /\ m.type = "handoff"
    /\ m.from = s
    /\ serving[s]
    /\ epoch[s] < m.epoch
    /\ serving' = [serving EXCEPT ![s] = FALSE]
    /\ epoch' = [epoch EXCEPT ![s] = m.epoch]
    /\ msgs' = msgs \cup {[type |-> "state", to |-> m.to, epoch |-> m.epoch]}
    /\ UNCHANGED <<ctrlEpoch, ctrlOwner>>

(* Server n receives the shard's state tagged with an epoch newer than     *)
(* its own: it adopts that epoch and starts serving.                       *)
TakeOver(n, m) ==
    /\ m \in msgs
    /\ m.type = "state"
    /\ m.to = n
    /\ epoch[n] < m.epoch
    /\ serving' = [serving EXCEPT ![n] = TRUE]
    /\ epoch' = [epoch EXCEPT ![n] = m.epoch]
    /\ UNCHANGED <<ctrlEpoch, ctrlOwner, msgs>>

Next ==
    \/ \E n \in Server : StartMigration(n)
    \/ \E s \in Server, m \in msgs : HandOff(s, m) \/ TakeOver(s, m)

Spec == Init /\ [][Next]_vars

(* Safety: one server per epoch, and only at the newest epoch. *)
ExclusiveServingAtLatestEpoch ==
    \A s, t \in Server :
        /\ (serving[s] /\ serving[t] /\ epoch[s] = epoch[t]) => s = t
        /\ serving[s] => epoch[t] <= epoch[s]

=============================================================================
