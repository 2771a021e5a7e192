------------------------- MODULE PetersonTournament -------------------------
(***************************************************************************)
(* Peterson's tournament-tree mutual exclusion (Peterson and Fischer,      *)
(* "Economical solutions for the critical section problem in a            *)
(* distributed system", STOC 1977; the form here is the tournament         *)
(* algorithm of Lynch, "Distributed Algorithms", 1996, Section 10.5.3).    *)
(*                                                                         *)
(* 2^L processes sit at the leaves of a complete binary tree of height L.  *)
(* Every internal node is a two-process Peterson lock between the winners  *)
(* of its two subtrees; a process climbs from its leaf to the root,        *)
(* winning the lock of each node on its path, and is in its critical      *)
(* section when it has won the root.  Internal nodes are numbered as in a  *)
(* heap (root 1, children of n: 2n and 2n+1), process p's leaf is 2^L + p; *)
(* at level k (1..L) p competes at node Comp(p, k), on side Role(p, k).    *)
(*                                                                         *)
(* Each process has one shared flag, flag[p], the level it competes at (0: *)
(* not competing); a node n has a victim[n], the side that yields.  At     *)
(* level k process p                                                       *)
(*   1. raises its flag to k,                                              *)
(*   2. sets victim[Comp(p, k)] to its own side,                           *)
(*   3. waits until every opponent (a process of the other subtree of the  *)
(*      node) has a flag below k, or the victim is the other side;         *)
(* then it goes on to level k + 1, or, after level L, enters the critical  *)
(* section.  On exit it lowers its flag to 0.  Each of these reads and     *)
(* writes of shared variables is one atomic step.                          *)
(***************************************************************************)
EXTENDS Integers

CONSTANT L    \* height of the tree: 2^L processes

ASSUME L \in Nat \ {0}

Proc == 0..(2^L - 1)
Node == 1..(2^L - 1)
Side == {0, 1}

(* The node at which p competes at level k, and p's side at that node.     *)
Comp(p, k) == (2^L + p) \div 2^k
Role(p, k) == ((2^L + p) \div 2^(k - 1)) % 2

(* p's opponents at level k: the processes of the other subtree of its     *)
(* node at level k.                                                        *)
Opponents(p, k) == {q \in Proc : Comp(q, k) = Comp(p, k) /\ Role(q, k) # Role(p, k)}

VARIABLES
    flag,     \* flag[p]: the level p competes at, 0 when it does not compete
    victim,   \* victim[n]: the side that yields at node n
    pc        \* pc[p]: "idle" (remainder), "raise" (about to raise its flag),
              \* "setv" (about to set the victim), "wait", or "cs"

vars == <<flag, victim, pc>>

TypeOK ==
    /\ flag \in [Proc -> 0..L]
    /\ victim \in [Node -> Side]
    /\ pc \in [Proc -> {"idle", "raise", "setv", "wait", "cs"}]

Init ==
    /\ flag = [p \in Proc |-> 0]
    /\ victim = [n \in Node |-> 0]
    /\ pc = [p \in Proc |-> "idle"]

-----------------------------------------------------------------------------
(* p leaves its remainder section and starts to climb.                     *)
Try(p) ==
    /\ pc[p] = "idle"
    /\ pc' = [pc EXCEPT ![p] = "raise"]
    /\ UNCHANGED <<flag, victim>>

(* p raises its flag to the next level.                                    *)
Raise(p) ==
    /\ pc[p] = "raise"
    /\ flag' = [flag EXCEPT ![p] = @ + 1]
    /\ pc' = [pc EXCEPT ![p] = "setv"]
    /\ UNCHANGED victim

(* p makes its own side the victim of its node at its level.               *)
SetVictim(p) ==
    /\ pc[p] = "setv"
    /\ flag[p] \in 1..L
    /\ victim' = [victim EXCEPT ![Comp(p, flag[p])] = Role(p, flag[p])]
    /\ pc' = [pc EXCEPT ![p] = "wait"]
    /\ UNCHANGED flag

(* p finds every opponent at its level below that level, or the other side *)
(* the victim: it has won the node, and climbs on or enters the critical   *)
(* section.                                                                *)
Wait(p) ==
    /\ pc[p] = "wait"
    /\ flag[p] \in 1..L
    /\ LET k == flag[p] IN
          /\ \/ \A q \in Opponents(p, k) : flag[q] < k
             \/ victim[Comp(p, k)] # Role(p, k)
          /\ pc' = [pc EXCEPT ![p] = IF k = L THEN "cs" ELSE "raise"]
    /\ UNCHANGED <<flag, victim>>

(* p leaves the critical section and lowers its flag, releasing every node *)
(* on its path at once.                                                    *)
Exit(p) ==
    /\ pc[p] = "cs"
    /\ flag' = [flag EXCEPT ![p] = 0]
    /\ pc' = [pc EXCEPT ![p] = "idle"]
    /\ UNCHANGED victim

Next ==
    \E p \in Proc :
        \/ Try(p)
        \/ Raise(p)
        \/ SetVictim(p)
        \/ Wait(p)
        \/ Exit(p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Mutual exclusion: no two processes are in the critical section.         *)
Mutex == \A p, q \in Proc : p # q => ~(pc[p] = "cs" /\ pc[q] = "cs")
=============================================================================
