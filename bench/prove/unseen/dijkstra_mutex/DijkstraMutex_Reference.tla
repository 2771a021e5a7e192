----------------------- MODULE DijkstraMutex_Reference -----------------------
EXTENDS DijkstraMutex

(* A process that is running the loop of Li4, is in its critical section   *)
(* or is about to leave it has c[i] = FALSE.                               *)
CFalseWhileCompeting ==
    \A i \in Procs : pc[i] \in {"Li4b", "cs", "Li5"} => c[i] = FALSE

(* Process i has passed process j: it is in the loop of Li4 and has found  *)
(* c[j] true, or it is in its critical section.                            *)
Passed(i, j) ==
    \/ pc[i] = "Li4b" /\ j \notin unchecked[i]
    \/ pc[i] = "cs"

(* Two processes never have passed each other: whichever examined the     *)
(* other second found its c false.                                        *)
NoMutualPass ==
    \A i, j \in Procs : (i # j) => ~(Passed(i, j) /\ Passed(j, i))

IndRef ==
    /\ TypeOK
    /\ MutualExclusion
    /\ CFalseWhileCompeting
    /\ NoMutualPass

=============================================================================
