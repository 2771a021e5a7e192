--------------------- MODULE TricolorMarking_Reference ---------------------
(* A hand-written inductive invariant for TricolorMarking. *)
EXTENDS TricolorMarking

(* The strong tricolor invariant: no black object points to a white one. *)
StrongTricolor ==
    \A x \in Obj : color[x] = "black" => \A y \in ptr[x] : color[y] # "white"

(* While marking, the roots are shaded. *)
RootsShaded ==
    phase = "mark" => \A r \in Roots : color[r] # "white"

(* After marking, every reachable object is shaded, so the sweep frees *)
(* only garbage.                                                        *)
ReachableShadedAtSweep ==
    phase = "sweep" => \A x \in Reachable : color[x] # "white"

IndRef ==
    /\ TypeOK
    /\ NoReachableFreed
    /\ StrongTricolor
    /\ RootsShaded
    /\ ReachableShadedAtSweep
=============================================================================
