---------------------- MODULE DeltaCheckpoint_Reference ----------------------
(***************************************************************************)
(* A hand-written inductive invariant for DeltaCheckpoint, used only to    *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* Whatever a slow process read is still safe to act on: a writer's        *)
(* snapshot and the version being checkpointed are committed versions, and *)
(* the cleaner's bound is a checkpoint that exists.                        *)
(***************************************************************************)
EXTENDS DeltaCheckpoint

(* Every writer's snapshot is at most the latest committed version. *)
SnapshotsCommitted ==
    \A w \in Writer : snapshot[w] # None => snapshot[w] <= Latest

(* The version being checkpointed is at most the latest committed version. *)
CheckpointCommitted ==
    ckptVersion # None => ckptVersion <= Latest

(* The cleaner cleans up to a checkpoint that is in storage. *)
CleanBoundCheckpointed ==
    cleanBound # None => cleanBound \in checkpoints

IndRef ==
    /\ TypeOK
    /\ Reconstructible
    /\ SnapshotsCommitted
    /\ CheckpointCommitted
    /\ CleanBoundCheckpointed
=============================================================================
