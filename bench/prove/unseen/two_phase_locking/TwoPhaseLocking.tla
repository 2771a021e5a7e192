-------------------------- MODULE TwoPhaseLocking --------------------------
(***************************************************************************)
(* Strict-order two-phase locking with shared (S) and exclusive (X) locks. *)
(*                                                                         *)
(* A lock manager keeps, per item, the set of transactions holding a lock  *)
(* on it and the mode of those locks.  It grants a shared lock when the    *)
(* item is unlocked or shared, an exclusive lock when it is unlocked, and  *)
(* upgrades a shared lock to exclusive when the requester is the only      *)
(* holder.  Each transaction keeps its own view of the locks it holds.    *)
(*                                                                         *)
(* A transaction acquires locks only in its growing phase; its first       *)
(* release moves it to the shrinking phase, where it only releases.  Once  *)
(* it holds nothing it may finish, and a new transaction starts growing.   *)
(***************************************************************************)
CONSTANTS
    Txn,    \* The transactions.
    Item    \* The data items.

Mode == {"none", "S", "X"}

VARIABLES
    holders,  \* holders[i]: the transactions the lock table lists for item i.
    mode,     \* mode[i]: the mode of the locks on item i in the table.
    held,     \* held[t][i]: the lock transaction t believes it holds on i.
    phase     \* phase[t]: "growing" or "shrinking".

vars == <<holders, mode, held, phase>>

TypeOK ==
    /\ holders \in [Item -> SUBSET Txn]
    /\ mode \in [Item -> Mode]
    /\ held \in [Txn -> [Item -> Mode]]
    /\ phase \in [Txn -> {"growing", "shrinking"}]

Init ==
    /\ holders = [i \in Item |-> {}]
    /\ mode = [i \in Item |-> "none"]
    /\ held = [t \in Txn |-> [i \in Item |-> "none"]]
    /\ phase = [t \in Txn |-> "growing"]

(* t is granted a shared lock on i (item unlocked or shared). *)
AcquireShared(t, i) ==
    /\ phase[t] = "growing"
    /\ held[t][i] = "none"
    /\ mode[i] \in {"none", "S"}
    /\ holders' = [holders EXCEPT ![i] = holders[i] \cup {t}]
    /\ mode' = [mode EXCEPT ![i] = "S"]
    /\ held' = [held EXCEPT ![t][i] = "S"]
    /\ UNCHANGED phase

(* t is granted an exclusive lock on i (item unlocked). *)
AcquireExclusive(t, i) ==
    /\ phase[t] = "growing"
    /\ held[t][i] = "none"
    /\ mode[i] = "none"
    /\ holders' = [holders EXCEPT ![i] = holders[i] \cup {t}]
    /\ mode' = [mode EXCEPT ![i] = "X"]
    /\ held' = [held EXCEPT ![t][i] = "X"]
    /\ UNCHANGED phase

(* t, the only holder of a shared lock on i, upgrades it to exclusive. *)
Upgrade(t, i) ==
    /\ phase[t] = "growing"
    /\ held[t][i] = "S"
    /\ holders[i] = {t}
    /\ mode' = [mode EXCEPT ![i] = "X"]
    /\ held' = [held EXCEPT ![t][i] = "X"]
    /\ UNCHANGED <<holders, phase>>

(* t releases its lock on i and is now shrinking; the last holder out      *)
(* resets the item's mode.                                                 *)
Release(t, i) ==
    /\ held[t][i] # "none"
    /\ holders' = [holders EXCEPT ![i] = holders[i] \ {t}]
    /\ mode' = [mode EXCEPT ![i] = IF holders[i] \ {t} = {} THEN "none"
                                                          ELSE mode[i]]
    /\ held' = [held EXCEPT ![t][i] = "none"]
    /\ phase' = [phase EXCEPT ![t] = "shrinking"]

(* t, shrinking and holding nothing, finishes; its successor grows. *)
Finish(t) ==
    /\ phase[t] = "shrinking"
    /\ \A i \in Item : held[t][i] = "none"
    /\ phase' = [phase EXCEPT ![t] = "growing"]
    /\ UNCHANGED <<holders, mode, held>>

Next ==
    \/ \E t \in Txn, i \in Item :
          \/ AcquireShared(t, i)
          \/ AcquireExclusive(t, i)
          \/ Upgrade(t, i)
          \/ Release(t, i)
    \/ \E t \in Txn : Finish(t)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No item is held exclusively by one transaction and held by another. *)
ExclusiveLocks ==
    \A i \in Item, t, u \in Txn :
        held[t][i] = "X" /\ u # t => held[u][i] = "none"
=============================================================================
