---------------------- MODULE HazardPointers_Reference ----------------------
(* A hand-written inductive invariant for HazardPointers.                  *)
EXTENDS HazardPointers

(* Between publishing and releasing, a reader's hazard pointer designates  *)
(* the node it read.                                                       *)
HazardCoversPointer ==
    \A r \in Readers : pc[r] \in {"validate", "use"} => hp[r] = ptr[r]

(* The node the shared pointer designates is live: neither retired nor     *)
(* freed.                                                                  *)
SharedIsLive ==
    nodeState[shared] = "live"

IndRef ==
    /\ TypeOK
    /\ NoUseAfterFree
    /\ HazardCoversPointer
    /\ SharedIsLive

=============================================================================
