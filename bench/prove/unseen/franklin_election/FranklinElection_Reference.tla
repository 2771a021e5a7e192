---------------------- MODULE FranklinElection_Reference ----------------------
(***************************************************************************)
(* A hand-written inductive invariant for FranklinElection.  No id is      *)
(* larger than the maximum, so its process never turns passive; a process  *)
(* hears its own id only when every other process has dropped out, so the  *)
(* only process that can become leader is the one with the maximum id.     *)
(***************************************************************************)
EXTENDS FranklinElection

(* The process with the maximum id never hears a larger id, so it never   *)
(* becomes passive.                                                        *)
MaxNeverBeaten ==
    \A p \in Procs :
        Id(p) = MaxId =>
            /\ proc[p].st # "passive"
            /\ proc[p].st = "active" /\ proc[p].got \in Dir => proc[p].cmp # "bigger"

(* An active process that has heard its own id in its current round is the *)
(* only one left: every other process became passive in an earlier round.  *)
HeardOwnAlone ==
    \A p \in Procs :
        proc[p].st = "active" /\ proc[p].got \in Dir /\ proc[p].cmp = "own" =>
            \A q \in Procs \ {p} :
                proc[q].st = "passive" /\ proc[q].rnd < proc[p].rnd

IndRef ==
    /\ TypeOK
    /\ UniqueMaxLeader
    /\ MaxNeverBeaten
    /\ HeardOwnAlone
=============================================================================
