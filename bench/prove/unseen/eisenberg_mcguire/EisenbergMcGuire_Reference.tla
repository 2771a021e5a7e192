--------------------- MODULE EisenbergMcGuire_Reference ---------------------
(***************************************************************************)
(* Hand-written inductive invariant for EisenbergMcGuire, used only to     *)
(* check that the benchmark has one.  It is not part of the protocol.      *)
(***************************************************************************)
EXTENDS EisenbergMcGuire

\* A process in the active scan or in its critical section has its flag active.
ActiveFlag ==
    \A i \in Proc : pc[i] \in {"a", "cs"} => flag[i] = "active"

\* j has got past i: in the active scan beyond index i, or in the critical section.
PassedOver(j, i) == (pc[j] = "a" /\ idx[j] > i) \/ pc[j] = "cs"

\* Two distinct processes never have both got past each other.
NoMutualPass ==
    \A i, j \in Proc : i # j => ~(PassedOver(i, j) /\ PassedOver(j, i))

IndRef ==
    /\ TypeOK
    /\ MutualExclusion
    /\ ActiveFlag
    /\ NoMutualPass

=============================================================================
