----------------------- MODULE AlternatingBit_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for AlternatingBit, used only to     *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* The receiver is at most one item ahead of the sender.  The data         *)
(* channel holds stale messages (with the other bit), only while the       *)
(* receiver expects the sender's bit, followed by copies of the current    *)
(* item; the acknowledgement channel holds stale acknowledgements followed *)
(* by acknowledgements of the current item, these only once the receiver   *)
(* has delivered it.                                                       *)
(***************************************************************************)
EXTENDS AlternatingBit

(* The receiver has delivered every item the sender has finished, and the  *)
(* current one too once it expects the other bit.                          *)
DeliveredCount ==
    Len(delivered) = IF rBit = sBit THEN sIdx - 1 ELSE sIdx

(* A data message with the sender's bit carries the current item. *)
CurrentData ==
    \A i \in 1..Len(dataChan) :
        dataChan[i][2] = sBit =>
            sIdx <= NumItems /\ dataChan[i][1] = input[sIdx]

(* A data message with the other bit is stale: the receiver has already    *)
(* delivered it and expects the sender's bit.                              *)
StaleData ==
    \A i \in 1..Len(dataChan) : dataChan[i][2] # sBit => rBit = sBit

(* Stale data messages precede current ones. *)
DataInOrder ==
    \A i, j \in 1..Len(dataChan) :
        i < j /\ dataChan[i][2] = sBit => dataChan[j][2] = sBit

(* An acknowledgement of the sender's bit means the receiver has delivered *)
(* the current item.                                                       *)
CurrentAcks ==
    \A i \in 1..Len(ackChan) : ackChan[i] = sBit => rBit # sBit

(* Stale acknowledgements precede current ones. *)
AcksInOrder ==
    \A i, j \in 1..Len(ackChan) :
        i < j /\ ackChan[i] = sBit => ackChan[j] = sBit

IndRef ==
    /\ TypeOK
    /\ DeliveredPrefix
    /\ DeliveredCount
    /\ CurrentData
    /\ StaleData
    /\ DataInOrder
    /\ CurrentAcks
    /\ AcksInOrder
=============================================================================
