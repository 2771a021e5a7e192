------------------------ MODULE RaftLog_CommitOldTerm ------------------------
(***************************************************************************)
(* Seeded bug: the leader commits an entry as soon as a majority stores    *)
(* it, whatever the term of the entry.  This drops the restriction of      *)
(* section 5.4.2 of the Raft paper, that a leader counts replicas only for *)
(* entries of its own term.  An entry of an earlier term can then be       *)
(* committed and still be overwritten by a later leader whose log ends in  *)
(* a newer term (figure 8 of the paper), so two servers apply different    *)
(* commands at the same index.                                             *)
(***************************************************************************)
EXTENDS RaftLog

(* Leader i advances its commitIndex to the highest index that a majority  *)
(* stores, without checking that the entry there is of its current term.   *)
CountingAdvanceCommitIndex(i) ==
    /\ state[i] = Leader
    /\ LET committable == {n \in commitIndex[i] + 1..Len(log[i]) :
                              IsMajority(Agree(i, n))}
       IN  /\ committable # {}
           /\ CommitUpTo(i, MaxOf(committable))
    /\ UNCHANGED <<currentTerm, log, state, matchIndex>>

(* The commit step is listed first so that, among the shortest             *)
(* counterexamples, TLC reports the one that commits as soon as it can.    *)
BuggyNext ==
    \/ \E i \in Server : CountingAdvanceCommitIndex(i)
    \/ NextExceptCommit

BuggySpec == Init /\ [][BuggyNext]_vars
=============================================================================
