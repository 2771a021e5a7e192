---------------------- MODULE TwoPhaseLocking_Reference ----------------------
(***************************************************************************)
(* A hand-written inductive invariant for TwoPhaseLocking, used only to    *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* The transactions' views agree with the lock table: a transaction holds  *)
(* a lock on an item exactly when the table lists it, in the table's mode, *)
(* and an item is unlocked in the table exactly when it has no holders.    *)
(***************************************************************************)
EXTENDS TwoPhaseLocking

(* t holds a lock on i exactly when the table lists t as a holder of i. *)
HolderAgrees ==
    \A t \in Txn, i \in Item : held[t][i] # "none" <=> t \in holders[i]

(* Every listed holder holds its lock in the table's mode. *)
ModeAgrees ==
    \A t \in Txn, i \in Item : t \in holders[i] => held[t][i] = mode[i]

(* An item is unlocked exactly when it has no holders. *)
UnlockedIffNoHolders ==
    \A i \in Item : mode[i] = "none" <=> holders[i] = {}

IndRef ==
    /\ TypeOK
    /\ ExclusiveLocks
    /\ HolderAgrees
    /\ ModeAgrees
    /\ UnlockedIffNoHolders
=============================================================================
