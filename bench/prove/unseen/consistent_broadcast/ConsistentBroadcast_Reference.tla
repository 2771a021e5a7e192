-------------------- MODULE ConsistentBroadcast_Reference --------------------
(***************************************************************************)
(* A hand-written inductive invariant for ConsistentBroadcast.             *)
(***************************************************************************)
EXTENDS ConsistentBroadcast

(* Every value the sender released with a c-final has a certificate:       *)
(* Threshold servers signed an echo for it.                                *)
FinalCertified ==
    \A v \in final : Cardinality(Signers(v)) >= Threshold

(* A correct server delivers only a value released with a c-final.         *)
DeliveredFinal ==
    \A s \in Correct : delivered[s] # None => delivered[s] \in final

IndRef ==
    /\ TypeOK
    /\ Consistency
    /\ FinalCertified
    /\ DeliveredFinal
=============================================================================
