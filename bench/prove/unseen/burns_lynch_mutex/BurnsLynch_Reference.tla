------------------------- MODULE BurnsLynch_Reference -------------------------
EXTENDS BurnsLynch

(* A process's bit is set from "flag[i] := 1" until it leaves the critical *)
(* section, or until it executes L again after a failed second loop.       *)
FlagMatchesPc ==
    \A i \in Proc :
        /\ pc[i] \in {"scan2", "scan3", "cs"} => flag[i] = 1
        /\ pc[i] \in {"ncs", "scan1", "set"} => flag[i] = 0

(* i has read flag[j] = 0 in its second loop since setting its own bit.    *)
PassedInScan2(i, j) ==
    \/ pc[i] = "scan2" /\ idx[i] > j
    \/ pc[i] \in {"scan3", "cs"}

(* i has read flag[j] = 0 in its third loop.                               *)
PassedInScan3(i, j) ==
    \/ pc[i] = "scan3" /\ idx[i] > j
    \/ pc[i] = "cs"

(* For i < j: j cannot have passed i in its second loop while i has passed *)
(* j in its third loop, since each read the other's bit as 0 while its own *)
(* bit was already set.                                                    *)
NoCrossing ==
    \A i, j \in Proc : (i < j) => ~(PassedInScan3(i, j) /\ PassedInScan2(j, i))

IndRef == TypeOK /\ MutualExclusion /\ FlagMatchesPc /\ NoCrossing

=============================================================================
