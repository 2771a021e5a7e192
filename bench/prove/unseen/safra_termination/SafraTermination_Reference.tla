------------------- MODULE SafraTermination_Reference ---------------------
(***************************************************************************)
(* Hand-written inductive invariant for SafraTermination, used only to     *)
(* check that the benchmark instance has one.  It is Dijkstra's invariant  *)
(* from EWD 998: P0 /\ (P1 \/ P2 \/ P3 \/ P4).                             *)
(***************************************************************************)
EXTENDS SafraTermination

RECURSIVE SumOver(_, _)
SumOver(f, S) ==
    IF S = {} THEN 0
    ELSE LET x == CHOOSE x \in S : TRUE IN f[x] + SumOver(f, S \ {x})

\* Nodes the token has already visited in this round, and the others.
Visited   == { i \in Node : i > token.pos }
Unvisited == { i \in Node : i <= token.pos }

\* P0: the messages in flight are exactly the sum of the counters.
InFlightIsCounterSum ==
    SumOver(pending, Node) = SumOver(counter, Node)

\* P1 \/ P2 \/ P3 \/ P4: visited nodes are passive and the token holds their
\* counter sum, or an unvisited node's counters make the sum positive, or an
\* unvisited node is black, or the token is black.
SafraInvariant ==
    \/ /\ \A i \in Visited : ~ active[i]
       /\ token.q = SumOver(counter, Visited)
    \/ SumOver(counter, Unvisited) + token.q > 0
    \/ \E i \in Unvisited : color[i] = "black"
    \/ token.color = "black"

IndRef ==
    /\ TypeOK
    /\ DetectionIsSound
    /\ InFlightIsCounterSum
    /\ SafraInvariant

=============================================================================
