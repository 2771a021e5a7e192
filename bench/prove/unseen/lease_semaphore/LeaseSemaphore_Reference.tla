---------------------- MODULE LeaseSemaphore_Reference ----------------------
EXTENDS LeaseSemaphore

(* A client waits for or holds a permit exactly while its lease timer runs. *)
ActiveWhileTimerRuns ==
    \A c \in Client : phase[c] # "idle" <=> clientLeft[c] > 0

(***************************************************************************)
(* The coordinator still counts a holder's permit as taken, for at least   *)
(* as long as the holder's timer has left plus the part of the skew its    *)
(* clock may still lose.                                                   *)
(***************************************************************************)
CoordinatorOutlastsHolder ==
    \A c \in Client :
       phase[c] = "holding" => coordLeft[c] >= clientLeft[c] + (Skew - lag[c])

IndRef ==
    /\ TypeOK
    /\ AtMostKHolders
    /\ ActiveWhileTimerRuns
    /\ CoordinatorOutlastsHolder
=============================================================================
