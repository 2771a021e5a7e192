------------------------- MODULE DeltaLakeLog_Reference -------------------------
EXTENDS DeltaLakeLog

(* The log has no holes: every version below a committed one is            *)
(* committed.                                                              *)
LogContiguous ==
    \A v, u \in Version : u < v /\ log[v] # None => log[u] # None

(* A writer's read version is a committed version (or 0).                  *)
ReadVersionCommitted ==
    \A w \in Writer :
        pc[w] = "committing" /\ readVersion[w] > 0 => log[readVersion[w]] # None

(* A writer that is committing has not had its batch committed.            *)
CommittingNotInLog ==
    \A w \in Writer, v \in Version :
        pc[w] = "committing" => log[v] # w

(* The checkpoint is of a committed version and holds exactly the app      *)
(* ids committed in versions 1..ckptVersion.                               *)
CheckpointMatchesLog ==
    /\ ckptVersion > 0 => log[ckptVersion] # None
    /\ ckptTxns = {log[v] : v \in {u \in Version : u <= ckptVersion /\ log[u] # None}}

IndRef ==
    /\ TypeOK
    /\ DataFileCommittedOnce
    /\ LogContiguous
    /\ ReadVersionCommitted
    /\ CommittingNotInLog
    /\ CheckpointMatchesLog

=============================================================================
