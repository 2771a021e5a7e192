--------------------- MODULE TendermintLocking_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for TendermintLocking.               *)
(***************************************************************************)
EXTENDS TendermintLocking

(* Honest validators prevote only in rounds that have a proposal.          *)
PrevoteHasProposal ==
    \A n \in Honest, r \in Round : r \in prevoted[n] => proposal[r] # None

(* An honest precommit in round r rests on a polka for r.                  *)
PrecommitHasPolka ==
    \A n \in Honest, r \in Round : r \in precommitted[n] => PolkaAt(r)

(* A validator locked in round r prevotes in a later round s only for the  *)
(* value it locked on, or for a proposal whose valid round is no earlier   *)
(* than r and has a polka for that proposal's value.                       *)
LockRespected ==
    \A n \in Honest, r, s \in Round :
        (r \in precommitted[n] /\ s \in prevoted[n] /\ r < s) =>
            \/ ValueOf(s) = ValueOf(r)
            \/ /\ proposal[s] # None
               /\ proposal[s].vr >= r
               /\ PolkaAt(proposal[s].vr)
               /\ ValueOf(proposal[s].vr) = ValueOf(s)

IndRef ==
    /\ TypeOK
    /\ Agreement
    /\ PrevoteHasProposal
    /\ PrecommitHasPolka
    /\ LockRespected
=============================================================================
