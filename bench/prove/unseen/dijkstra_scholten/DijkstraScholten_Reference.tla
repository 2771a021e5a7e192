--------------------- MODULE DijkstraScholten_Reference ---------------------
EXTENDS DijkstraScholten

RECURSIVE SumOver(_, _)
(* The sum of f[x] over the finite set S.                                  *)
SumOver(f, S) ==
    IF S = {} THEN 0
    ELSE LET x == CHOOSE x \in S : TRUE IN f[x] + SumOver(f, S \ {x})

OutEdges(p) == {e \in Edges : e[1] = p}
Children(p) == {q \in NonRoot : parent[q] = p}

(* A process's deficit counts exactly its basic messages in transit, the   *)
(* acknowledgments in transit back to it, and its children in the tree     *)
(* (whose engaging messages are not yet acknowledged).                     *)
DeficitAccounted ==
    \A p \in Proc :
        deficit[p] = SumOver(msgs, OutEdges(p)) + SumOver(acks, OutEdges(p))
                       + Cardinality(Children(p))

(* A non-root process outside the tree is passive and has deficit 0.       *)
DetachedIdle ==
    \A p \in NonRoot : parent[p] = Nil => (~active[p] /\ deficit[p] = 0)

(* The parent pointers have no cycle: every non-empty set of non-root      *)
(* processes has a member whose parent lies outside the set.               *)
ParentsAcyclic ==
    \A S \in SUBSET NonRoot :
        S /= {} => \E p \in S : parent[p] \notin S

IndRef ==
    /\ TypeOK
    /\ TerminationDetected
    /\ DeficitAccounted
    /\ DetachedIdle
    /\ ParentsAcyclic

=============================================================================
