-------------------------- MODULE QuorumKV_Reference --------------------------
(***************************************************************************)
(* A hand-written inductive invariant for QuorumKV, used only to check     *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* An ack comes from a replica that stored the version, so a completed     *)
(* write is stored on a write quorum.  While a read is in progress and    *)
(* has seen only older versions, the replicas that answered were not in   *)
(* that quorum, so W replicas holding readStart have yet to answer; as    *)
(* R + W > N, R answers cannot all miss them.                             *)
(***************************************************************************)
EXTENDS QuorumKV

(* Every ack for the current write comes from a replica that stored it. *)
AcksStored ==
    \A n \in acks : stored[n] >= wver

(* The last completed write is stored on at least W replicas. *)
LastDoneOnQuorum ==
    Cardinality({n \in Replica : stored[n] >= lastDone}) >= W

(* A read that has seen only older versions still has W replicas holding  *)
(* readStart left to answer.                                               *)
ReadQuorumPending ==
    rstate = "reading" /\ rmax < readStart =>
        Cardinality({n \in Replica \ replied : stored[n] >= readStart}) >= W

IndRef ==
    /\ TypeOK
    /\ ReadSeesLatestWrite
    /\ AcksStored
    /\ LastDoneOnQuorum
    /\ ReadQuorumPending
=============================================================================
