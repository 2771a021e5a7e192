------------------- MODULE EventLogConsumer_CommitBeforeApply -------------------
(***************************************************************************)
(* Seeded bug: the consumer commits its offset before applying the       *)
(* effect.  It commits its position, which already covers the event it   *)
(* has polled but not yet handed to the sink (as committing right after  *)
(* poll, or an auto-commit timer firing during processing, does).  If it *)
(* crashes before the effect is applied, it restarts after that event and *)
(* the effect is never applied: NoEffectLost is violated.                 *)
(***************************************************************************)
EXTENDS EventLogConsumer

\* The consumer commits its position on p, not the offset it has processed.
CommitPosition(p) ==
    /\ up
    /\ position[p] > committed[p]
    /\ committed' = [committed EXCEPT ![p] = position[p]]
    /\ UNCHANGED <<logEnd, up, position, inflight, sinkOffset, applied, crashes>>

BuggyNext ==
    \/ \E p \in Partitions : Append(p) \/ Poll(p) \/ Process(p) \/ CommitPosition(p)
    \/ Crash
    \/ Restart

BuggySpec == Init /\ [][BuggyNext]_vars
=============================================================================
