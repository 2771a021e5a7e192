------------------------- MODULE FastPaxos_Reference -------------------------
(***************************************************************************)
(* A hand-written inductive invariant for FastPaxos.                       *)
(***************************************************************************)
EXTENDS FastPaxos

(* A vote in a classic round is for that round's proposal.                 *)
ClassicVoteIsProposal ==
    \A a \in Acceptor, r \in ClassicRound :
        vote[a][r] # None => vote[a][r] = proposal[r]

(* The proposal of classic round r is safe: no other value w can be        *)
(* chosen in a round k below r, since every quorum of k has a member that  *)
(* has joined a round above k (so votes no more in k) and did not vote w   *)
(* in k.                                                                   *)
ProposalSafe ==
    \A r \in ClassicRound : proposal[r] # None =>
        \A k \in 0..(r - 1), w \in Value \ {proposal[r]} :
            \A R \in QuorumOf(k) : \E a \in R : maxBal[a] > k /\ vote[a][k] # w

IndRef ==
    /\ TypeOK
    /\ Consistency
    /\ ClassicVoteIsProposal
    /\ ProposalSafe
=============================================================================
