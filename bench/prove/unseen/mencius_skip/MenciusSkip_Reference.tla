------------------------- MODULE MenciusSkip_Reference -------------------------
(***************************************************************************)
(* A hand-written inductive invariant for MenciusSkip.                     *)
(***************************************************************************)
EXTENDS MenciusSkip

(* A revocation round proposes no-op or the owner's suggestion, never any  *)
(* other request (only the owner suggests requests).                       *)
RevocationOwnerOrNoOp ==
    \A b \in 1..MaxBallot : prop[b] \in Value => prop[b] = prop[0]

(* The proposal of revocation round b is safe: no other value can be       *)
(* chosen in a lower round k, since every majority has a member that has   *)
(* joined a round above k and did not accept a different value in k.       *)
RevocationSafe ==
    \A b \in 1..MaxBallot : prop[b] # None =>
        \A k \in 0..(b - 1), Q \in Majority :
            \E a \in Q : maxBal[a] > k /\ (k \notin voted[a] \/ prop[k] = prop[b])

IndRef ==
    /\ TypeOK
    /\ Agreement
    /\ RevocationOwnerOrNoOp
    /\ RevocationSafe
=============================================================================
