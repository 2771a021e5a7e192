------------------------ MODULE BenOrRound_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for BenOrRound, used only to check   *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* A value proposal is backed by a strict majority of reports of that      *)
(* value; each process reports once, so two majorities of reports cannot  *)
(* carry different values and all value proposals agree.  A decision      *)
(* rests on a proposal of the decided value.                               *)
(***************************************************************************)
EXTENDS BenOrRound

(* A value proposal is reported by more than half of the processes. *)
ProposalHasMajority ==
    \A p \in Proc : proposal[p] \in Value =>
        2 * Cardinality({q \in Proc : report[q] = proposal[p]}) > N

(* A decided value has been proposed by some process. *)
DecisionWasProposed ==
    \A p \in Proc : decision[p] # None =>
        \E q \in Proc : proposal[q] = decision[p]

IndRef ==
    /\ TypeOK
    /\ Agreement
    /\ ProposalHasMajority
    /\ DecisionWasProposed
=============================================================================
