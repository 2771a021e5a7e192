------------------------ MODULE RaftPreVote_Reference ------------------------
(* A hand-written inductive invariant for RaftPreVote. *)
EXTENDS RaftPreVote

(* A granted vote is remembered: the voter has reached at least the vote's *)
(* term, and while it is still in that term its votedFor names the         *)
(* candidate it voted for.                                                  *)
VoteRecorded ==
    \A m \in msgs :
        m.mtype = "RequestVoteResponse" =>
            /\ currentTerm[m.msource] >= m.mterm
            /\ (currentTerm[m.msource] = m.mterm => votedFor[m.msource] = m.mdest)

(* Candidates and leaders voted for themselves in their current term. *)
CandidateVotedForSelf ==
    \A i \in Server : state[i] \in {"Candidate", "Leader"} => votedFor[i] = i

IndRef ==
    /\ TypeOK
    /\ ElectionSafety
    /\ VoteRecorded
    /\ CandidateVotedForSelf
=============================================================================
