-------------------------- MODULE Szymanski_Reference --------------------------
EXTENDS Szymanski

(* The value of flag[i] is determined by where process i is; at p7 it is 3 *)
(* or 2, depending on whether i went through p5-p6.                        *)
FlagMatchesPc ==
    \A i \in Proc :
        /\ pc[i] = "ncs" => flag[i] = 0
        /\ pc[i] \in {"door", "enter"} => flag[i] = 1
        /\ pc[i] \in {"test", "wait"} => flag[i] = 3
        /\ pc[i] = "await4" => flag[i] = 2
        /\ pc[i] = "close" => flag[i] \in {2, 3}
        /\ pc[i] \in {"lower", "cs", "upper", "exit"} => flag[i] = 4

(* The processes that have closed the door (flag = 4).                    *)
Inside == {"lower", "cs", "upper", "exit"}

(* No process is between the door and p3 while the door is closed.        *)
DoorClosedWhileInside ==
    ~((\E i \in Proc : pc[i] = "enter") /\ (\E k \in Proc : pc[k] \in Inside))

(* Once a process has passed p8, every lower-numbered process is outside   *)
(* or still waiting at the door.                                           *)
LowerProcessesOutside ==
    \A i, k \in Proc :
        (i < k /\ pc[k] \in {"cs", "upper", "exit"}) => pc[i] \in {"ncs", "door"}

(* A process about to close the door: if it came straight from p4 nobody  *)
(* is between the door and p3; if it came through p6 some process that    *)
(* closed the door has not yet passed p9.                                  *)
ClosingIsSafe ==
    \A i \in Proc :
        /\ (pc[i] = "close" /\ flag[i] = 3) => \A j \in Proc : pc[j] # "enter"
        /\ (pc[i] = "close" /\ flag[i] = 2) =>
               \E k \in Proc : pc[k] \in {"lower", "cs", "upper"}

(* A process that has passed p9 leaves no process in the waiting room      *)
(* (flag 2 or 3).                                                          *)
ExitLeavesRoomEmpty ==
    (\E k \in Proc : pc[k] = "exit") =>
        \A j \in Proc : pc[j] \notin {"test", "wait", "await4", "close"}

IndRef == TypeOK /\ MutualExclusion /\ FlagMatchesPc /\ DoorClosedWhileInside
          /\ LowerProcessesOutside /\ ClosingIsSafe /\ ExitLeavesRoomEmpty

=============================================================================
