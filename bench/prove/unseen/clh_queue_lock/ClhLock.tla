------------------------------ MODULE ClhLock ------------------------------
(***************************************************************************)
(* The CLH queue lock (Craig; Landin and Hagersten).  A shared variable    *)
(* tail points at a queue node; each node has a boolean field locked.      *)
(* Every process owns one node (myNode) and keeps a local pointer to its   *)
(* predecessor's node (pred).                                              *)
(*                                                                         *)
(*   acquire:  myNode.locked := TRUE                                       *)
(*             pred := fetch_and_store(tail, myNode)                       *)
(*             while pred.locked do spin                                   *)
(*   release:  myNode.locked := FALSE                                      *)
(*             myNode := pred          \* recycle the predecessor's node   *)
(*                                                                         *)
(* There is one more node than there are processes: initially tail points *)
(* at a spare node whose locked field is FALSE, and each process owns a    *)
(* distinct node of its own.  Each line above is one atomic step, except   *)
(* that release does its two (the store to shared memory and the local     *)
(* pointer update) in one step.                                            *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Proc,      \* The set of processes.
    Node       \* The queue nodes: one more than there are processes.

ASSUME Cardinality(Node) = Cardinality(Proc) + 1

VARIABLES
    tail,     \* The shared tail pointer.
    locked,   \* locked[n]: the locked field of node n (shared memory).
    myNode,   \* myNode[p]: the node process p currently owns.
    pred,     \* pred[p]: p's local pointer to its predecessor's node (stale while idle).
    pc        \* pc[p]: where p is in its code.

vars == <<tail, locked, myNode, pred, pc>>

TypeOK ==
    /\ tail \in Node
    /\ locked \in [Node -> BOOLEAN]
    /\ myNode \in [Proc -> Node]
    /\ pred \in [Proc -> Node]
    /\ pc \in [Proc -> {"idle", "swap", "wait", "cs"}]

Init ==
    /\ myNode \in {f \in [Proc -> Node] : \A p, q \in Proc : p # q => f[p] # f[q]}
    /\ tail \in Node \ {myNode[p] : p \in Proc}
    /\ locked = [n \in Node |-> FALSE]
    /\ pred = myNode          \* not yet meaningful: p has no predecessor
    /\ pc = [p \in Proc |-> "idle"]

-----------------------------------------------------------------------------
(* p starts to acquire: it marks its own node locked.                      *)
SetLocked(p) ==
    /\ pc[p] = "idle"
    /\ locked' = [locked EXCEPT ![myNode[p]] = TRUE]
    /\ pc' = [pc EXCEPT ![p] = "swap"]
    /\ UNCHANGED <<tail, myNode, pred>>

(* p atomically swaps its node into tail; the old tail is its predecessor. *)
Swap(p) ==
    /\ pc[p] = "swap"
    /\ pred' = [pred EXCEPT ![p] = tail]
    /\ tail' = myNode[p]
    /\ pc' = [pc EXCEPT ![p] = "wait"]
    /\ UNCHANGED <<locked, myNode>>

(* p reads its predecessor's locked field; once it is FALSE p enters.      *)
Spin(p) ==
    /\ pc[p] = "wait"
    /\ ~locked[pred[p]]
    /\ pc' = [pc EXCEPT ![p] = "cs"]
    /\ UNCHANGED <<tail, locked, myNode, pred>>

(* p releases: it clears its node's flag (handing the lock to its          *)
(* successor, which spins on that node) and takes its predecessor's node   *)
(* as its own for the next acquisition.                                    *)
Release(p) ==
    /\ pc[p] = "cs"
    /\ locked' = [locked EXCEPT ![myNode[p]] = FALSE]
    /\ myNode' = [myNode EXCEPT ![p] = pred[p]]
    /\ pc' = [pc EXCEPT ![p] = "idle"]
    /\ UNCHANGED <<tail, pred>>

Next == \E p \in Proc : SetLocked(p) \/ Swap(p) \/ Spin(p) \/ Release(p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No two processes are in the critical section at the same time.          *)
MutualExclusion ==
    \A p, q \in Proc : p # q => ~(pc[p] = "cs" /\ pc[q] = "cs")
=============================================================================
