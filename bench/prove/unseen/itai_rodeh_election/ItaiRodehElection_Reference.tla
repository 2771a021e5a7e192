--------------------- MODULE ItaiRodehElection_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for ItaiRodehElection.  The bit of a *)
(* message stays set only while every process it has passed is passive,    *)
(* so a process whose own message comes back with the bit set is the only  *)
(* process that is not passive.                                            *)
(***************************************************************************)
EXTENDS ItaiRodehElection

(* A message in transit with its bit set has passed only passive           *)
(* processes: every process strictly between its originator and the        *)
(* process it is heading for is passive.                                   *)
BitSetPassedPassive ==
    \A q \in Procs : \A i \in DOMAIN chan[q] :
        chan[q][i].bit =>
            \A j \in 1..(Hop(chan[q][i].src, q) - 1) :
                proc[Fwd(chan[q][i].src, j)].st = "passive"

IndRef ==
    /\ TypeOK
    /\ AtMostOneLeader
    /\ BitSetPassedPassive
=============================================================================
