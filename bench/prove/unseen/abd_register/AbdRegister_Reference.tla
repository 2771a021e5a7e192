------------------------ MODULE AbdRegister_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for AbdRegister, used only to check  *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* An ack is only sent by a replica that stores at least the acknowledged  *)
(* timestamp, so when a read begins a majority stores at least rstart.     *)
(* While a read is in progress and has not yet seen rstart, a majority of  *)
(* replicas storing at least rstart has not answered yet; it meets every   *)
(* majority of answers, so the read cannot finish below rstart.            *)
(***************************************************************************)
EXTENDS AbdRegister

(* An ack for timestamp t comes from a replica storing at least t. *)
AckTruthful ==
    \A a \in acks : store[a.rep] >= a.ts

(* A read that has not yet seen rstart still has a majority of unanswered *)
(* replicas that store at least rstart.                                    *)
FreshQuorumPending ==
    (rphase = "query" /\ rmax < rstart) =>
        {r \in Replica \ resp : store[r] >= rstart} \in Quorum

IndRef ==
    /\ TypeOK
    /\ ReadRegular
    /\ AckTruthful
    /\ FreshQuorumPending
=============================================================================
