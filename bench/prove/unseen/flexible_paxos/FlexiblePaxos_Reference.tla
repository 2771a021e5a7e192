---------------------- MODULE FlexiblePaxos_Reference ----------------------
(***************************************************************************)
(* A hand-written inductive invariant for FlexiblePaxos.                   *)
(***************************************************************************)
EXTENDS FlexiblePaxos

(* Every vote is for the proposal of its ballot.                           *)
VotesFollowProposals ==
    \A m \in msgs : m.type = "2b" =>
        [type |-> "2a", bal |-> m.bal, val |-> m.val] \in msgs

(* A ballot has at most one proposal.                                      *)
OneProposalPerBallot ==
    \A m1, m2 \in msgs :
        (m1.type = "2a" /\ m2.type = "2a" /\ m1.bal = m2.bal) =>
            m1.val = m2.val

(* A phase-1b message reports a vote the acceptor really cast, and no vote *)
(* of that acceptor below the joined ballot is higher than the one         *)
(* reported (or, at the same ballot, for another value).                   *)
PromisesReportLatestVote ==
    \A m \in msgs : m.type = "1b" =>
        /\ m.mbal >= 0 => Voted(m.acc, m.mbal, m.mval)
        /\ \A b \in Ballot, v \in Value :
              (b < m.bal /\ Voted(m.acc, b, v)) =>
                  (b < m.mbal \/ (b = m.mbal /\ v = m.mval))

(* Value w could still be chosen in ballot c: some Q2 quorum consists of   *)
(* acceptors that voted for w in c or can still vote in c.                 *)
Choosable(c, w) ==
    \E Q \in Q2 : \A a \in Q : Voted(a, c, w) \/ MaxBal(a) <= c

(* A proposal in ballot b is safe: no other value is choosable below b.    *)
ProposalsSafe ==
    \A m \in msgs : m.type = "2a" =>
        \A c \in 0..(m.bal - 1), w \in Value :
            w # m.val => ~ Choosable(c, w)

IndRef ==
    /\ TypeOK
    /\ Agreement
    /\ VotesFollowProposals
    /\ OneProposalPerBallot
    /\ PromisesReportLatestVote
    /\ ProposalsSafe

=============================================================================
