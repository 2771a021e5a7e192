-------------------- MODULE ReferenceListingGC_Reference --------------------
(***************************************************************************)
(* A hand-written inductive invariant for ReferenceListingGC, used only to *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* Every live surrogate is listed in the dirty set; every reference in     *)
(* transit, or held while its receiver's dirty call is in progress, keeps  *)
(* its sender pinned: the owner (which then cannot collect) or a client    *)
(* with a live surrogate (which is listed).  So while anything could still *)
(* reach the object, the dirty set is not empty or the owner is pinned.    *)
(***************************************************************************)
EXTENDS ReferenceListingGC

(* A client whose dirty call has been handled, which holds a surrogate,  *)
(* or whose clean call has not been handled yet, is in the dirty set.     *)
DirtyListed ==
    \A c \in Client : surr[c] \in {"dreply", "present", "ccall"} => c \in dirty

(* A client with a transmission pending holds its surrogate. *)
SenderPinned ==
    \A s, c \in Client : s # c /\ xfer[<<s, c>>] # "idle" => surr[s] = "present"

(* A client whose dirty call the owner has not yet handled holds a        *)
(* reference from some sender, still pinned.                              *)
DirtyCallCovered ==
    \A c \in Client : surr[c] = "dcall" => \E s \in Holder \ {c} : xfer[<<s, c>>] = "held"

IndRef ==
    /\ TypeOK
    /\ NoDanglingReference
    /\ DirtyListed
    /\ SenderPinned
    /\ DirtyCallCovered
=============================================================================
