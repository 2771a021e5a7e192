--------------------- MODULE PetersonTournament_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for PetersonTournament.              *)
(***************************************************************************)
EXTENDS PetersonTournament

(* A process's flag matches its control state: 0 in the remainder section, *)
(* a competing level while it sets the victim or waits, below L when it is *)
(* about to raise it, L in the critical section.                           *)
FlagMatchesPc ==
    \A p \in Proc :
        /\ pc[p] = "idle" => flag[p] = 0
        /\ pc[p] \in {"setv", "wait"} => flag[p] \in 1..L
        /\ pc[p] = "raise" => flag[p] < L
        /\ pc[p] = "cs" => flag[p] = L

(* p has won its node at level k.                                          *)
Won(p, k) == flag[p] > k \/ (flag[p] = k /\ pc[p] \in {"raise", "cs"})

(* p has set the victim of its node at level k (and not left it).          *)
VictimSet(p, k) == flag[p] > k \/ (flag[p] = k /\ pc[p] \in {"wait", "raise", "cs"})

(* Peterson's invariant at every node: when p has won its node at level k  *)
(* and an opponent q has set the victim there, the victim is q's side (so  *)
(* q cannot win the node too).                                             *)
NodeExclusion ==
    \A k \in 1..L, p \in Proc, q \in Proc :
        q \in Opponents(p, k) /\ Won(p, k) /\ VictimSet(q, k) =>
            victim[Comp(p, k)] = Role(q, k)

IndRef ==
    /\ TypeOK
    /\ Mutex
    /\ FlagMatchesPc
    /\ NodeExclusion
=============================================================================
