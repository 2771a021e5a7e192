------------------------ MODULE ChandraToueg_Reference ------------------------
EXTENDS ChandraToueg

(* An adopted estimate is the proposal of the round it was adopted in. *)
EstimateIsProposal ==
    \A p \in Procs : ts[p] > 0 => proposal[ts[p]] = est[p]

(* A coordinator proposes only after a majority has entered its round. *)
ProposalAfterMajorityEntered ==
    \A r \in Rounds :
        proposal[r] # None => \E Q \in Majorities : \A q \in Q : rnd[q] >= r

(* Process q still supports value v from round r: it adopted v in round r *)
(* or later, or it has not left round r and so may still adopt it.         *)
Supports(q, r, v) == (ts[q] >= r /\ est[q] = v) \/ rnd[q] <= r

(* Once a later round proposes another value, the proposal of round r can *)
(* never be acked by a majority any more.                                  *)
NoMajorityForOverriddenProposal ==
    \A r1, r2 \in Rounds :
        (r1 < r2 /\ proposal[r1] # None /\ proposal[r2] \notin {None, proposal[r1]})
            => ~\E Q \in Majorities : \A q \in Q : Supports(q, r1, proposal[r1])

(* A decided value is the proposal of some round r and a majority has     *)
(* adopted it in round r or later.                                         *)
DecisionAdoptedByMajority ==
    \A p \in Procs :
        decision[p] # None =>
            \E r \in Rounds :
                /\ proposal[r] = decision[p]
                /\ \E Q \in Majorities :
                      \A q \in Q : ts[q] >= r /\ est[q] = decision[p]

IndRef ==
    /\ TypeOK
    /\ Agreement
    /\ EstimateIsProposal
    /\ ProposalAfterMajorityEntered
    /\ NoMajorityForOverriddenProposal
    /\ DecisionAdoptedByMajority

=============================================================================
