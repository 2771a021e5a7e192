---------------------- MODULE MultiPaxosSlots_Reference ----------------------
(* A hand-written inductive invariant for MultiPaxosSlots.                 *)
EXTENDS MultiPaxosSlots

(* The leader of a ballot proposes at most one value per slot.             *)
OneValuePerBallotSlot ==
    \A b \in Ballot, s \in Slot, v, w \in Value :
        TwoA(b, s, v) \in msgs /\ TwoA(b, s, w) \in msgs => v = w

(* Every proposal is safe: in each lower ballot c, some quorum has each    *)
(* member either accepted c's proposal for the slot, which is the same     *)
(* value, or promised above c without accepting in c (so no other value    *)
(* is or can become chosen in c).                                          *)
ProposalsSafe ==
    \A b \in Ballot, s \in Slot, v \in Value :
        TwoA(b, s, v) \in msgs =>
            \A c \in 0..(b - 1) :
                \E Q \in Quorum : \A a \in Q :
                    \/ TwoB(a, c, s) \in msgs /\ TwoA(c, s, v) \in msgs
                    \/ MaxBal(a) > c /\ TwoB(a, c, s) \notin msgs

IndRef ==
    /\ TypeOK
    /\ AtMostOneChosenPerSlot
    /\ OneValuePerBallotSlot
    /\ ProposalsSafe

=============================================================================
