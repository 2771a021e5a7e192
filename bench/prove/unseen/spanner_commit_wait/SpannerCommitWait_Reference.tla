-------------------- MODULE SpannerCommitWait_Reference --------------------
(***************************************************************************)
(* A hand-written inductive invariant for SpannerCommitWait, used only to  *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* Commit wait makes a transaction visible only once real time has passed  *)
(* its commit timestamp, and a later-starting transaction picks a commit   *)
(* timestamp no smaller than the real time of its commit, which is after   *)
(* its start.                                                              *)
(***************************************************************************)
EXTENDS SpannerCommitWait

(* A visible transaction's commit timestamp is below the real time at     *)
(* which it became visible.                                                *)
WaitedOut ==
    \A t \in Txn : status[t] = "visible" => commitTs[t] < visibleAt[t]

(* A started transaction started no later than now. *)
StartedInPast ==
    \A t \in Txn : status[t] # "idle" => startAt[t] <= now

IndRef ==
    /\ TypeOK
    /\ ExternalConsistency
    /\ WaitedOut
    /\ StartedInPast
=============================================================================
