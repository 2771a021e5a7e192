------------------------ MODULE Percolator_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for Percolator, used only to check   *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* Write records belong to committed transactions; a key has at most one   *)
(* lock; and a lock was placed after checking that every write record on  *)
(* its key is older than the lock holder's start, which stays true because *)
(* no other transaction can write the key while it is locked.  So a        *)
(* transaction that commits started after every other write record on the *)
(* keys it writes.                                                         *)
(***************************************************************************)
EXTENDS Percolator

(* A write record belongs to a committed transaction. *)
WriteCommitted ==
    \A k \in Key, t \in Txn : cell[k][t] = "write" => commitTs[t] # 0

(* A key has at most one lock. *)
OneLock ==
    \A k \in Key, t, u \in Txn :
        cell[k][t] = "lock" /\ cell[k][u] = "lock" => t = u

(* Every write record on a locked key is older than the lock holder's      *)
(* start.                                                                  *)
LockAfterWrites ==
    \A k \in Key, t, u \in Txn :
        cell[k][t] = "lock" /\ cell[k][u] = "write" => commitTs[u] < startTs[t]

IndRef ==
    /\ TypeOK
    /\ FirstCommitterWins
    /\ WriteCommitted
    /\ OneLock
    /\ LockAfterWrites
=============================================================================
