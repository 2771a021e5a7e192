----------------------- MODULE RaftElection_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for RaftElection, used only to check *)
(* that the benchmark protocol has one.  It is an invariant of the model's *)
(* instance (two servers, whose only majority is both of them, so a leader *)
(* holds the vote of every other server in its term); a larger cluster     *)
(* would need a history of the votes cast in each term.                    *)
(***************************************************************************)
EXTENDS RaftElection

\* A granting response records the voter's vote: the voter is at least in that term, and in it voted for the candidate.
ResponseMatchesVote ==
    \A m \in msgs :
        m.type = "RequestVoteResponse" =>
            /\ currentTerm[m.src] >= m.term
            /\ currentTerm[m.src] = m.term => votedFor[m.src] = m.dst

\* Candidates and leaders voted for themselves in their current term.
CandidateVotedForSelf ==
    \A s \in Server : role[s] \in {"Candidate", "Leader"} => votedFor[s] = s

IndRef ==
    /\ TypeOK
    /\ ElectionSafety
    /\ ResponseMatchesVote
    /\ CandidateVotedForSelf

=============================================================================
