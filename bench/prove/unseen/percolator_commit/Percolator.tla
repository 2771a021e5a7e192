----------------------------- MODULE Percolator -----------------------------
(***************************************************************************)
(* Percolator-style snapshot-isolation commit (Peng and Dabek, OSDI 2010). *)
(*                                                                         *)
(* A timestamp oracle hands out increasing timestamps 1 .. MaxTs (clock is *)
(* the last one handed out).  A transaction takes a start timestamp, then  *)
(* prewrites the keys it writes, one at a time: a prewrite of k places a   *)
(* lock on k, provided k has no lock (of any transaction) and no write     *)
(* record newer than the transaction's start timestamp.  A prewrite that   *)
(* meets such a conflict fails, and the transaction rolls back: it removes *)
(* its locks and may later start again with a fresh start timestamp.  A    *)
(* transaction holding at least one lock commits: it takes a commit        *)
(* timestamp and, on every key it locked, replaces its lock with a write   *)
(* record at that commit timestamp.                                        *)
(*                                                                         *)
(* Per key, cell[k][t] is "none", "lock" (t's lock on k) or "write" (t's   *)
(* write record on k, at commitTs[t]).  A timestamp of 0 means none.       *)
(*                                                                         *)
(* Safety (first committer wins): two committed transactions that wrote a  *)
(* common key do not overlap: one committed before the other started.      *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Txn,    \* the transactions
    Key,    \* the keys
    MaxTs   \* the largest timestamp the oracle hands out

ASSUME MaxTs \in Nat

VARIABLES
    clock,     \* the timestamp oracle: the last timestamp handed out
    startTs,   \* startTs[t]: t's start timestamp, 0 if t has not started
    commitTs,  \* commitTs[t]: t's commit timestamp, 0 if t has not committed
    cell       \* cell[k][t]: "none", "lock" or "write"

vars == <<clock, startTs, commitTs, cell>>

TypeOK ==
    /\ clock \in 0 .. MaxTs
    /\ startTs \in [Txn -> 0 .. MaxTs]
    /\ commitTs \in [Txn -> 0 .. MaxTs]
    /\ cell \in [Key -> [Txn -> {"none", "lock", "write"}]]

(* No timestamp handed out, no transaction started, no key locked or       *)
(* written.                                                                *)
Init ==
    /\ clock = 0
    /\ startTs = [t \in Txn |-> 0]
    /\ commitTs = [t \in Txn |-> 0]
    /\ cell = [k \in Key |-> [t \in Txn |-> "none"]]

(* t is running: started and not committed. *)
Running(t) == startTs[t] # 0 /\ commitTs[t] = 0

(* Key k is locked, or has a write record newer than t's start. *)
Conflict(t, k) ==
    \E u \in Txn :
        \/ cell[k][u] = "lock"
        \/ cell[k][u] = "write" /\ commitTs[u] >= startTs[t]

(* Transaction t, not started, gets a start timestamp from the oracle. *)
Start(t) ==
    /\ startTs[t] = 0
    /\ commitTs[t] = 0
    /\ clock < MaxTs
    /\ clock' = clock + 1
    /\ startTs' = [startTs EXCEPT ![t] = clock + 1]
    /\ UNCHANGED <<commitTs, cell>>

(* Running t prewrites k: no conflict, so it locks k. *)
Prewrite(t, k) ==
    /\ Running(t)
    /\ cell[k][t] = "none"
    /\ ~Conflict(t, k)
    /\ cell' = [cell EXCEPT ![k][t] = "lock"]
    /\ UNCHANGED <<clock, startTs, commitTs>>

(* Running t's prewrite of k meets a conflict: t rolls back, removing all  *)
(* its locks, and returns to not started.                                  *)
Rollback(t, k) ==
    /\ Running(t)
    /\ cell[k][t] = "none"
    /\ Conflict(t, k)
    /\ cell' = [j \in Key |-> [cell[j] EXCEPT ![t] = IF @ = "lock" THEN "none"
                                                              ELSE @]]
    /\ startTs' = [startTs EXCEPT ![t] = 0]
    /\ UNCHANGED <<clock, commitTs>>

(* Running t, holding at least one lock, commits: it gets a commit         *)
(* timestamp and replaces each of its locks with a write record.           *)
Commit(t) ==
    /\ Running(t)
    /\ \E k \in Key : cell[k][t] = "lock"
    /\ clock < MaxTs
    /\ clock' = clock + 1
    /\ commitTs' = [commitTs EXCEPT ![t] = clock + 1]
    /\ cell' = [j \in Key |-> [cell[j] EXCEPT ![t] = IF @ = "lock" THEN "write"
                                                              ELSE @]]
    /\ UNCHANGED startTs

Next ==
    \/ \E t \in Txn : Start(t) \/ Commit(t)
    \/ \E t \in Txn, k \in Key : Prewrite(t, k) \/ Rollback(t, k)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Two transactions with write records on a common key committed one       *)
(* before the other started.                                               *)
FirstCommitterWins ==
    \A k \in Key, t, u \in Txn :
        t # u /\ cell[k][t] = "write" /\ cell[k][u] = "write" =>
            commitTs[t] < startTs[u] \/ commitTs[u] < startTs[t]
=============================================================================
