--------------------------- MODULE Bully_Reference ---------------------------
(***************************************************************************)
(* A hand-written inductive invariant for Bully, used only to check that   *)
(* the benchmark has one; never given to the tool under test.              *)
(*                                                                         *)
(* A candidate has heard only smaller ids, and a leader is a candidate     *)
(* that has heard from every other node; so a leader's id is larger than   *)
(* every other node's, and two leaders would each be larger than the       *)
(* other.                                                                  *)
(***************************************************************************)
EXTENDS Bully

(* A candidate has received only smaller ids. *)
CandidateHeardSmaller ==
    \A n, m \in Node : candidate[n] /\ m \in heard[n] => m < n

(* A leader is still a candidate. *)
LeaderIsCandidate ==
    \A n \in Node : leader[n] => candidate[n]

(* A leader has heard from every other node. *)
LeaderHeardAll ==
    \A n, m \in Node : leader[n] /\ m # n => m \in heard[n]

IndRef ==
    /\ TypeOK
    /\ AtMostOneLeader
    /\ CandidateHeardSmaller
    /\ LeaderIsCandidate
    /\ LeaderHeardAll
=============================================================================
