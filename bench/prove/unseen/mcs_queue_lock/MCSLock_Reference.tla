--------------------------- MODULE MCSLock_Reference ---------------------------
EXTENDS MCSLock

(* p has done its fetch_and_store and not yet left: it is in the queue.    *)
InQueue(p) == pc[p] \notin {"ncs", "swap"}

(* p holds the lock: it is past its spin loop, or spinning on a locked    *)
(* field its predecessor has already cleared.                              *)
Owner(p) ==
    \/ pc[p] \in {"cs", "release", "cas", "waitNext", "handoff"}
    \/ pc[p] = "spin" /\ ~locked[p]

(* p is waiting in the queue behind its predecessor.                       *)
Waiting(p) ==
    \/ pc[p] \in {"setLocked", "link"}
    \/ pc[p] = "spin" /\ locked[p]

(* At most one process holds the lock.                                     *)
UniqueOwner ==
    \A p, q \in Proc : (p # q /\ Owner(p)) => ~Owner(q)

(* tail is Nil exactly when the queue is empty, else the last node in it.  *)
TailInQueue ==
    /\ tail = Nil => \A p \in Proc : ~InQueue(p)
    /\ tail \in Proc => InQueue(tail)

(* A waiting process's predecessor is another process still in the queue, *)
(* and no longer the tail.  Before the link the predecessor's next field  *)
(* is still Nil, after the link it points to the waiting process.  The    *)
(* locked field is set before the link.                                   *)
WaiterBehindPred ==
    \A q \in Proc :
        Waiting(q) =>
            /\ pred[q] \in Proc \ {q}
            /\ InQueue(pred[q])
            /\ tail # pred[q]
            /\ pc[q] = "link" => locked[q]
            /\ pc[q] \in {"setLocked", "link"} => next[pred[q]] = Nil
            /\ pc[q] = "spin" => next[pred[q]] = q

(* The next field of a queue member is Nil or points to a linked waiting   *)
(* successor; a node entering the queue has next = Nil; handoff has a      *)
(* successor to hand to.                                                   *)
NextIsSuccessor ==
    \A p \in Proc :
        /\ pc[p] = "swap" => next[p] = Nil
        /\ pc[p] = "handoff" => next[p] \in Proc
        /\ (InQueue(p) /\ next[p] \in Proc) =>
               /\ pc[next[p]] = "spin"
               /\ locked[next[p]]
               /\ pred[next[p]] = p

IndRef == TypeOK /\ MutualExclusion /\ UniqueOwner /\ TailInQueue
          /\ WaiterBehindPred /\ NextIsSuccessor

=============================================================================
