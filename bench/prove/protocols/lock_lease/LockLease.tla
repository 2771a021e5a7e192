----------------------------- MODULE LockLease -----------------------------
(***************************************************************************)
(* A lock service grants leases tagged with epochs (fencing tokens).       *)
(*                                                                         *)
(* Each grant increments the service's epoch counter (bounded by           *)
(* MaxEpoch) and hands the new epoch to the acquiring client.  A lease     *)
(* can expire at the service without the holder noticing: the holder       *)
(* keeps its (now stale) epoch and may keep issuing writes.  Writes travel *)
(* to the storage over a network as messages carrying only the writer's    *)
(* epoch; they can be delayed arbitrarily, reordered, and lost.            *)
(*                                                                         *)
(* The storage remembers the highest epoch it has seen (storeEpoch) and    *)
(* rejects a write whose epoch is below it.  A fresh lease holder may also *)
(* "fence" the storage: announce its epoch before writing, which raises    *)
(* storeEpoch without writing.                                             *)
(*                                                                         *)
(* Ghosts: lastAcc is the epoch of the most recently accepted write and    *)
(* accepted the set of epochs of all accepted writes.                      *)
(*                                                                         *)
(* Safety: accepted writes never go back in epoch (every accepted write's  *)
(* epoch is <= that of the latest accepted write), and no two clients      *)
(* ever hold the same epoch.                                               *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Client,    \* the set of clients
          NoClient,  \* a model value: "nobody holds the lease"
          MaxEpoch   \* the bound on epochs

Epoch == 1..MaxEpoch

VARIABLES epoch,       \* lock service: latest epoch granted (0 = none yet)
          holder,      \* lock service: current lease holder, or NoClient
          cepoch,      \* cepoch[c]: epoch client c believes it holds (0 = none)
          msgs,        \* write requests in flight (their epochs)
          storeEpoch,  \* storage: highest epoch seen
          lastAcc,     \* ghost: epoch of the latest accepted write (0 = none)
          accepted     \* ghost: epochs of all accepted writes

vars == <<epoch, holder, cepoch, msgs, storeEpoch, lastAcc, accepted>>

TypeOK == /\ epoch \in 0..MaxEpoch
          /\ holder \in Client \cup {NoClient}
          /\ cepoch \in [Client -> 0..MaxEpoch]
          /\ msgs \in SUBSET Epoch
          /\ storeEpoch \in 0..MaxEpoch
          /\ lastAcc \in 0..MaxEpoch
          /\ accepted \in SUBSET Epoch

Init == /\ epoch = 0
        /\ holder = NoClient
        /\ cepoch = [c \in Client |-> 0]
        /\ msgs = {}
        /\ storeEpoch = 0
        /\ lastAcc = 0
        /\ accepted = {}

\* The service grants a free lock to a client that holds no lease,
\* with a fresh epoch.
Acquire(c) == /\ holder = NoClient
              /\ cepoch[c] = 0
              /\ epoch < MaxEpoch
              /\ epoch' = epoch + 1
              /\ holder' = c
              /\ cepoch' = [cepoch EXCEPT ![c] = epoch + 1]
              /\ UNCHANGED <<msgs, storeEpoch, lastAcc, accepted>>

\* The lease times out at the service; the holder is not told.
Expire == /\ holder # NoClient
          /\ holder' = NoClient
          /\ UNCHANGED <<epoch, cepoch, msgs, storeEpoch, lastAcc, accepted>>

\* A client gives up (or forgets) its lease.  If the service still regards
\* it as the holder, the lock becomes free.
Release(c) == /\ cepoch[c] # 0
              /\ cepoch' = [cepoch EXCEPT ![c] = 0]
              /\ holder' = IF holder = c THEN NoClient ELSE holder
              /\ UNCHANGED <<epoch, msgs, storeEpoch, lastAcc, accepted>>

\* A client that believes it holds a lease sends a write with its epoch.
SendWrite(c) == /\ cepoch[c] # 0
                /\ msgs' = msgs \cup {cepoch[c]}
                /\ UNCHANGED <<epoch, holder, cepoch, storeEpoch, lastAcc, accepted>>

\* A client announces its epoch to the storage (fencing off older epochs).
Fence(c) == /\ cepoch[c] # 0
            /\ storeEpoch' = IF cepoch[c] > storeEpoch THEN cepoch[c] ELSE storeEpoch
            /\ UNCHANGED <<epoch, holder, cepoch, msgs, lastAcc, accepted>>

\* The storage processes a write: accepted iff its epoch is not stale.
Deliver(e) == /\ e \in msgs
              /\ msgs' = msgs \ {e}
              /\ IF e >= storeEpoch
                   THEN /\ storeEpoch' = e
                        /\ lastAcc' = e
                        /\ accepted' = accepted \cup {e}
                   ELSE UNCHANGED <<storeEpoch, lastAcc, accepted>>
              /\ UNCHANGED <<epoch, holder, cepoch>>

\* The network loses a write.
Lose(e) == /\ e \in msgs
           /\ msgs' = msgs \ {e}
           /\ UNCHANGED <<epoch, holder, cepoch, storeEpoch, lastAcc, accepted>>

Next == \/ Expire
        \/ \E c \in Client : Acquire(c) \/ Release(c) \/ SendWrite(c) \/ Fence(c)
        \/ \E e \in Epoch : Deliver(e) \/ Lose(e)

Spec == Init /\ [][Next]_vars

\* Accepted writes are monotone in epoch, and epochs are never shared.
FencingSafety ==
  /\ \A e \in accepted : e <= lastAcc
  /\ \A c, d \in Client : (c # d /\ cepoch[c] # 0) => cepoch[c] # cepoch[d]
=============================================================================
