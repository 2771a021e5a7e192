------------------------ MODULE PaxosCommit_Reference ------------------------
EXTENDS PaxosCommit

(* Value v is safe in instance i: no other value can ever be chosen.       *)
(* Before the leader proposes, a majority has voted v in ballot 0; after,  *)
(* the leader proposed v.                                                  *)
Locked(i, v) ==
    IF p2a1.sent
    THEN p2a1.val[i] = v
    ELSE /\ rm[i].p2a = v
         /\ \E Q \in Majority : \A a \in Q : acc[a].vbal[i] = 0

(* Every vote answers a phase 2a message of its ballot.                    *)
VotesHaveProposal ==
    \A a \in Acceptor, i \in RM :
        /\ acc[a].vbal[i] = 0 => rm[i].p2a # "none"
        /\ acc[a].vbal[i] = 1 => p2a1.sent

(* The leader's proposal is the RM's ballot-0 value, or "aborted" when a   *)
(* majority promised ballot 1 without having voted in ballot 0 (so no      *)
(* value can be chosen in ballot 0).                                       *)
ProposalSafe ==
    p2a1.sent =>
        \A i \in RM :
            \/ p2a1.val[i] = rm[i].p2a
            \/ /\ p2a1.val[i] = "aborted"
               /\ \E Q \in Majority : \A a \in Q : acc[a].mbal = 1 /\ acc[a].vbal[i] # 0

(* An RM commits only when every instance is locked on "prepared".         *)
CommitLocked ==
    \A r \in RM : rm[r].state = "committed" => \A i \in RM : Locked(i, "prepared")

(* An RM that aborted without voting "aborted" learned that some instance  *)
(* is locked on "aborted".                                                 *)
AbortLocked ==
    \A r \in RM : rm[r].state = "aborted" /\ rm[r].p2a # "aborted" =>
        \E i \in RM : Locked(i, "aborted")

IndRef ==
    /\ TypeOK
    /\ Consistency
    /\ VotesHaveProposal
    /\ ProposalSafe
    /\ CommitLocked
    /\ AbortLocked
=============================================================================
