-------------------- MODULE RaftLeaderTransfer_Reference --------------------
EXTENDS RaftLeaderTransfer

(* A server grants at most one vote per term. *)
OneVotePerTerm ==
    \A m1, m2 \in msgs :
        m1.type = "Vote" /\ m2.type = "Vote" /\ m1.src = m2.src /\ m1.term = m2.term
            => m1.dst = m2.dst

(* A server has seen the term of every vote it granted. *)
VoteTermSeen ==
    \A m \in msgs : m.type = "Vote" => currentTerm[m.src] >= m.term

(* A candidate or leader of an election term voted for itself, for nobody else. *)
CampaignerVotedForItself ==
    \A i \in Server :
        role[i] \in {"Candidate", "Leader"} /\ currentTerm[i] \in ElectionTerms
            => ~HasVoted(i, currentTerm[i])

(* A leader of an election term won it: it holds votes from a quorum. *)
LeaderHasQuorum ==
    \A i \in Server :
        role[i] = "Leader" /\ currentTerm[i] \in ElectionTerms
            => VotesFor(i, currentTerm[i]) \in Quorum

IndRef ==
    /\ TypeOK
    /\ AtMostOneLeaderPerTerm
    /\ OneVotePerTerm
    /\ VoteTermSeen
    /\ CampaignerVotedForItself
    /\ LeaderHasQuorum
=============================================================================
