--------------------- MODULE RCUGracePeriod_Reference ---------------------
EXTENDS RCUGracePeriod

(* The current version is allocated, and so is the old one until it is reclaimed. *)
LiveVersionsAllocated ==
    /\ allocated[gp]
    /\ updater = "sync" => old # gp /\ allocated[old]

(* A reader holds a pointer only inside a read-side critical section. *)
PointerOnlyInside ==
    \A r \in Reader : ptr[r] # Nil => inCS[r]

(* A reader still holding the old version is one the grace period waits for. *)
OldReaderAwaited ==
    \A r \in Reader :
        updater = "sync" /\ ptr[r] = old => r \in waitFor

IndRef ==
    /\ TypeOK
    /\ NoUseAfterFree
    /\ LiveVersionsAllocated
    /\ PointerOnlyInside
    /\ OldReaderAwaited
=============================================================================
