-------------------------- MODULE TreiberStackAba --------------------------
(***************************************************************************)
(* Treiber's lock-free stack (R. K. Treiber, "Systems Programming: Coping  *)
(* with Parallelism", IBM RJ 5118, 1986) over a pool of nodes, with the    *)
(* tagged top pointer of the IBM System/370 free-pool algorithm against    *)
(* the ABA problem.                                                        *)
(*                                                                         *)
(* The top of the stack is a pair (top, tag) updated by double-word        *)
(* compare-and-swap.  Nodes come from a fixed pool: a node is on the       *)
(* stack, on the free list, or private to the thread that allocated it or  *)
(* popped it; freed nodes are reused, so a node can leave the stack and    *)
(* come back on top with a different next pointer.                         *)
(*  - pop:  read (top, tag) and next[top]; CAS (top, tag) from             *)
(*          (old, t) to (next, t + 1); the popped node is the thread's,    *)
(*          which uses it and puts it on the free list.                    *)
(*  - push: take a node n from the free list; set next[n] := top; CAS the *)
(*          top pointer from next[n] to n (a single-word CAS that leaves   *)
(*          the tag alone: a push never depends on the top node's next).  *)
(* A failed CAS starts the operation over.  Without the tag, a pop that    *)
(* read (A, next B) can succeed after A was popped and pushed back on top  *)
(* with another next pointer, installing a stale B.                        *)
(*                                                                         *)
(* Memory is sequentially consistent.  A pop's read of (top, tag) and of   *)
(* next[top] is one step: between the two reads, anything that changes    *)
(* next[top] pops the node and so changes the tag, and the CAS fails.      *)
(* The tag is bounded by MaxTag: a pop that would overflow it does not    *)
(* happen in the model (a real tag wraps only after 2^32 pops).            *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Thread,   \* the threads
    Node,     \* the node pool
    MaxTag,   \* the largest tag value in the model
    Null      \* a model value: the null pointer

Tag == 0..MaxTag
Ptr == Node \cup {Null}

ASSUME Null \notin Node

(* The local state of a thread: idle; in a pop, with the (top, tag, next) *)
(* it read; using the node it popped; or pushing its node.                 *)
Idle == [pc : {"idle"}]
Popping == [pc : {"pop"}, ptr : Node, tag : Tag, nxt : Ptr]
Using == [pc : {"use"}, node : Node]
Pushing == [pc : {"push"}, node : Node]

VARIABLES
    top,    \* the top-of-stack pointer
    tag,    \* the tag stored with it
    next,   \* next[n]: the next pointer of node n
    free,   \* the free list of the pool
    loc     \* loc[t]: the local state of thread t

vars == <<top, tag, next, free, loc>>

TypeOK ==
    /\ top \in Ptr
    /\ tag \in Tag
    /\ next \in [Node -> Ptr]
    /\ free \in SUBSET Node
    /\ loc \in [Thread -> Idle \cup Popping \cup Using \cup Pushing]

Init ==
    /\ top = Null
    /\ tag = 0
    /\ next = [n \in Node |-> Null]
    /\ free = Node
    /\ loc = [t \in Thread |-> [pc |-> "idle"]]

-----------------------------------------------------------------------------
(* Thread t starts a pop of a nonempty stack: it reads (top, tag) and the  *)
(* top node's next pointer.                                                *)
PopRead(t) ==
    /\ loc[t].pc = "idle"
    /\ top # Null
    /\ loc' = [loc EXCEPT ![t] = [pc |-> "pop", ptr |-> top, tag |-> tag, nxt |-> next[top]]]
    /\ UNCHANGED <<top, tag, next, free>>

(* The pop's CAS succeeds: (top, tag) is still what t read; the top        *)
(* becomes the next pointer t read, with the tag incremented, and the      *)
(* popped node is t's.                                                     *)
PopCasOk(t) ==
    /\ loc[t].pc = "pop"
    /\ top = loc[t].ptr
    /\ tag = loc[t].tag
    /\ tag < MaxTag
    /\ top' = loc[t].nxt
    /\ tag' = tag + 1
    /\ loc' = [loc EXCEPT ![t] = [pc |-> "use", node |-> loc[t].ptr]]
    /\ UNCHANGED <<next, free>>

(* The pop's CAS fails: t starts over.                                     *)
PopCasFail(t) ==
    /\ loc[t].pc = "pop"
    /\ ~(top = loc[t].ptr /\ tag = loc[t].tag)
    /\ loc' = [loc EXCEPT ![t] = [pc |-> "idle"]]
    /\ UNCHANGED <<top, tag, next, free>>

(* t is done with the node it popped and puts it on the free list.         *)
FreeNode(t) ==
    /\ loc[t].pc = "use"
    /\ free' = free \cup {loc[t].node}
    /\ loc' = [loc EXCEPT ![t] = [pc |-> "idle"]]
    /\ UNCHANGED <<top, tag, next>>

(* t starts a push: it takes node n from the free list and links it to the *)
(* top it reads.                                                           *)
PushStart(t, n) ==
    /\ loc[t].pc = "idle"
    /\ n \in free
    /\ free' = free \ {n}
    /\ next' = [next EXCEPT ![n] = top]
    /\ loc' = [loc EXCEPT ![t] = [pc |-> "push", node |-> n]]
    /\ UNCHANGED <<top, tag>>

(* The push's CAS succeeds: the top is still the node t linked its node    *)
(* to, and t's node becomes the top.                                       *)
PushCasOk(t) ==
    /\ loc[t].pc = "push"
    /\ top = next[loc[t].node]
    /\ top' = loc[t].node
    /\ loc' = [loc EXCEPT ![t] = [pc |-> "idle"]]
    /\ UNCHANGED <<tag, next, free>>

(* The push's CAS fails: t links its node to the new top and tries again.  *)
PushCasFail(t) ==
    /\ loc[t].pc = "push"
    /\ top # next[loc[t].node]
    /\ next' = [next EXCEPT ![loc[t].node] = top]
    /\ UNCHANGED <<top, tag, free, loc>>

Next ==
    \E t \in Thread :
        \/ PopRead(t) \/ PopCasOk(t) \/ PopCasFail(t) \/ FreeNode(t)
        \/ PushCasOk(t) \/ PushCasFail(t)
        \/ \E n \in Node : PushStart(t, n)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* The nodes on the stack: those reachable from top by next pointers (the *)
(* least set that contains top and is closed under next).                  *)
Closed(S) ==
    /\ top # Null => top \in S
    /\ \A m \in S : next[m] # Null => next[m] \in S
OnStack == {n \in Node : \A S \in SUBSET Node : Closed(S) => n \in S}

(* The threads that own node n: they popped it or are pushing it.          *)
Owners(n) == {t \in Thread : loc[t].pc \in {"use", "push"} /\ loc[t].node = n}

(* The stack is well formed: it is a finite list (it ends in Null), and    *)
(* every node of the pool is in exactly one place: on the stack, on the    *)
(* free list, or owned by one thread.  No node is lost or in two places.   *)
StackWellFormed ==
    /\ OnStack # {} => \E n \in OnStack : next[n] = Null
    /\ \A n \in Node :
          (IF n \in OnStack THEN 1 ELSE 0) + (IF n \in free THEN 1 ELSE 0)
              + Cardinality(Owners(n)) = 1
=============================================================================
