----------------------- MODULE LeaderConsensus_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for LeaderConsensus, used only to    *)
(* check that the benchmark has one; never given to the tool under test.   *)
(***************************************************************************)
EXTENDS LeaderConsensus

(* Only leaders decide. *)
DecidedByLeader ==
    \A n \in Node : decided[n] # Nil => n \in leader

(* A leader has the votes of a quorum. *)
LeaderHasQuorum ==
    \A c \in leader : \E Q \in Quorum : \A v \in Q : votedFor[v] = c

(* At most one node is leader. *)
OneLeader ==
    \A i, j \in leader : i = j

IndRef ==
    /\ TypeOK
    /\ Agreement
    /\ DecidedByLeader
    /\ LeaderHasQuorum
    /\ OneLeader
=============================================================================
