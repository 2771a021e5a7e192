--------------------- MODULE TwoPhaseCommitMsgs_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for TwoPhaseCommitMsgs, used only to *)
(* check that the benchmark has one; never given to the tool under test.   *)
(***************************************************************************)
EXTENDS TwoPhaseCommitMsgs

(* The coordinator broadcasts Commit only after Yes votes from everyone. *)
CommitMsgMeansAllYes == goCommit => voteYes = Node

(* The coordinator broadcasts one decision. *)
OneBroadcast == ~(goCommit /\ goAbort)

(* A participant commits only on the coordinator's Commit. *)
CommitFollowsMsg ==
    \A n \in Node : decision[n] = "commit" => goCommit

(* A participant aborts on the coordinator's Abort or after voting No. *)
AbortFollowsMsgOrNo ==
    \A n \in Node : decision[n] = "abort" => goAbort \/ n \in voteNo

(* A participant votes once. *)
OneVote == voteYes \cap voteNo = {}

IndRef ==
    /\ TypeOK
    /\ AtomicCommit
    /\ CommitMsgMeansAllYes
    /\ OneBroadcast
    /\ CommitFollowsMsg
    /\ AbortFollowsMsgOrNo
    /\ OneVote
=============================================================================
