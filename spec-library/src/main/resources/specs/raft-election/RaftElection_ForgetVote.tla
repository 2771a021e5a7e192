------------------------ MODULE RaftElection_ForgetVote ------------------------
(***************************************************************************)
(* Seeded bug: a server that restarts forgets its vote.                    *)
(*                                                                         *)
(* votedFor is kept only in memory (or its write to disk is not flushed    *)
(* before the vote is sent), while currentTerm is persistent.  After a     *)
(* restart the server is back in the same term with no record of having    *)
(* voted, so it can vote a second time in that term.                       *)
(***************************************************************************)
EXTENDS RaftElection

(* Server i crashes and restarts as a follower, losing votedFor.           *)
RestartForgettingVote(i) ==
    /\ state' = [state EXCEPT ![i] = "Follower"]
    /\ votedFor' = [votedFor EXCEPT ![i] = Nil]
    /\ UNCHANGED <<currentTerm, msgs, elected>>

(* Next, with Restart replaced by RestartForgettingVote. *)
BuggyNext ==
    \/ \E i \in Server : Timeout(i)
    \/ \E i \in Server : BecomeLeader(i)
    \/ \E i \in Server : RestartForgettingVote(i)
    \/ \E i \in Server, m \in msgs : GrantVote(i, m)

BuggySpec == Init /\ [][BuggyNext]_vars
================================================================================
