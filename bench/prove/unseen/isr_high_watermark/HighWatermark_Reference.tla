----------------------- MODULE HighWatermark_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for HighWatermark, used only to      *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* With a fixed leader, every follower's log is a prefix of the leader's,  *)
(* and a follower's high watermark, learned from the leader, is at most    *)
(* the leader's.                                                           *)
(***************************************************************************)
EXTENDS HighWatermark

(* Every follower's log is a prefix of the leader's log. *)
FollowerIsPrefix ==
    \A f \in Follower :
        /\ len[f] <= len[Leader]
        /\ \A i \in Index : i <= len[f] => log[f][i] = log[Leader][i]

(* A follower's high watermark is at most the leader's. *)
FollowerHwBehind ==
    \A f \in Follower : hw[f] <= hw[Leader]

IndRef ==
    /\ TypeOK
    /\ CommittedOnAllInSync
    /\ FollowerIsPrefix
    /\ FollowerHwBehind
=============================================================================
