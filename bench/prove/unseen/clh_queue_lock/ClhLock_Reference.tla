-------------------------- MODULE ClhLock_Reference --------------------------
(***************************************************************************)
(* A hand-written inductive invariant for ClhLock.                         *)
(***************************************************************************)
EXTENDS ClhLock

Queued(p) == pc[p] \in {"wait", "cs"}

(* A node that no process owns: the one spare node.                        *)
Spare(n) == \A p \in Proc : myNode[p] # n

(* Each process owns its own node, and the node is locked exactly while    *)
(* the process is acquiring, waiting or in the critical section.           *)
OwnNodes ==
    /\ \A p, q \in Proc : p # q => myNode[p] # myNode[q]
    /\ \A p \in Proc : locked[myNode[p]] = (pc[p] # "idle")

(* The spare node is unlocked.                                             *)
SpareUnlocked ==
    \A n \in Node : Spare(n) => ~locked[n]

(* The node of a process that has not yet swapped is not in the queue: it  *)
(* is neither the tail nor anyone's predecessor.                           *)
UnqueuedNodeInvisible ==
    \A p \in Proc : pc[p] \in {"idle", "swap"} =>
        /\ tail # myNode[p]
        /\ \A q \in Proc : Queued(q) => pred[q] # myNode[p]

(* The queue is a chain: queued processes have distinct predecessors,      *)
(* none is its own predecessor, and none is behind the tail.              *)
QueueChain ==
    \A p \in Proc : Queued(p) =>
        /\ pred[p] # myNode[p]
        /\ pred[p] # tail
        /\ \A q \in Proc : q # p /\ Queued(q) => pred[p] # pred[q]

(* A process in the critical section is at the head of the queue: its      *)
(* predecessor's node is the spare node.                                   *)
HeadInCS ==
    \A p \in Proc : pc[p] = "cs" => Spare(pred[p])

IndRef ==
    /\ TypeOK
    /\ MutualExclusion
    /\ OwnNodes
    /\ SpareUnlocked
    /\ UnqueuedNodeInvisible
    /\ QueueChain
    /\ HeadInCS
=============================================================================
