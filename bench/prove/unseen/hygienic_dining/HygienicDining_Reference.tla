----------------------- MODULE HygienicDining_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for HygienicDining, used only to     *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* A philosopher starts eating only with all its forks and never gives a  *)
(* fork up while it eats; a fork has a single holder, so two neighbours    *)
(* cannot both eat.                                                        *)
(***************************************************************************)
EXTENDS HygienicDining

(* An eating philosopher holds all its forks. *)
EatingHoldsForks ==
    \A p \in Phil : state[p] = "eating" => \A e \in EdgesOf(p) : fork[e] = p

IndRef ==
    /\ TypeOK
    /\ NeighboursNotBothEating
    /\ EatingHoldsForks
=============================================================================
