-------------------- MODULE PresumedAbortCommit_Reference --------------------
EXTENDS PresumedAbortCommit

(* A Prepared vote comes from a participant that prepared; if it has since *)
(* aborted, it did so on an Abort message.                                 *)
VoteValid ==
    \A r \in RM : [type |-> "Prepared", rm |-> r] \in msgs =>
        /\ rmState[r] # "working"
        /\ (rmState[r] = "aborted" => [type |-> "Abort"] \in msgs)

(* Commit was sent only after every participant prepared and the TM left   *)
(* the collecting phase; if the commit record is gone, every participant   *)
(* has acknowledged.                                                       *)
CommitMsgValid ==
    [type |-> "Commit"] \in msgs =>
        /\ tmState # "collecting"
        /\ \A r \in RM : rmState[r] \in {"prepared", "committed"}
        /\ (tmLog = "none" => \A r \in RM : [type |-> "Ack", rm |-> r] \in msgs)

(* Abort is sent by a TM that has left the collecting phase; if Commit was *)
(* also sent, the TM had forgotten a transaction that all had committed.   *)
AbortMsgValid ==
    [type |-> "Abort"] \in msgs =>
        /\ tmState # "collecting"
        /\ ([type |-> "Commit"] \in msgs => \A r \in RM : rmState[r] = "committed")

(* Commits and acknowledgements follow a Commit message.                   *)
CommitFollowsMsg ==
    \A r \in RM :
        /\ rmState[r] = "committed" => [type |-> "Commit"] \in msgs
        /\ [type |-> "Ack", rm |-> r] \in msgs => rmState[r] = "committed"

(* A running TM that has not decided commit has no commit record.          *)
NoRecordUnlessCommitted ==
    tmUp /\ tmState # "committed" => tmLog = "none"

IndRef ==
    /\ TypeOK
    /\ Atomicity
    /\ VoteValid
    /\ CommitMsgValid
    /\ AbortMsgValid
    /\ CommitFollowsMsg
    /\ NoRecordUnlessCommitted
=============================================================================
