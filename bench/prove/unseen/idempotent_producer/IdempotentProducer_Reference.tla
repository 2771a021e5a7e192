--------------------- MODULE IdempotentProducer_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for IdempotentProducer, used only to *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* The log is exactly records 1..n in order, and the leader's producer     *)
(* state is the sequence number of its last record, so the next record it *)
(* appends is n + 1, whatever the producer and the network do.             *)
(***************************************************************************)
EXTENDS IdempotentProducer

(* The log holds records 1, 2, ... in order. *)
LogInOrder ==
    \A i \in 1 .. Len(log) : log[i] = i

(* The leader's last appended sequence number is the length of the log. *)
LastSeqIsLogEnd ==
    lastSeq = Len(log)

IndRef ==
    /\ TypeOK
    /\ NoDuplicates
    /\ LogInOrder
    /\ LastSeqIsLogEnd
=============================================================================
