------------------------ MODULE CassandraLwt_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for CassandraLwt.                    *)
(***************************************************************************)
EXTENDS CassandraLwt

(* The proposal of ballot b is chosen: a quorum accepted it.               *)
Chosen(b) == \E Q \in Quorum : Q \subseteq acceptedBy[b]

(* A replica accepts only a ballot's proposal: a ballot that some replica  *)
(* accepted has a proposal.                                                *)
AcceptedIsProposed ==
    \A b \in Ballot : acceptedBy[b] # {} => prop[b] # None

(* A replica applies a commit only for a ballot whose proposal a quorum    *)
(* accepted.                                                               *)
CommittedWasChosen ==
    \A r \in Replica : mrc[r] # 0 => Chosen(mrc[r])

(* The proposal of ballot b is safe: for every lower ballot c with another *)
(* proposal, every quorum has a replica that has promised above c without  *)
(* accepting c, so c's proposal can never be chosen.                       *)
ProposalSafe ==
    \A b, c \in Ballot :
        (c < b /\ prop[b] # None /\ prop[c] # prop[b]) =>
            \A Q \in Quorum : \E q \in Q : promised[q] > c /\ q \notin acceptedBy[c]

IndRef ==
    /\ TypeOK
    /\ LinearizableCas
    /\ AcceptedIsProposed
    /\ CommittedWasChosen
    /\ ProposalSafe
=============================================================================
