------------------- MODULE CooperativeTermination_Reference -------------------
EXTENDS CooperativeTermination

(* Only a participant that has voted sends Yes.                            *)
YesOnlyFromVoted ==
    \A p \in P : YesMsg(p) \in msgs => pState[p] # "working"

(* A committed participant learned commit from a decision message.         *)
CommittedImpliesCommitMsg ==
    \A p \in P : pState[p] = "committed" => DecMsg("commit") \in msgs

(* A participant that voted yes and then aborted learned abort from a      *)
(* decision message.                                                       *)
AbortedVoterImpliesAbortMsg ==
    \A p \in P : (pState[p] = "aborted" /\ YesMsg(p) \in msgs) => DecMsg("abort") \in msgs

(* A commit decision message exists only if the coordinator logged commit, *)
(* which it did with a Yes from every participant.                         *)
CommitMsgImpliesCoordCommit ==
    DecMsg("commit") \in msgs =>
        /\ coordState = "commit"
        /\ \A p \in P : YesMsg(p) \in msgs

(* An abort decision message comes from a coordinator that logged abort,   *)
(* or traces back to a participant that aborted without voting yes.        *)
AbortMsgJustified ==
    DecMsg("abort") \in msgs =>
        \/ coordState = "abort"
        \/ \E q \in P : pState[q] = "aborted" /\ YesMsg(q) \notin msgs

IndRef ==
    /\ TypeOK
    /\ Agreement
    /\ YesOnlyFromVoted
    /\ CommittedImpliesCommitMsg
    /\ AbortedVoterImpliesAbortMsg
    /\ CommitMsgImpliesCoordCommit
    /\ AbortMsgJustified
=============================================================================
