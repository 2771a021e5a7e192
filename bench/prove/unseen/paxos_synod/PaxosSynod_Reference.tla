------------------------- MODULE PaxosSynod_Reference -------------------------
(***************************************************************************)
(* A hand-written inductive invariant for PaxosSynod, used only to check   *)
(* that the benchmark has one.  It is not part of the protocol.  Some      *)
(* lemmas (ProposalsSafe) are stated for the model's instance, which has   *)
(* two ballots.                                                            *)
(***************************************************************************)
EXTENDS PaxosSynod

\* No acceptor accepted a value in a ballot above the one it has joined.
VotedBelowJoined ==
    \A a \in Acceptor : maxVBal[a] <= maxBal[a]

\* What an acceptor accepted was proposed in that ballot.
AcceptedWasProposed ==
    \A a \in Acceptor : maxVBal[a] # -1 =>
        [bal |-> maxVBal[a], val |-> maxVal[a]] \in proposals

\* A leader proposes at most one value in its ballot.
OneProposalPerBallot ==
    \A m1, m2 \in proposals : m1.bal = m2.bal => m1.val = m2.val

\* Per lower ballot c, a quorum has left c and their latest votes in c match the proposal.
ProposalsSafe ==
    \A m \in proposals : \A c \in Ballot : c < m.bal =>
        \E Q \in Quorum : \A a \in Q :
            /\ maxBal[a] > c
            /\ maxVBal[a] = c => maxVal[a] = m.val

\* Some quorum all have a chosen value as their latest accepted value.
ChosenLocked ==
    \A v \in chosen : \E Q \in Quorum :
        \A a \in Q : maxVBal[a] # -1 /\ maxVal[a] = v

IndRef ==
    /\ TypeOK
    /\ AtMostOneChosen
    /\ VotedBelowJoined
    /\ AcceptedWasProposed
    /\ OneProposalPerBallot
    /\ ProposalsSafe
    /\ ChosenLocked

=============================================================================
