----------------------- MODULE SimpleElection_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for SimpleElection, used only to     *)
(* check that the benchmark has one; never given to the tool under test.   *)
(***************************************************************************)
EXTENDS SimpleElection

(* A candidate has received only votes cast for it. *)
ReceivedVotesWereCast ==
    \A c, v \in Node : v \in votesReceived[c] => votedFor[v] = c

(* A leader has received the votes of a quorum. *)
LeaderHasQuorum ==
    \A c \in leader : \E Q \in Quorum : Q \subseteq votesReceived[c]

IndRef ==
    /\ TypeOK
    /\ OneLeader
    /\ ReceivedVotesWereCast
    /\ LeaderHasQuorum
=============================================================================
