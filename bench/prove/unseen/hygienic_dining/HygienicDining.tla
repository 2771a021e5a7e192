--------------------------- MODULE HygienicDining ---------------------------
(***************************************************************************)
(* Chandy and Misra's hygienic solution to the dining philosophers         *)
(* ("The drinking philosophers problem", TOPLAS 1984), on a ring of        *)
(* philosophers 0 .. N-1; neighbours on the ring share a fork.             *)
(*                                                                         *)
(* Every edge of the ring has one fork and one request token.  The fork is *)
(* held by one of the two neighbours and is clean or dirty; the request   *)
(* token is held by one of them too.  A hungry philosopher that holds the *)
(* request token of a fork it lacks sends the token to the fork's holder. *)
(* A philosopher that is not eating and holds a dirty fork together with   *)
(* its request token gives the fork up, cleaning it (it keeps the token,  *)
(* so it can ask for the fork back).  A hungry philosopher eats when it    *)
(* holds all its forks and, for each of them, the fork is clean or nobody *)
(* has asked for it; eating makes its forks dirty.  Initially every fork  *)
(* is dirty and held by the lower-numbered neighbour, which makes the     *)
(* precedence graph acyclic, and the other neighbour holds the token.     *)
(*                                                                         *)
(* Forks and request tokens travel as messages; each hand-over is         *)
(* modelled as one atomic step (sending and receiving at once).            *)
(*                                                                         *)
(* Safety: no two neighbours eat at the same time.                         *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT N   \* the number of philosophers

ASSUME N \in Nat /\ N >= 3

Phil == 0 .. N-1

(* The edges of the ring: each has one fork and one request token. *)
Edge == {{p, (p + 1) % N} : p \in Phil}

(* The edges (forks) of philosopher p. *)
EdgesOf(p) == {e \in Edge : p \in e}

(* The other end of edge e, seen from p. *)
Other(e, p) == CHOOSE q \in e : q # p

VARIABLES
    state,   \* state[p]: "thinking", "hungry" or "eating"
    fork,    \* fork[e]: the philosopher holding the fork of edge e
    dirty,   \* dirty[e]: the fork of edge e is dirty
    reqTok   \* reqTok[e]: the philosopher holding the request token of e

vars == <<state, fork, dirty, reqTok>>

TypeOK ==
    /\ state \in [Phil -> {"thinking", "hungry", "eating"}]
    /\ fork \in [Edge -> Phil]
    /\ dirty \in [Edge -> BOOLEAN]
    /\ reqTok \in [Edge -> Phil]

Init ==
    /\ state = [p \in Phil |-> "thinking"]
    /\ fork = [e \in Edge |-> CHOOSE p \in e : \A q \in e : p <= q]
    /\ dirty = [e \in Edge |-> TRUE]
    /\ reqTok = [e \in Edge |-> CHOOSE p \in e : \A q \in e : p >= q]

(* A thinking philosopher becomes hungry. *)
BecomeHungry(p) ==
    /\ state[p] = "thinking"
    /\ state' = [state EXCEPT ![p] = "hungry"]
    /\ UNCHANGED <<fork, dirty, reqTok>>

(* Hungry p lacks the fork of e and holds its request token: it sends the *)
(* token to the neighbour holding the fork.                                *)
RequestFork(p, e) ==
    /\ e \in EdgesOf(p)
    /\ state[p] = "hungry"
    /\ reqTok[e] = p
    /\ fork[e] # p
    /\ reqTok' = [reqTok EXCEPT ![e] = Other(e, p)]
    /\ UNCHANGED <<state, fork, dirty>>

(* p, not eating, holds the dirty fork of e and its request token: it     *)
(* cleans the fork and sends it to the neighbour that asked for it.        *)
ReleaseFork(p, e) ==
    /\ e \in EdgesOf(p)
    /\ state[p] # "eating"
    /\ fork[e] = p
    /\ dirty[e]
    /\ reqTok[e] = p
    /\ fork' = [fork EXCEPT ![e] = Other(e, p)]
    /\ dirty' = [dirty EXCEPT ![e] = FALSE]
    /\ UNCHANGED <<state, reqTok>>

(* Hungry p holds all its forks, each clean or not asked for: it eats, and *)
(* its forks become dirty.                                                 *)
Eat(p) ==
    /\ state[p] = "hungry"
    /\ \A e \in EdgesOf(p) : fork[e] = p /\ (~dirty[e] \/ reqTok[e] # p)
    /\ state' = [state EXCEPT ![p] = "eating"]
    /\ dirty' = [e \in Edge |-> IF e \in EdgesOf(p) THEN TRUE ELSE dirty[e]]
    /\ UNCHANGED <<fork, reqTok>>

(* p finishes eating and thinks; it keeps its (dirty) forks. *)
FinishEating(p) ==
    /\ state[p] = "eating"
    /\ state' = [state EXCEPT ![p] = "thinking"]
    /\ UNCHANGED <<fork, dirty, reqTok>>

Next ==
    \/ \E p \in Phil : BecomeHungry(p) \/ Eat(p) \/ FinishEating(p)
    \/ \E p \in Phil, e \in Edge : RequestFork(p, e) \/ ReleaseFork(p, e)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No two neighbours eat at the same time. *)
NeighboursNotBothEating ==
    \A e \in Edge : \E p \in e : state[p] # "eating"
=============================================================================
