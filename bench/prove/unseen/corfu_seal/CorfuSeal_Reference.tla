------------------------- MODULE CorfuSeal_Reference -------------------------
EXTENDS CorfuSeal

(* Every record sits on the unit the current projection maps its position  *)
(* to (and no unit beyond the current projection holds data).              *)
WrittenWhereMapped ==
    \A u \in Unit, p \in Pos :
        data[u][p] # Empty => u <= epoch /\ UnitOf(epoch, p) = u

(* The units of earlier projections are sealed at the current epoch or     *)
(* later, so clients with a stale projection cannot write to them.         *)
OldUnitsSealed ==
    \A u \in Unit : u < epoch => sealed[u] >= epoch

(* Clients only hold projections that have been installed.                 *)
ClientEpochInstalled ==
    \A c \in Client : cEpoch[c] <= epoch

IndRef ==
    /\ TypeOK
    /\ OneValuePerPosition
    /\ WrittenWhereMapped
    /\ OldUnitsSealed
    /\ ClientEpochInstalled
=============================================================================
