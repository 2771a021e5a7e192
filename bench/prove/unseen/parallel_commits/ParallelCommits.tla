-------------------------- MODULE ParallelCommits --------------------------
(***************************************************************************)
(* CockroachDB's parallel commits (Taft et al., "CockroachDB: The          *)
(* Resilient Geo-Distributed SQL Database", SIGMOD 2020, section 3.3; and  *)
(* the parallel commits RFC, 2019).                                        *)
(*                                                                         *)
(* A transaction's writes leave provisional values, intents, at the        *)
(* transaction's timestamp; they are pipelined, so at commit time some are *)
(* still in flight.  Instead of waiting for them and then writing a        *)
(* COMMITTED transaction record, the coordinator writes the record in the  *)
(* STAGING state, listing the in-flight writes, in parallel with them.     *)
(*  - The transaction is implicitly committed once its record is STAGING   *)
(*    and every in-flight write has succeeded: its intent exists at a      *)
(*    timestamp no higher than the record's.  The coordinator then         *)
(*    acknowledges the client and later marks the record COMMITTED.        *)
(*  - A write that meets a timestamp-cache entry at or above its timestamp *)
(*    (the key was read there) is pushed to a higher timestamp.  The       *)
(*    coordinator then refreshes and re-stages the record at the higher    *)
(*    timestamp, or, if the refresh fails, aborts the transaction.         *)
(*  - A conflicting transaction that finds an abandoned STAGING record     *)
(*    runs transaction recovery: it queries every in-flight write at the   *)
(*    record's timestamp; a missing intent is prevented from ever being    *)
(*    written at or below that timestamp (the query bumps the key's        *)
(*    timestamp cache).  If all intents were found, recovery commits the   *)
(*    record; if one was prevented, it aborts it -- in both cases only if  *)
(*    the record is still STAGING at the timestamp it observed; otherwise  *)
(*    it gives up and may start again.                                     *)
(*                                                                         *)
(* Model.  One transaction writing every key of Key (all of them in        *)
(* flight when the record is staged), one recovery process, and other      *)
(* transactions' reads, which bump the timestamp cache of keys the         *)
(* transaction has not yet written.  Timestamps are 1..MaxTs; a write that *)
(* would be pushed above MaxTs is not modelled (it stays in flight).  A    *)
(* write lands at the transaction's current timestamp.  Intent resolution  *)
(* after the outcome, epochs and the client acknowledgement are left out;  *)
(* so is rolling back a PENDING transaction.                               *)
(***************************************************************************)
EXTENDS Integers

CONSTANTS
    Key,      \* the keys the transaction writes (its in-flight writes at staging)
    MaxTs     \* timestamps are 1..MaxTs

ASSUME MaxTs \in Nat \ {0}

Ts == 1..MaxTs

VARIABLES
    status,    \* the transaction record: "pending", "staging", "committed" or "aborted"
    ts,        \* the transaction's timestamp (the record's timestamp once staged)
    intent,    \* intent[k]: the timestamp of the transaction's intent on k (0: not written)
    tscache,   \* tscache[k]: the timestamp cache of k (the highest timestamp k was read at)
    recPhase,  \* the recovery process: "idle" or "recovering"
    recTs,     \* the record timestamp recovery observed (0 when idle)
    recSeen    \* recSeen[k]: what recovery's query on k found: "unknown", "found", "prevented"

vars == <<status, ts, intent, tscache, recPhase, recTs, recSeen>>

TypeOK ==
    /\ status \in {"pending", "staging", "committed", "aborted"}
    /\ ts \in Ts
    /\ intent \in [Key -> 0..MaxTs]
    /\ tscache \in [Key -> 0..MaxTs]
    /\ recPhase \in {"idle", "recovering"}
    /\ recTs \in 0..MaxTs
    /\ recSeen \in [Key -> {"unknown", "found", "prevented"}]

Max(a, b) == IF a >= b THEN a ELSE b

(* The write to k has succeeded at timestamp t: its intent exists at or    *)
(* below t.                                                                *)
WriteSucceededAt(k, t) == intent[k] # 0 /\ intent[k] <= t

(* Every in-flight write succeeded at the transaction's timestamp.         *)
AllWritesSucceeded == \A k \in Key : WriteSucceededAt(k, ts)

(* Implicitly committed: STAGING and every in-flight write succeeded.      *)
ImplicitlyCommitted == status = "staging" /\ AllWritesSucceeded

Init ==
    /\ status = "pending"
    /\ ts = 1
    /\ intent = [k \in Key |-> 0]
    /\ tscache = [k \in Key |-> 0]
    /\ recPhase = "idle"
    /\ recTs = 0
    /\ recSeen = [k \in Key |-> "unknown"]

-----------------------------------------------------------------------------
(* The pipelined write to k lands: at the transaction's timestamp, or, if  *)
(* k was read at or above it, pushed just above the timestamp cache.       *)
Write(k) ==
    LET wts == Max(ts, tscache[k] + 1) IN
    /\ intent[k] = 0
    /\ wts <= MaxTs
    /\ intent' = [intent EXCEPT ![k] = wts]
    /\ UNCHANGED <<status, ts, tscache, recPhase, recTs, recSeen>>

(* Another transaction reads k at timestamp t before the intent is there,  *)
(* bumping k's timestamp cache.                                            *)
ForeignRead(k, t) ==
    /\ intent[k] = 0
    /\ tscache[k] < t
    /\ tscache' = [tscache EXCEPT ![k] = t]
    /\ UNCHANGED <<status, ts, intent, recPhase, recTs, recSeen>>

(* The coordinator writes the record as STAGING at the transaction's       *)
(* timestamp, with every write in flight, in parallel with the writes.     *)
Stage ==
    /\ status = "pending"
    /\ status' = "staging"
    /\ UNCHANGED <<ts, intent, tscache, recPhase, recTs, recSeen>>

(* A write was pushed: the coordinator refreshes its reads to the pushed   *)
(* timestamp and (re-)stages the record there.                             *)
Refresh ==
    /\ status \in {"pending", "staging"}
    /\ \E k \in Key : intent[k] > ts
    /\ ts' = CHOOSE t \in Ts : (\E k \in Key : intent[k] = t)
                              /\ \A k \in Key : intent[k] <= t
    /\ UNCHANGED <<status, intent, tscache, recPhase, recTs, recSeen>>

(* A write was pushed and the refresh fails: the coordinator aborts.       *)
CoordinatorAbort ==
    /\ status \in {"pending", "staging"}
    /\ \E k \in Key : intent[k] > ts
    /\ status' = "aborted"
    /\ UNCHANGED <<ts, intent, tscache, recPhase, recTs, recSeen>>

(* The coordinator sees every write succeed at the staging timestamp: it   *)
(* acknowledges the client and marks the record COMMITTED.                 *)
CoordinatorCommit ==
    /\ ImplicitlyCommitted
    /\ status' = "committed"
    /\ UNCHANGED <<ts, intent, tscache, recPhase, recTs, recSeen>>

(* A conflicting transaction finds the STAGING record and starts recovery. *)
RecoverStart ==
    /\ recPhase = "idle"
    /\ status = "staging"
    /\ recPhase' = "recovering"
    /\ recTs' = ts
    /\ recSeen' = [k \in Key |-> "unknown"]
    /\ UNCHANGED <<status, ts, intent, tscache>>

(* Recovery queries the in-flight write to k at the observed timestamp:    *)
(* found, or prevented by raising k's timestamp cache to that timestamp.   *)
RecoverQuery(k) ==
    /\ recPhase = "recovering"
    /\ recSeen[k] = "unknown"
    /\ IF WriteSucceededAt(k, recTs)
         THEN /\ recSeen' = [recSeen EXCEPT ![k] = "found"]
              /\ UNCHANGED tscache
         ELSE /\ recSeen' = [recSeen EXCEPT ![k] = "prevented"]
              /\ tscache' = [tscache EXCEPT ![k] = Max(@, recTs)]
    /\ UNCHANGED <<status, ts, intent, recPhase, recTs>>

(* Recovery has queried every write.  If the record is still STAGING at    *)
(* the observed timestamp, it commits it (all found) or aborts it (some    *)
(* write prevented); otherwise it gives up.                                *)
RecoverFinish ==
    /\ recPhase = "recovering"
    /\ \A k \in Key : recSeen[k] # "unknown"
    /\ IF status = "staging" /\ ts = recTs
         THEN status' = IF \A k \in Key : recSeen[k] = "found"
                          THEN "committed" ELSE "aborted"
         ELSE UNCHANGED status
    /\ recPhase' = "idle"
    /\ recTs' = 0
    /\ recSeen' = [k \in Key |-> "unknown"]
    /\ UNCHANGED <<ts, intent, tscache>>

Next ==
    \/ \E k \in Key : Write(k) \/ RecoverQuery(k)
    \/ \E k \in Key, t \in Ts : ForeignRead(k, t)
    \/ Stage \/ Refresh \/ CoordinatorAbort \/ CoordinatorCommit
    \/ RecoverStart \/ RecoverFinish

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* A committed transaction is never aborted, and vice versa.  Intents stay *)
(* and the timestamp is frozen once the record is final, so: an aborted    *)
(* transaction was never, and will never be, implicitly committed (some    *)
(* in-flight write has not succeeded at its timestamp), and a transaction  *)
(* explicitly committed had every write succeed.                           *)
NoCommitThenAbort ==
    /\ status = "aborted" => ~AllWritesSucceeded
    /\ status = "committed" => AllWritesSucceeded
=============================================================================
