------------------------ MODULE ChangRoberts_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for ChangRoberts, used only to check *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* An identifier in flight has passed only nodes with smaller identifiers, *)
(* and a leader has the largest identifier.                                *)
(***************************************************************************)
EXTENDS ChangRoberts

(* The identifier of node o, in flight to node n, is larger than that of   *)
(* every node it has passed since leaving o (three predicates).            *)
PassedSmaller ==
    \A o, k, n \in Node :
        <<n, Id[o]>> \in msgs /\ Between(o, k, n) => Id[k] < Id[o]

(* A leader has the largest identifier. *)
LeaderIsMax ==
    \A n, k \in Node : n \in leader => Id[k] <= Id[n]

IndRef ==
    /\ TypeOK
    /\ AtMostOneLeader
    /\ PassedSmaller
    /\ LeaderIsMax
=============================================================================
