--------------------- MODULE SequencerBroadcast_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for SequencerBroadcast, used only to *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* The sequencer never gives two messages the same sequence number (every  *)
(* number it has used is below its next one), and every entry a process    *)
(* has delivered is the sequenced message with that number.                *)
(***************************************************************************)
EXTENDS SequencerBroadcast

(* Each sequence number is assigned to at most one message. *)
UniqueSeqNo ==
    \A r1, r2 \in sequenced : r1.seq = r2.seq => r1.msg = r2.msg

(* Every sequence number used so far is below the sequencer's next one. *)
SeqNoUsed ==
    \A r \in sequenced : r.seq < nextSeq

(* The k-th entry of a process's delivered log is the message numbered k. *)
LogSequenced ==
    \A p \in Proc, k \in SeqNo :
        k <= delivered[p] => [seq |-> k, msg |-> log[p][k]] \in sequenced

IndRef ==
    /\ TypeOK
    /\ SameOrder
    /\ UniqueSeqNo
    /\ SeqNoUsed
    /\ LogSequenced
=============================================================================
