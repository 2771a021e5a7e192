---------------------- MODULE KclLeaseTakeover_Reference ----------------------
(***************************************************************************)
(* A hand-written inductive invariant for KclLeaseTakeover.                *)
(***************************************************************************)
EXTENDS KclLeaseTakeover

(* A worker's lease counter is never ahead of the lease table: every      *)
(* counter a worker holds was written to the table, and the table's       *)
(* counter only grows.                                                     *)
HeldCounterNotAhead ==
    \A w \in Worker, s \in Shard :
        held[w][s] # None => held[w][s] <= leaseCounter[s]

(* A worker whose held counter is the table's current counter is the      *)
(* lease's owner: every take increments the counter, so a stale owner's   *)
(* counter is out of date.                                                 *)
CurrentCounterHolderIsOwner ==
    \A w \in Worker, s \in Shard :
        held[w][s] = leaseCounter[s] => leaseOwner[s] = w

IndRef ==
    /\ TypeOK
    /\ NoCheckpointByStaleOwner
    /\ HeldCounterNotAhead
    /\ CurrentCounterHolderIsOwner
=============================================================================
