------------------------ MODULE ToyConsensus_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for ToyConsensus, used only to check *)
(* that the benchmark has one; never given to the tool under test.         *)
(***************************************************************************)
EXTENDS ToyConsensus

(* A node votes for at most one value. *)
VoteOnce ==
    \A n \in Node, v1, v2 \in Value :
        <<n, v1>> \in vote /\ <<n, v2>> \in vote => v1 = v2

(* A node that has a vote recorded has voted. *)
VoteMeansVoted ==
    \A n \in Node, v \in Value : <<n, v>> \in vote => voted[n]

(* A decided value has the votes of a quorum. *)
DecidedHasQuorum ==
    \A v \in decided : \E Q \in Quorum : \A n \in Q : <<n, v>> \in vote

IndRef ==
    /\ TypeOK
    /\ Agreement
    /\ VoteOnce
    /\ VoteMeansVoted
    /\ DecidedHasQuorum
=============================================================================
