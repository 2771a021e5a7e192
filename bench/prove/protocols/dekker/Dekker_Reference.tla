--------------------------- MODULE Dekker_Reference ---------------------------
(***************************************************************************)
(* A hand-written inductive invariant for Dekker, used only to check that  *)
(* the benchmark has one; never given to the tool under test.              *)
(*                                                                         *)
(* A process's flag is up exactly at the labels between raising and        *)
(* lowering it; in particular it is up in the critical section, and a      *)
(* process enters only after seeing the other's flag down.                 *)
(***************************************************************************)
EXTENDS Dekker

(* flag[p] is up exactly at d2, d3, d4, cs, d7 and d8. *)
FlagMeansTrying ==
    \A p \in ProcSet : flag[p] <=> pc[p] \in {"d2", "d3", "d4", "cs", "d7", "d8"}

IndRef ==
    /\ TypeOK
    /\ Mutex
    /\ FlagMeansTrying
=============================================================================
