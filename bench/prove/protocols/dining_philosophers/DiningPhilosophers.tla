------------------------- MODULE DiningPhilosophers -------------------------
(***************************************************************************)
(* Dijkstra's dining philosophers (1965, published 1971) in the naive      *)
(* form: every philosopher picks up its left fork first.                   *)
(*                                                                         *)
(* N philosophers sit around a table, numbered 0..N-1, with a fork between *)
(* every two neighbours: philosopher p's left fork is fork p, its right    *)
(* fork is fork (p + 1) % N, which is also the left fork of its right      *)
(* neighbour.  A thinking philosopher picks up its left fork when it is    *)
(* free, then its right fork when that is free, eats, and puts both down.  *)
(* The protocol can deadlock (every philosopher holding its left fork) but *)
(* is safe: neighbours never eat at once.                                  *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    N,      \* The number of philosophers and of forks.
    Free    \* The holder of a fork nobody holds.

Phil == 0..(N - 1)
Fork == 0..(N - 1)

ASSUME N \in Nat /\ N >= 2 /\ Free \notin Phil

LeftFork(p) == p
RightFork(p) == (p + 1) % N
RightNeighbour(p) == (p + 1) % N

VARIABLES
    fork,   \* fork[f]: the philosopher holding fork f, or Free.
    pc      \* pc[p]: "thinking", "hasLeft" or "eating".

vars == <<fork, pc>>

TypeOK ==
    /\ fork \in [Fork -> Phil \cup {Free}]
    /\ pc \in [Phil -> {"thinking", "hasLeft", "eating"}]

Init ==
    /\ fork = [f \in Fork |-> Free]
    /\ pc = [p \in Phil |-> "thinking"]

(* Thinking philosopher p picks up its left fork, which is free. *)
PickLeft(p) ==
    /\ pc[p] = "thinking"
    /\ fork[LeftFork(p)] = Free
    /\ fork' = [fork EXCEPT ![LeftFork(p)] = p]
    /\ pc' = [pc EXCEPT ![p] = "hasLeft"]

(* Philosopher p, holding its left fork, picks up its right fork, which is *)
(* free, and eats.                                                         *)
PickRight(p) ==
    /\ pc[p] = "hasLeft"
    /\ fork[RightFork(p)] = Free
    /\ fork' = [fork EXCEPT ![RightFork(p)] = p]
    /\ pc' = [pc EXCEPT ![p] = "eating"]

(* Eating philosopher p puts both forks down and thinks again. *)
PutDown(p) ==
    /\ pc[p] = "eating"
    /\ fork' = [fork EXCEPT ![LeftFork(p)] = Free, ![RightFork(p)] = Free]
    /\ pc' = [pc EXCEPT ![p] = "thinking"]

Next == \E p \in Phil : PickLeft(p) \/ PickRight(p) \/ PutDown(p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No philosopher eats while its right neighbour eats. *)
NeighboursNotBothEating ==
    \A p \in Phil : ~(pc[p] = "eating" /\ pc[RightNeighbour(p)] = "eating")
=============================================================================
