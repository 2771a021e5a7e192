------------------------ MODULE HintedHandoff_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for HintedHandoff, used only to      *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* Every counted (or countable) acknowledgement is backed by a holder:     *)
(* a replica's by its data, Fallback's by its hint for the replaced        *)
(* replica or, after the handoff, by that replica's data.  The replaced    *)
(* replica is never counted itself, so distinct ackers are backed by       *)
(* distinct holders.                                                       *)
(***************************************************************************)
EXTENDS HintedHandoff

\* The client was told only after W acknowledgements were counted.
AckedAfterQuorum ==
    coord = "acked" => Cardinality(ackers) >= W

\* A counted replica is not the replaced one and stores the write.
CountedReplicasStore ==
    \A r \in ackers \cap Pref : r # replaced /\ r \in data

\* A replica's acknowledgement in flight means it stores the write.
AckingReplicasStore ==
    \A r \in acks \cap Pref : r \in data

\* Fallback's acknowledgement (counted or in flight) is backed by its hint or the handed-off copy.
FallbackBacked ==
    Fallback \in ackers \cup acks => replaced \in hints \cup data

IndRef == /\ TypeOK
          /\ AckedWriteHeldByW
          /\ AckedAfterQuorum
          /\ CountedReplicasStore
          /\ AckingReplicasStore
          /\ FallbackBacked
=============================================================================
