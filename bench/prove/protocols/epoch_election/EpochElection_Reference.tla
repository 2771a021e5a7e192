----------------------- MODULE EpochElection_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for EpochElection, used only to      *)
(* check that the benchmark has one; never given to the tool under test.   *)
(***************************************************************************)
EXTENDS EpochElection

(* The leader of an epoch holds the votes of a majority in that epoch      *)
(* (votes are never taken back).                                           *)
LeaderHasMajority ==
    \A e \in Epoch, c \in Node : <<e, c>> \in elected => Majority(VotesFor(c, e))

IndRef ==
    /\ TypeOK
    /\ OneLeaderPerEpoch
    /\ LeaderHasMajority
=============================================================================
