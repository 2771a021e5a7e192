-------------------------- MODULE KclLeaseTakeover --------------------------
(***************************************************************************)
(* Shard leases of the Kinesis Client Library (KCL), kept in a DynamoDB    *)
(* lease table.  Each shard has one lease item holding leaseOwner,        *)
(* leaseCounter and checkpoint.  Every change a worker makes to the item  *)
(* is a conditional write "if leaseCounter = c" (c: the counter the        *)
(* worker last saw or wrote), and increments leaseCounter:                 *)
(*  - take (an expired lease) or steal (load balancing): if the counter    *)
(*    is still the one read in the lease scan, set leaseOwner := me and    *)
(*    increment the counter; the worker then holds the lease with the new  *)
(*    counter and starts processing from the lease's checkpoint;           *)
(*  - renew: if the counter is the one I hold, increment it;               *)
(*  - checkpoint: if the counter is the one I hold, store the sequence     *)
(*    number of the last record processed and increment the counter.      *)
(* A worker processes a shard while it believes it holds the lease.  A    *)
(* failed renew or checkpoint tells it that the lease is gone: it stops    *)
(* processing the shard.  A worker whose lease was taken keeps believing   *)
(* it holds it until one of its conditional writes fails (a stale owner).  *)
(*                                                                         *)
(* Lease expiry is timing (a counter unchanged for the failover time); it *)
(* is abstracted away: any worker may take any lease it does not own.  A   *)
(* take whose scanned counter is out of date fails without effect, so the  *)
(* scan and the conditional write of a take are one step.  leaseCounter is *)
(* bounded by MaxCounter, record sequence numbers by MaxSeq.               *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Worker,       \* the workers of the application
    Shard,        \* the shards (one lease each)
    MaxCounter,   \* the largest lease counter in the model
    MaxSeq,       \* the largest record sequence number in the model
    None          \* a model value: no worker / no lease held

Counter == 0..MaxCounter
Seq == 0..MaxSeq

ASSUME None \notin Worker /\ None \notin Counter

VARIABLES
    leaseOwner,     \* leaseOwner[s]: the owner recorded in s's lease item
    leaseCounter,   \* leaseCounter[s]: the lease counter of s's lease item
    checkpoint,     \* checkpoint[s]: the checkpoint stored in s's lease item
    held,           \* held[w][s]: the counter with which w believes it holds s, or None
    pos,            \* pos[w][s]: the last record of s that w has processed
    ckptBy,         \* history: the worker whose checkpoint s's lease item holds, or None
    ckptOwner       \* history: leaseOwner[s] at the moment that checkpoint was written

vars == <<leaseOwner, leaseCounter, checkpoint, held, pos, ckptBy, ckptOwner>>

TypeOK ==
    /\ leaseOwner \in [Shard -> Worker \cup {None}]
    /\ leaseCounter \in [Shard -> Counter]
    /\ checkpoint \in [Shard -> Seq]
    /\ held \in [Worker -> [Shard -> Counter \cup {None}]]
    /\ pos \in [Worker -> [Shard -> Seq]]
    /\ ckptBy \in [Shard -> Worker \cup {None}]
    /\ ckptOwner \in [Shard -> Worker \cup {None}]

Init ==
    /\ leaseOwner = [s \in Shard |-> None]
    /\ leaseCounter = [s \in Shard |-> 0]
    /\ checkpoint = [s \in Shard |-> 0]
    /\ held = [w \in Worker |-> [s \in Shard |-> None]]
    /\ pos = [w \in Worker |-> [s \in Shard |-> 0]]
    /\ ckptBy = [s \in Shard |-> None]
    /\ ckptOwner = [s \in Shard |-> None]

-----------------------------------------------------------------------------
(* Worker w takes the lease of shard s (expired, never owned, or stolen   *)
(* from a busier worker): a conditional write on the counter it scanned,  *)
(* which sets the owner to w and increments the counter.  w starts        *)
(* processing s after the lease's checkpoint.                             *)
TakeLease(w, s) ==
    /\ leaseOwner[s] # w
    /\ leaseCounter[s] < MaxCounter
    /\ leaseOwner' = [leaseOwner EXCEPT ![s] = w]
    /\ leaseCounter' = [leaseCounter EXCEPT ![s] = @ + 1]
    /\ held' = [held EXCEPT ![w][s] = leaseCounter[s] + 1]
    /\ pos' = [pos EXCEPT ![w][s] = checkpoint[s]]
    /\ UNCHANGED <<checkpoint, ckptBy, ckptOwner>>

(* w renews its lease of s: the write succeeds because the counter is     *)
(* still the one w holds.                                                  *)
RenewLease(w, s) ==
    /\ held[w][s] # None
    /\ leaseCounter[s] = held[w][s]
    /\ leaseCounter[s] < MaxCounter
    /\ leaseCounter' = [leaseCounter EXCEPT ![s] = @ + 1]
    /\ held' = [held EXCEPT ![w][s] = leaseCounter[s] + 1]
    /\ UNCHANGED <<leaseOwner, checkpoint, pos, ckptBy, ckptOwner>>

(* w, believing it holds s, processes the next record of s.               *)
ProcessRecord(w, s) ==
    /\ held[w][s] # None
    /\ pos[w][s] < MaxSeq
    /\ pos' = [pos EXCEPT ![w][s] = @ + 1]
    /\ UNCHANGED <<leaseOwner, leaseCounter, checkpoint, held, ckptBy, ckptOwner>>

(* w checkpoints s: a conditional write on the counter w holds, storing   *)
(* the last record processed and incrementing the counter.                *)
Checkpoint(w, s) ==
    /\ held[w][s] # None
    /\ leaseCounter[s] = held[w][s]
    /\ leaseCounter[s] < MaxCounter
    /\ checkpoint' = [checkpoint EXCEPT ![s] = pos[w][s]]
    /\ leaseCounter' = [leaseCounter EXCEPT ![s] = @ + 1]
    /\ held' = [held EXCEPT ![w][s] = leaseCounter[s] + 1]
    /\ ckptBy' = [ckptBy EXCEPT ![s] = w]
    /\ ckptOwner' = [ckptOwner EXCEPT ![s] = leaseOwner[s]]
    /\ UNCHANGED <<leaseOwner, pos>>

(* A renew or checkpoint of w fails: the counter is no longer the one w   *)
(* holds, so another worker has taken the lease.  w drops the lease and   *)
(* stops processing s.                                                     *)
LoseLease(w, s) ==
    /\ held[w][s] # None
    /\ leaseCounter[s] # held[w][s]
    /\ held' = [held EXCEPT ![w][s] = None]
    /\ UNCHANGED <<leaseOwner, leaseCounter, checkpoint, pos, ckptBy, ckptOwner>>

Next ==
    \E w \in Worker, s \in Shard :
        \/ TakeLease(w, s)
        \/ RenewLease(w, s)
        \/ ProcessRecord(w, s)
        \/ Checkpoint(w, s)
        \/ LoseLease(w, s)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No checkpoint by a stale owner: the checkpoint in a lease item was     *)
(* written by the worker that owned the lease when it was written.        *)
NoCheckpointByStaleOwner ==
    \A s \in Shard : ckptBy[s] # None => ckptBy[s] = ckptOwner[s]
=============================================================================
