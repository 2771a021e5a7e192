------------------- MODULE EpochBasedReclamation_Reference -------------------
EXTENDS EpochBasedReclamation

(* A reader holds references only inside a critical section.               *)
RefsOnlyInCriticalSection ==
    \A r \in Reader : refs[r] /= {} => active[r]

(* An active reader has announced the global epoch or the one before it.   *)
AnnouncedEpochRecent ==
    \A r \in Reader :
        active[r] => (local[r] = global \/ Succ(local[r]) = global)

(* A retired node that a reader still holds was retired in the epoch the   *)
(* reader announced or in the current global epoch.                        *)
HeldNodeRetiredLate ==
    \A r \in Reader, n \in Node :
        (n \in refs[r] /\ status[n] = "retired")
            => retireEpoch[n] \in {local[r], global}

IndRef ==
    /\ TypeOK
    /\ NoUseAfterFree
    /\ RefsOnlyInCriticalSection
    /\ AnnouncedEpochRecent
    /\ HeldNodeRetiredLate

=============================================================================
