-------------------------- MODULE Peterson_Reference --------------------------
(***************************************************************************)
(* A hand-written inductive invariant for Peterson, used only to check     *)
(* that the benchmark has one; never given to the tool under test.         *)
(***************************************************************************)
EXTENDS Peterson

(* A process's flag is up exactly from raising it to lowering it. *)
FlagMeansTrying ==
    \A p \in ProcSet : flag[p] <=> pc[p] \in {"a2", "a3", "cs", "a4"}

(* While p is in the critical section and the other process waits, the     *)
(* turn is p's: the other gave it away after p had entered.                *)
WaiterGaveTurn ==
    \A p \in ProcSet : pc[p] = "cs" /\ pc[Other(p)] = "a3" => turn = p

IndRef ==
    /\ TypeOK
    /\ Mutex
    /\ FlagMeansTrying
    /\ WaiterGaveTurn
=============================================================================
