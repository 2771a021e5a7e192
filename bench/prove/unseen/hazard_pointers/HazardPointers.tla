--------------------------- MODULE HazardPointers ---------------------------
(***************************************************************************)
(* Safe memory reclamation with hazard pointers (Michael, "Hazard          *)
(* Pointers: Safe Memory Reclamation for Lock-Free Objects", 2004).        *)
(*                                                                         *)
(* A shared pointer designates the current node of a lock-free object.     *)
(* A reader protects the node it is about to use with the standard loop    *)
(*                                                                         *)
(*      do { p := shared; hp := p } while (shared # p);  use *p;  hp := 0  *)
(*                                                                         *)
(* i.e. it reads the shared pointer, publishes it in its hazard pointer,   *)
(* and re-reads the shared pointer to check that the node was still       *)
(* current when the hazard pointer became visible; if not it starts over. *)
(* A writer replaces the current node by a freshly allocated one with an   *)
(* atomic swap and retires the old node.  The reclaimer frees a retired    *)
(* node only if no hazard pointer points to it; freed nodes go back to the *)
(* allocator and can be reused (so the ABA case is included).              *)
(*                                                                         *)
(* Memory is sequentially consistent; each labelled step of the reader is  *)
(* one atomic step.  The reclaimer's scan of the hazard pointers is one    *)
(* atomic step; the retire list is the set of nodes in state "retired".    *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Readers,  \* The reader threads.
    Nodes,    \* The memory nodes (a fixed pool).
    Null      \* A hazard pointer that protects nothing.

ASSUME Null \notin Nodes

VARIABLES
    shared,     \* The shared pointer: the current node.
    nodeState,  \* nodeState[n]: "live", "retired" (on the retire list) or "free".
    pc,         \* pc[r]: where reader r is in its loop.
    ptr,        \* ptr[r]: the pointer reader r read from shared (its local p).
    hp          \* hp[r]: reader r's published hazard pointer.

vars == <<shared, nodeState, pc, ptr, hp>>

TypeOK ==
    /\ shared \in Nodes
    /\ nodeState \in [Nodes -> {"live", "retired", "free"}]
    /\ pc \in [Readers -> {"read", "publish", "validate", "use"}]
    /\ ptr \in [Readers -> Nodes]
    /\ hp \in [Readers -> Nodes \cup {Null}]

Init ==
    /\ shared \in Nodes
    /\ nodeState = [n \in Nodes |-> IF n = shared THEN "live" ELSE "free"]
    /\ pc = [r \in Readers |-> "read"]
    /\ ptr = [r \in Readers |-> shared]
    /\ hp = [r \in Readers |-> Null]

-----------------------------------------------------------------------------
(* Reader r reads the shared pointer into p.                               *)
Read(r) ==
    /\ pc[r] = "read"
    /\ ptr' = [ptr EXCEPT ![r] = shared]
    /\ pc' = [pc EXCEPT ![r] = "publish"]
    /\ UNCHANGED <<shared, nodeState, hp>>

(* Reader r publishes p in its hazard pointer.                             *)
Publish(r) ==
    /\ pc[r] = "publish"
    /\ hp' = [hp EXCEPT ![r] = ptr[r]]
    /\ pc' = [pc EXCEPT ![r] = "validate"]
    /\ UNCHANGED <<shared, nodeState, ptr>>

(* Reader r re-reads the shared pointer: if it still equals p, the node is *)
(* protected and r may use it; otherwise r starts over.                    *)
Validate(r) ==
    /\ pc[r] = "validate"
    /\ pc' = [pc EXCEPT ![r] = IF shared = ptr[r] THEN "use" ELSE "read"]
    /\ UNCHANGED <<shared, nodeState, ptr, hp>>

(* Reader r has finished using (dereferencing) node p and clears its       *)
(* hazard pointer.                                                         *)
Release(r) ==
    /\ pc[r] = "use"
    /\ hp' = [hp EXCEPT ![r] = Null]
    /\ pc' = [pc EXCEPT ![r] = "read"]
    /\ UNCHANGED <<shared, nodeState, ptr>>

(* The writer allocates free node n, initialises it, swaps it into the     *)
(* shared pointer and puts the old node on its retire list.                *)
Swap(n) ==
    /\ nodeState[n] = "free"
    /\ shared' = n
    /\ nodeState' = [nodeState EXCEPT ![n] = "live", ![shared] = "retired"]
    /\ UNCHANGED <<pc, ptr, hp>>

(* The reclaimer scans the hazard pointers and frees retired node n, which *)
(* none of them protects.                                                  *)
Reclaim(n) ==
    /\ nodeState[n] = "retired"
    /\ \A r \in Readers : hp[r] # n
    /\ nodeState' = [nodeState EXCEPT ![n] = "free"]
    /\ UNCHANGED <<shared, pc, ptr, hp>>

Next ==
    \/ \E r \in Readers : Read(r) \/ Publish(r) \/ Validate(r) \/ Release(r)
    \/ \E n \in Nodes : Swap(n) \/ Reclaim(n)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: a reader that is using a node never uses a freed one.           *)
NoUseAfterFree ==
    \A r \in Readers : pc[r] = "use" => nodeState[ptr[r]] # "free"

=============================================================================
