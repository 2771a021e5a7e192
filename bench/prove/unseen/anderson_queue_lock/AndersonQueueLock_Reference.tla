--------------------- MODULE AndersonQueueLock_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for AndersonQueueLock, used only to  *)
(* check that the benchmark protocol has one.                              *)
(*                                                                         *)
(* The processes that are not in their noncritical section form a queue   *)
(* occupying the slots just before tail; the front of the queue (Head) is  *)
(* the only slot whose flag may be set, and a process in the critical      *)
(* section or handing off sits at the front.                               *)
(***************************************************************************)
EXTENDS AndersonQueueLock

\* The processes that have taken a slot and not yet handed the lock on.
Active == {p \in Proc : pc[p] # "ncs"}

\* The slot at the front of the queue.
Head == (tail + N - Cardinality(Active)) % N

\* The active processes occupy exactly the Cardinality(Active) slots before tail.
QueueBeforeTail ==
    {slot[p] : p \in Active} = {(tail + N - i) % N : i \in 1 .. Cardinality(Active)}

\* Only the front slot's flag can be set, and no flag is set during a hand-off.
FlagOnlyAtHead ==
    \A s \in Slot : flag[s] => s = Head /\ \A p \in Proc : pc[p] # "exit"

\* A process in the critical section or handing off is at the front of the queue.
HolderAtHead ==
    \A p \in Proc : pc[p] \in {"cs", "exit"} => slot[p] = Head

IndRef ==
    /\ TypeOK
    /\ MutualExclusion
    /\ QueueBeforeTail
    /\ FlagOnlyAtHead
    /\ HolderAtHead

=============================================================================
