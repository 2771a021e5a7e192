----------------------- MODULE TarryTraversal_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for TarryTraversal, after the usual  *)
(* proof: the token only stops at the initiator, because a non-initiator   *)
(* holding it has received it more often than it has sent it; and a        *)
(* process that has sent the token to its parent has used all its channels *)
(* in both directions.                                                     *)
(***************************************************************************)
EXTENDS TarryTraversal, Naturals

In(n) == {c \in used : c[2] = n}
Out(n) == {c \in used : c[1] = n}

(* The holder of the token has been visited, the token has only crossed    *)
(* channels between visited processes, and every visited process got the   *)
(* token from its parent through the channel between them.                 *)
VisitedConsistent ==
    /\ Visited(tok)
    /\ \A c \in used : Visited(c[1]) /\ Visited(c[2])
    /\ \A n \in NonInit : parent[n] # None => <<parent[n], n>> \in used

(* Every process has sent the token as often as it has received it, except *)
(* that the initiator sent it first and the holder has yet to send it on.  *)
TokenBalance ==
    \A n \in Node :
        Cardinality(In(n)) + (IF n = Initiator THEN 1 ELSE 0)
            = Cardinality(Out(n)) + (IF n = tok THEN 1 ELSE 0)

(* R2: a process that has sent the token to its parent has sent it through *)
(* all its channels.                                                       *)
ParentLast ==
    \A n \in NonInit :
        parent[n] # None /\ <<n, parent[n]>> \in used =>
            \A m \in Nbrs(n) : <<n, m>> \in used

IndRef ==
    /\ TypeOK
    /\ TraversalCorrect
    /\ VisitedConsistent
    /\ TokenBalance
    /\ ParentLast
=============================================================================
