------------------------------ MODULE RampFast ------------------------------
(***************************************************************************)
(* RAMP-Fast, the read-atomic multi-partition transactions of Bailis,      *)
(* Fekete, Hellerstein, Ghodsi and Stoica ("Scalable Atomic Visibility     *)
(* with RAMP Transactions", SIGMOD 2014, Algorithm 1).                     *)
(*                                                                         *)
(* Every item lives on its own partition, which keeps the set of versions  *)
(* written to the item and lastCommit, the timestamp of the latest         *)
(* committed one.  A version carries its transaction's timestamp and, as   *)
(* metadata, the transaction's write set.                                  *)
(*  - A write transaction with timestamp t runs two-phase commit: PREPARE  *)
(*    adds its version to every item it writes; once every partition has  *)
(*    acknowledged, COMMIT raises lastCommit of each item to t.            *)
(*  - A read transaction reads every item.  Round 1 gets the version of    *)
(*    each item with timestamp lastCommit.  From the metadata it computes, *)
(*    for each item i, vlatest(i): the highest timestamp of a round-1      *)
(*    version whose transaction also wrote i.  Round 2 fetches, for each   *)
(*    item whose round-1 version is older than vlatest(i), the version     *)
(*    with exactly that timestamp (it has been prepared, maybe not yet     *)
(*    committed, at i).                                                    *)
(*                                                                         *)
(* Timestamps are the transaction ids 1..NTxn; 0 is the initial version of *)
(* every item.  Each write transaction writes every item (a transaction    *)
(* that inserts both directions of a friendship edge, say).  A round-2     *)
(* fetch of a version a partition does not have returns Missing.           *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Item,      \* the items, one per partition
    NTxn,      \* the number of write transactions (timestamps 1..NTxn)
    None,      \* a model value: no result yet
    Missing    \* a model value: the partition had no version with that timestamp

Txn == 1..NTxn
Ver == 0..NTxn                 \* version timestamps; 0 is the initial version

ASSUME None \notin Ver /\ Missing \notin Ver /\ None # Missing

(* The write set of the transaction with timestamp t: the metadata of its  *)
(* versions.  The initial "transaction" 0 wrote every item too.            *)
WriteSet(t) == Item

VARIABLES
    versions,    \* versions[i]: the timestamps of the versions prepared at item i
    lastCommit,  \* lastCommit[i]: the timestamp of the latest committed version of i
    rpc,         \* the reader's phase
    r1,          \* r1[i]: the timestamp of the version of i returned in round 1
    res          \* res[i]: the version of i the read returns

vars == <<versions, lastCommit, rpc, r1, res>>

TypeOK ==
    /\ versions \in [Item -> SUBSET Txn]
    /\ lastCommit \in [Item -> Ver]
    /\ rpc \in {"idle", "round1", "round2", "done"}
    /\ r1 \in [Item -> Ver \cup {None}]
    /\ res \in [Item -> Ver \cup {None, Missing}]

(* The partition of item i holds the version with timestamp t.             *)
Has(i, t) == t = 0 \/ t \in versions[i]

Max(S) == CHOOSE m \in S : \A n \in S : n <= m

(* The timestamp round 2 must return for item i, computed from the         *)
(* metadata of the round-1 versions.                                       *)
VLatest(i) ==
    Max({r1[i]} \cup {r1[j] : j \in {k \in Item : i \in WriteSet(r1[k])}})

Init ==
    /\ versions = [i \in Item |-> {}]
    /\ lastCommit = [i \in Item |-> 0]
    /\ rpc = "idle"
    /\ r1 = [i \in Item |-> None]
    /\ res = [i \in Item |-> None]

-----------------------------------------------------------------------------
(* The partition of item i receives PREPARE from write transaction t and   *)
(* adds t's version to its versions.                                       *)
Prepare(t, i) ==
    /\ i \in WriteSet(t)
    /\ t \notin versions[i]
    /\ versions' = [versions EXCEPT ![i] = @ \cup {t}]
    /\ UNCHANGED <<lastCommit, rpc, r1, res>>

(* Every partition has acknowledged t's PREPARE, so t has sent COMMIT; the *)
(* partition of item i receives it and raises lastCommit to t.             *)
Commit(t, i) ==
    /\ i \in WriteSet(t)
    /\ \A j \in WriteSet(t) : t \in versions[j]
    /\ lastCommit[i] < t
    /\ lastCommit' = [lastCommit EXCEPT ![i] = t]
    /\ UNCHANGED <<versions, rpc, r1, res>>

(* The reader starts a read transaction of every item.                     *)
StartRead ==
    /\ rpc \in {"idle", "done"}
    /\ rpc' = "round1"
    /\ r1' = [i \in Item |-> None]
    /\ res' = [i \in Item |-> None]
    /\ UNCHANGED <<versions, lastCommit>>

(* Round 1: the partition of item i returns its latest committed version.  *)
ReadRound1(i) ==
    /\ rpc = "round1"
    /\ r1[i] = None
    /\ r1' = [r1 EXCEPT ![i] = lastCommit[i]]
    /\ UNCHANGED <<versions, lastCommit, rpc, res>>

(* Every item has answered round 1.                                        *)
EndRound1 ==
    /\ rpc = "round1"
    /\ \A i \in Item : r1[i] # None
    /\ rpc' = "round2"
    /\ UNCHANGED <<versions, lastCommit, r1, res>>

(* Round 2 for item i: if the metadata shows a newer version of i than the *)
(* one read in round 1, fetch that exact version from i's partition;       *)
(* otherwise keep the round-1 version.                                     *)
ReadRound2(i) ==
    /\ rpc = "round2"
    /\ \A j \in Item : r1[j] # None      \* the metadata of round 1 is at hand
    /\ res[i] = None
    /\ res' = [res EXCEPT ![i] =
                 IF VLatest(i) > r1[i]
                   THEN IF Has(i, VLatest(i)) THEN VLatest(i) ELSE Missing
                   ELSE r1[i]]
    /\ UNCHANGED <<versions, lastCommit, rpc, r1>>

(* Every item is resolved: the read transaction returns res.               *)
FinishRead ==
    /\ rpc = "round2"
    /\ \A i \in Item : res[i] # None
    /\ rpc' = "done"
    /\ UNCHANGED <<versions, lastCommit, r1, res>>

Next ==
    \/ \E t \in Txn, i \in Item : Prepare(t, i) \/ Commit(t, i)
    \/ StartRead
    \/ \E i \in Item : ReadRound1(i) \/ ReadRound2(i)
    \/ EndRound1
    \/ FinishRead

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Read atomicity: a finished read returns a version of every item, and    *)
(* no fractured reads: if it returns a version of item i written by        *)
(* transaction t, then for every other item t wrote it returns t's version *)
(* or a later one.                                                         *)
ReadAtomic ==
    rpc = "done" =>
        \A i \in Item :
            /\ res[i] \in Ver
            /\ \A j \in WriteSet(res[i]) : res[j] \in Ver /\ res[j] >= res[i]
=============================================================================
