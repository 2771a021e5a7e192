------------------------------ MODULE Inductive ------------------------------
EXTENDS TwoPhase_EarlyCommit

(* Once the TM has decided commit, no RM is still working or has aborted. *)
AllPrepared == tmState = "committed" => \A r \in RM : rmState[r] \in {"prepared", "committed"}

(* An RM commits only on the TM's Commit message. *)
CommittedOnlyIfSent == \A r \in RM : rmState[r] = "committed" => [type |-> "Commit"] \in msgs

(* A decision is sent only after the TM has logged it. *)
CommitSentOnlyIfDecided == [type |-> "Commit"] \in msgs => tmState = "committed"
AbortSentOnlyIfDecided == [type |-> "Abort"] \in msgs => tmState = "aborted"

(* The TM counts only votes that were sent, and while it is undecided a     *)
(* voter is still prepared (nothing can have made it commit or abort).     *)
VotesWereSent == \A r \in tmPrepared : [type |-> "Prepared", rm |-> r] \in msgs
VoterWaits == tmState = "init" => \A r \in RM : [type |-> "Prepared", rm |-> r] \in msgs => rmState[r] = "prepared"

IndInv ==
    /\ TypeOK
    /\ Consistent
    /\ AllPrepared
    /\ CommittedOnlyIfSent
    /\ CommitSentOnlyIfDecided
    /\ AbortSentOnlyIfDecided
    /\ VotesWereSent
    /\ VoterWaits
=============================================================================
