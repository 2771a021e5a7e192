---------------------- MODULE ParallelCommits_Reference ----------------------
(***************************************************************************)
(* A hand-written inductive invariant for ParallelCommits.                 *)
(***************************************************************************)
EXTENDS ParallelCommits

(* The write to k can no longer succeed at timestamp t: it landed above t, *)
(* or it is still in flight and k's timestamp cache will push it above t.  *)
Blocked(k, t) == intent[k] > t \/ (intent[k] = 0 /\ tscache[k] >= t)

(* An aborted transaction has a write that can never succeed at its        *)
(* (frozen) timestamp.                                                     *)
AbortedIsFinal ==
    status = "aborted" => \E k \in Key : Blocked(k, ts)

(* A write recovery prevented can no longer succeed at the timestamp       *)
(* recovery observed.                                                      *)
PreventedStaysMissing ==
    \A k \in Key : recSeen[k] = "prevented" => Blocked(k, recTs)

(* A write recovery found has succeeded at the timestamp it observed.      *)
FoundStaysFound ==
    \A k \in Key : recSeen[k] = "found" => WriteSucceededAt(k, recTs)

IndRef ==
    /\ TypeOK
    /\ NoCommitThenAbort
    /\ AbortedIsFinal
    /\ PreventedStaysMissing
    /\ FoundStaysFound
=============================================================================
