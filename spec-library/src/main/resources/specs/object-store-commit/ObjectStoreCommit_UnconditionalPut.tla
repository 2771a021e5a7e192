------------------ MODULE ObjectStoreCommit_UnconditionalPut ------------------
(***************************************************************************)
(* Seeded bug: the writers use a plain, unconditional put for the log      *)
(* record instead of put-if-absent (for instance on a store or client      *)
(* library without conditional writes, or with the precondition header     *)
(* silently dropped).  The store then always accepts the put: a writer     *)
(* that lost the race for version N overwrites the winner's record N.json  *)
(* and both writers believe they committed version N.  The winner's        *)
(* acknowledged transaction disappears from the log, and a reader that     *)
(* had already read the old record N now disagrees with the log.           *)
(***************************************************************************)
EXTENDS ObjectStoreCommit

(* The store executes a plain put: it writes the record whether or not     *)
(* the key exists, replacing any previous record, and answers "ok".        *)
UnconditionalPut(m) ==
    /\ m \in requests
    /\ requests' = requests \ {m}
    /\ log' = (m.version :> m.txn) @@ log
    /\ commits' = commits \cup {[version |-> m.version, txn |-> m.txn]}
    /\ responses' = responses \cup {Answer(m, "ok")}
    /\ UNCHANGED <<pc, txnNo, target, acked, view>>

BuggyNext ==
    \/ \E w \in Writer :
          \/ BeginCommit(w) \/ RetryAfterTimeout(w)
          \/ ReceiveOk(w) \/ ReceiveExists(w)
    \/ \E m \in requests : UnconditionalPut(m)
    \/ \E m \in responses : LoseResponse(m)
    \/ \E r \in Reader : ReadNext(r)
    \/ Terminated

BuggySpec == Init /\ [][BuggyNext]_vars

=============================================================================
