------------------------ MODULE CommitAdopt_Reference ------------------------
EXTENDS CommitAdopt

(* A process's registers hold its input: A[i] once written, and the value *)
(* of B[i] once written; before its output, val[i] is that input.          *)
RegistersHoldInput ==
    \A i \in Procs :
        /\ (A[i] = Nil) <=> (pc[i] = "w1")
        /\ (B[i] = Nil) <=> (pc[i] \in {"w1", "r1", "w2"})
        /\ pc[i] \in {"r1", "w2", "r2"} => A[i] = val[i]
        /\ B[i] # Nil => B[i].val = A[i]
        /\ pc[i] = "r2" => B[i] = [val |-> val[i], commit |-> flag[i]]

(* Process i proposes to commit v in round 2: it has written <<v, TRUE>>  *)
(* to B, or is about to.                                                   *)
ProposesCommit(i, v) ==
    \/ pc[i] = "w2" /\ flag[i] /\ val[i] = v
    \/ B[i] # Nil /\ B[i].commit /\ B[i].val = v

(* Round 1 lets through at most one value with the commit flag. *)
CommitProposalsAgree ==
    \A i, j \in Procs, v, w \in Values :
        (ProposesCommit(i, v) /\ ProposesCommit(j, w)) => v = w

(* A process that committed wrote <<v, TRUE>> for the value v it commits. *)
CommitterWroteCommit ==
    \A i \in Procs :
        pc[i] = "commit" => B[i] = [val |-> val[i], commit |-> TRUE]

(* A process that wrote <<v, TRUE>> and has finished outputs v. *)
FinishedCommitProposerOutputsIt ==
    \A i \in Procs :
        (pc[i] \in {"commit", "adopt"} /\ B[i] # Nil /\ B[i].commit)
            => val[i] = B[i].val

IndRef ==
    /\ TypeOK
    /\ CommitAgreement
    /\ RegistersHoldInput
    /\ CommitProposalsAgree
    /\ CommitterWroteCommit
    /\ FinishedCommitProposerOutputsIt

=============================================================================
