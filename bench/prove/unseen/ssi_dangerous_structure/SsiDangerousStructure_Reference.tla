-------------------- MODULE SsiDangerousStructure_Reference --------------------
(***************************************************************************)
(* A hand-written inductive invariant for SsiDangerousStructure.           *)
(***************************************************************************)
EXTENDS SsiDangerousStructure

(* Every rw-antidependency between transactions that have not aborted is   *)
(* flagged: its source has outConflict and its target inConflict.          *)
AntidependenciesFlagged ==
    \A a, b \in Txn :
        pc[a] # "aborted" /\ pc[b] # "aborted" /\ RW(a, b) =>
            a \in outConf /\ b \in inConf

(* No committed transaction has both flags set.                            *)
NoCommittedPivotFlags ==
    \A t \in Txn : Committed(t) => ~(t \in inConf /\ t \in outConf)

IndRef ==
    /\ TypeOK
    /\ NoCommittedDangerousStructure
    /\ AntidependenciesFlagged
    /\ NoCommittedPivotFlags
=============================================================================
