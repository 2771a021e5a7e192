--------------------------- MODULE TricolorMarking ---------------------------
(***************************************************************************)
(* On-the-fly garbage collection with tricolor marking (Dijkstra, Lamport, *)
(* Martin, Scholten and Steffens, "On-the-fly garbage collection: an       *)
(* exercise in cooperation", CACM 1978), with one mutator and one          *)
(* collector running concurrently.                                         *)
(*                                                                         *)
(* The heap is a small set of objects; each object has a set of outgoing   *)
(* pointers, and a fixed set of roots.  Objects that are not allocated are *)
(* on the free list.  Every object is white, grey or black.                *)
(*                                                                         *)
(* The mutator works only on objects reachable from the roots: it adds a   *)
(* pointer between two reachable objects, deletes a pointer, or allocates  *)
(* an object from the free list and stores a pointer to it in a reachable  *)
(* object.  Its write barrier shades the new target of every pointer it    *)
(* stores (white becomes grey); this is atomic with the store.             *)
(*                                                                         *)
(* The collector repeats a cycle: it shades the roots, then scans grey     *)
(* objects one at a time (shade every object the grey object points to,    *)
(* then blacken it); when it finds no grey object, marking is over; the    *)
(* sweep then frees every white object and whitens every black one.        *)
(*                                                                         *)
(* Abstractions: the sweep is one atomic step; the collector's test "no    *)
(* grey object" is one atomic step; mutator registers are not modelled     *)
(* (allocation links the new object at once).  A freed object keeps its    *)
(* stale pointers until it is allocated again, when its fields are reset.  *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Obj,     \* The objects of the heap.
    Roots    \* The root objects (always allocated).

ASSUME Roots \subseteq Obj

VARIABLES
    color,   \* color[x]: "white", "grey" or "black".
    ptr,     \* ptr[x]: the objects x points to.
    free,    \* The objects on the free list.
    phase    \* The collector's phase: "idle", "mark" or "sweep".

vars == <<color, ptr, free, phase>>

TypeOK ==
    /\ color \in [Obj -> {"white", "grey", "black"}]
    /\ ptr \in [Obj -> SUBSET Obj]
    /\ free \subseteq Obj
    /\ phase \in {"idle", "mark", "sweep"}

(* The objects reachable from the roots by following pointers. *)
RECURSIVE ReachIn(_, _)
ReachIn(S, n) ==
    IF n = 0 THEN S ELSE ReachIn(S \cup UNION {ptr[x] : x \in S}, n - 1)

Reachable == ReachIn(Roots, Cardinality(Obj))

(* Shade y: a white object becomes grey, others keep their colour. *)
Shade(c, y) == IF c[y] = "white" THEN [c EXCEPT ![y] = "grey"] ELSE c

Init ==
    /\ color = [x \in Obj |-> "white"]
    /\ ptr = [x \in Obj |-> {}]
    /\ free = Obj \ Roots
    /\ phase = "idle"

-----------------------------------------------------------------------------
(* Mutator: store a pointer to reachable y in reachable x; the write       *)
(* barrier shades y.                                                       *)
AddPointer(x, y) ==
    /\ x \in Reachable
    /\ y \in Reachable
    /\ y \notin ptr[x]
    /\ ptr' = [ptr EXCEPT ![x] = @ \cup {y}]
    /\ color' = Shade(color, y)
    /\ UNCHANGED <<free, phase>>

(* Mutator: overwrite (delete) a pointer held by reachable x. *)
DeletePointer(x, y) ==
    /\ x \in Reachable
    /\ y \in ptr[x]
    /\ ptr' = [ptr EXCEPT ![x] = @ \ {y}]
    /\ UNCHANGED <<color, free, phase>>

(* Mutator: take x off the free list, reset its fields and store a pointer *)
(* to it in reachable y; the write barrier shades x.                       *)
Allocate(x, y) ==
    /\ x \in free
    /\ y \in Reachable
    /\ free' = free \ {x}
    /\ ptr' = [ptr EXCEPT ![x] = {}, ![y] = @ \cup {x}]
    /\ color' = [color EXCEPT ![x] = "grey"]
    /\ UNCHANGED phase

(* Collector: start a cycle by shading the roots. *)
ShadeRoots ==
    /\ phase = "idle"
    /\ color' = [x \in Obj |-> IF x \in Roots /\ color[x] = "white"
                                  THEN "grey" ELSE color[x]]
    /\ phase' = "mark"
    /\ UNCHANGED <<ptr, free>>

(* Collector: scan grey x: shade its successors and blacken it. *)
Scan(x) ==
    /\ phase = "mark"
    /\ color[x] = "grey"
    /\ color' = [y \in Obj |-> IF y = x THEN "black"
                               ELSE IF y \in ptr[x] /\ color[y] = "white"
                                    THEN "grey" ELSE color[y]]
    /\ UNCHANGED <<ptr, free, phase>>

(* Collector: no grey object is left; marking is over. *)
EndMark ==
    /\ phase = "mark"
    /\ \A x \in Obj : color[x] # "grey"
    /\ phase' = "sweep"
    /\ UNCHANGED <<color, ptr, free>>

(* Collector: free every white object, whiten every black one. *)
Sweep ==
    /\ phase = "sweep"
    /\ free' = free \cup {x \in Obj : color[x] = "white"}
    /\ color' = [x \in Obj |-> IF color[x] = "black" THEN "white" ELSE color[x]]
    /\ phase' = "idle"
    /\ UNCHANGED ptr

Next ==
    \/ \E x, y \in Obj : AddPointer(x, y)
    \/ \E x, y \in Obj : DeletePointer(x, y)
    \/ \E x, y \in Obj : Allocate(x, y)
    \/ ShadeRoots
    \/ \E x \in Obj : Scan(x)
    \/ EndMark
    \/ Sweep

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No object reachable from the roots is on the free list. *)
NoReachableFreed == Reachable \cap free = {}
=============================================================================
