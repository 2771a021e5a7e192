------------------- MODULE EventLogConsumer_NonIdempotentSink -------------------
(***************************************************************************)
(* Seeded bug: the sink applies every event handed to it, without         *)
(* checking the offset it has recorded.  Committing after applying is     *)
(* then only at-least-once: if the consumer crashes after applying an     *)
(* event but before committing it, the event is redelivered on restart    *)
(* and its effect is applied a second time: NoEffectDuplicated is         *)
(* violated.                                                               *)
(***************************************************************************)
EXTENDS EventLogConsumer

\* The sink applies the polled event of p whatever its offset.
ProcessBlindly(p) ==
    /\ up
    /\ inflight[p] # NoRecord
    /\ ApplyEffect(p, inflight[p])
    /\ inflight' = [inflight EXCEPT ![p] = NoRecord]
    /\ UNCHANGED <<logEnd, committed, up, position, crashes>>

BuggyNext ==
    \/ \E p \in Partitions : Append(p) \/ Poll(p) \/ ProcessBlindly(p) \/ Commit(p)
    \/ Crash
    \/ Restart

BuggySpec == Init /\ [][BuggyNext]_vars
=============================================================================
