--------------------- MODULE ObjectStoreCommit_BlindRetry ---------------------
(***************************************************************************)
(* Seeded bug: on "exists" the writer assumes it lost the race and         *)
(* retries at the next version without reading the record back.  If the    *)
(* record is its own (an earlier put succeeded but the "ok" was lost, or   *)
(* the writer timed out and resent the put while the first one was still   *)
(* in flight), the retry commits the same transaction a second time.       *)
(***************************************************************************)
EXTENDS ObjectStoreCommit

(* The store answered "exists": the writer re-lists the log and sends      *)
(* put-if-absent for the record after the latest one, never checking       *)
(* whose record is in the way.                                             *)
BlindRetry(w) ==
    /\ pc[w] = "waiting"
    /\ \E m \in responses :
          /\ m.writer = w /\ m.version = target[w] /\ m.txn = CurrentTxn(w)
          /\ m.result = "exists"
          /\ responses' = responses \ {m}
    /\ Latest < MaxVersion
    /\ target' = [target EXCEPT ![w] = Latest + 1]
    /\ requests' = requests \cup
                   {[writer |-> w, version |-> Latest + 1,
                     txn |-> CurrentTxn(w)]}
    /\ UNCHANGED <<log, pc, txnNo, commits, acked, view>>

BuggyNext ==
    \/ \E w \in Writer :
          \/ BeginCommit(w) \/ RetryAfterTimeout(w)
          \/ ReceiveOk(w) \/ BlindRetry(w)
    \/ \E m \in requests : StorePutIfAbsent(m)
    \/ \E m \in responses : LoseResponse(m)
    \/ \E r \in Reader : ReadNext(r)
    \/ Terminated

BuggySpec == Init /\ [][BuggyNext]_vars

=============================================================================
