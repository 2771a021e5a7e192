------------------------ MODULE MvccFirstCommitterWins ------------------------
(***************************************************************************)
(* Snapshot isolation by multi-version concurrency control, with the       *)
(* first-committer-wins rule (as in PostgreSQL's REPEATABLE READ level or  *)
(* the oracle of an MVCC key-value store such as Badger), on a single      *)
(* store with one commit counter.                                         *)
(*                                                                         *)
(* Commits are numbered 1 .. MaxTs by the oracle (clock is the number of   *)
(* the last commit).  A transaction begins by taking the current clock as  *)
(* its snapshot timestamp: it sees exactly the versions committed at or    *)
(* before it.  It then buffers writes to keys privately (reads are served  *)
(* from the snapshot and are not modelled).  To commit, the store          *)
(* validates the write set: if some key the transaction wrote has a        *)
(* committed version newer than the transaction's snapshot, another        *)
(* transaction committed a write to that key first, and the commit is      *)
(* refused.  Otherwise the transaction takes the next commit timestamp and *)
(* installs its buffered writes as new versions, atomically.  A            *)
(* transaction may abort at any time (a client giving up, or a commit      *)
(* refused by validation); its buffered writes are dropped and it may      *)
(* begin again later with a fresh snapshot.                                *)
(*                                                                         *)
(* Of each key's chain of versions only the newest one's commit timestamp  *)
(* matters for validation, so that is all the model keeps (latest[k];      *)
(* 0 for the initial version).                                             *)
(*                                                                         *)
(* Safety (no lost update): the commit history never holds two committed   *)
(* transactions with overlapping lifetimes that wrote the same key: of     *)
(* any two that did, one committed before the other's snapshot was taken,  *)
(* so its commit is in the other's snapshot.                               *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Txn,    \* the transactions
    Key,    \* the keys
    MaxTs   \* the largest commit timestamp

ASSUME MaxTs \in Nat

VARIABLES
    clock,     \* the oracle: timestamp of the last commit, 0 if none
    status,    \* status[t]: "idle", "active" or "committed"
    snap,      \* snap[t]: t's snapshot timestamp (meaningful once begun)
    commitTs,  \* commitTs[t]: t's commit timestamp (meaningful once committed)
    wset,      \* wset[t]: the keys t has written (its buffered writes)
    latest     \* latest[k]: commit timestamp of k's newest version

vars == <<clock, status, snap, commitTs, wset, latest>>

TypeOK ==
    /\ clock \in 0 .. MaxTs
    /\ status \in [Txn -> {"idle", "active", "committed"}]
    /\ snap \in [Txn -> 0 .. MaxTs]
    /\ commitTs \in [Txn -> 0 .. MaxTs]
    /\ wset \in [Txn -> SUBSET Key]
    /\ latest \in [Key -> 0 .. MaxTs]

(* No commit yet; every key holds only its initial version. *)
Init ==
    /\ clock = 0
    /\ status = [t \in Txn |-> "idle"]
    /\ snap = [t \in Txn |-> 0]
    /\ commitTs = [t \in Txn |-> 0]
    /\ wset = [t \in Txn |-> {}]
    /\ latest = [k \in Key |-> 0]

(* Idle t begins: its snapshot is everything committed so far. *)
Begin(t) ==
    /\ status[t] = "idle"
    /\ status' = [status EXCEPT ![t] = "active"]
    /\ snap' = [snap EXCEPT ![t] = clock]
    /\ wset' = [wset EXCEPT ![t] = {}]
    /\ UNCHANGED <<clock, commitTs, latest>>

(* Active t writes k: the write is buffered, not yet visible to anyone. *)
Write(t, k) ==
    /\ status[t] = "active"
    /\ k \notin wset[t]
    /\ wset' = [wset EXCEPT ![t] = @ \cup {k}]
    /\ UNCHANGED <<clock, status, snap, commitTs, latest>>

(* Active t commits: validation finds no key of its write set with a       *)
(* version newer than t's snapshot, so t takes the next commit timestamp   *)
(* and installs a new version of every key it wrote.  (Read-only           *)
(* transactions need no validation and no commit timestamp; they are not   *)
(* modelled.)                                                              *)
Commit(t) ==
    /\ status[t] = "active"
    /\ wset[t] # {}
    /\ \A k \in wset[t] : latest[k] <= snap[t]
    /\ clock < MaxTs
    /\ clock' = clock + 1
    /\ status' = [status EXCEPT ![t] = "committed"]
    /\ commitTs' = [commitTs EXCEPT ![t] = clock + 1]
    /\ latest' = [k \in Key |-> IF k \in wset[t] THEN clock + 1 ELSE latest[k]]
    /\ UNCHANGED <<snap, wset>>

(* Active t aborts, by the client's choice or because its commit was       *)
(* refused by validation: its buffered writes are dropped and it returns   *)
(* to idle, free to retry with a fresh snapshot.                           *)
Abort(t) ==
    /\ status[t] = "active"
    /\ status' = [status EXCEPT ![t] = "idle"]
    /\ wset' = [wset EXCEPT ![t] = {}]
    /\ UNCHANGED <<clock, snap, commitTs, latest>>

Next ==
    \E t \in Txn :
        \/ Begin(t)
        \/ Commit(t)
        \/ Abort(t)
        \/ \E k \in Key : Write(t, k)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No lost update: two committed transactions that wrote a common key did  *)
(* not overlap: one of them committed no later than the other's snapshot.  *)
NoLostUpdate ==
    \A t, u \in Txn, k \in Key :
        /\ t # u
        /\ status[t] = "committed" /\ status[u] = "committed"
        /\ k \in wset[t] /\ k \in wset[u]
        => commitTs[t] <= snap[u] \/ commitTs[u] <= snap[t]
=============================================================================
