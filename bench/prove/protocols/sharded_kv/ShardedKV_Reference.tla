-------------------------- MODULE ShardedKV_Reference --------------------------
(***************************************************************************)
(* A hand-written inductive invariant for ShardedKV, used only to check    *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* Each key is in exactly one place at a time: owned by a node or carried  *)
(* by one transfer message; a node stores only the keys it owns.           *)
(***************************************************************************)
EXTENDS ShardedKV

(* A node stores values only for keys it owns. *)
StoredMeansOwned ==
    \A n \in Node, k \in Key : table[n][k] # Nil => k \in owner[n]

(* No two nodes own the same key. *)
OwnerUnique ==
    \A n1, n2 \in Node, k \in Key : k \in owner[n1] /\ k \in owner[n2] => n1 = n2

(* A key in transit is owned by nobody. *)
InTransitNotOwned ==
    \A m \in transferMsg, n \in Node : m[2] \notin owner[n]

(* At most one transfer message carries a key. *)
OneTransferPerKey ==
    \A m1, m2 \in transferMsg : m1[2] = m2[2] => m1 = m2

IndRef ==
    /\ TypeOK
    /\ KeyStoredOnce
    /\ StoredMeansOwned
    /\ OwnerUnique
    /\ InTransitNotOwned
    /\ OneTransferPerKey
=============================================================================
