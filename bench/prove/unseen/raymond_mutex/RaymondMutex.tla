---------------------------- MODULE RaymondMutex ----------------------------
(***************************************************************************)
(* Raymond's tree-based token algorithm for mutual exclusion, on nodes     *)
(* 1 .. N arranged in a fixed path 1 - 2 - ... - N (a tree).               *)
(*                                                                         *)
(* Each node keeps holder[i], the neighbour in the direction of the token  *)
(* (i itself when i holds it), using[i], whether it is in its critical     *)
(* section, and reqQ[i], its queue of pending requests (itself and         *)
(* neighbours that asked it for the token), kept as a set.                 *)
(*                                                                         *)
(* A node that wants the critical section puts itself in its queue.  A     *)
(* node without the token whose queue is not empty asks its holder for the *)
(* token: the REQUEST message puts it in the holder's queue (requests are  *)
(* delivered at once; since queues are sets a node is queued at most once *)
(* at its holder, which is what Raymond's "asked" flag ensures).  An idle  *)
(* node holding the token takes a request from its queue: if it is its    *)
(* own, it enters the critical section; otherwise it sends the token       *)
(* (PRIVILEGE) to that neighbour, which becomes the holder, and its holder *)
(* pointer now points at that neighbour.                                   *)
(*                                                                         *)
(* Safety: at most one node is in its critical section.                    *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT N   \* the number of nodes

ASSUME N \in Nat /\ N >= 2

Node == 1 .. N

(* The tree: neighbours on the path 1 - 2 - ... - N. *)
Nbr(i) == {j \in Node : j = i - 1 \/ j = i + 1}

VARIABLES
    holder,  \* holder[i]: the neighbour towards the token, or i itself
    using,   \* using[i]: node i is in its critical section
    reqQ     \* reqQ[i]: the nodes whose requests i has queued

vars == <<holder, using, reqQ>>

TypeOK ==
    /\ holder \in [Node -> Node]
    /\ using \in [Node -> BOOLEAN]
    /\ reqQ \in [Node -> SUBSET Node]

(* Node 1 holds the token; every other node points towards node 1. *)
Init ==
    /\ holder = [i \in Node |-> IF i = 1 THEN 1 ELSE i - 1]
    /\ using = [i \in Node |-> FALSE]
    /\ reqQ = [i \in Node |-> {}]

(* Node i wants the critical section: it queues its own request. *)
Request(i) ==
    /\ ~using[i]
    /\ i \notin reqQ[i]
    /\ reqQ' = [reqQ EXCEPT ![i] = @ \cup {i}]
    /\ UNCHANGED <<holder, using>>

(* Node i, without the token and with pending requests, asks its holder:   *)
(* the REQUEST puts i in the holder's queue.                               *)
SendRequest(i) ==
    /\ holder[i] # i
    /\ reqQ[i] # {}
    /\ i \notin reqQ[holder[i]]
    /\ reqQ' = [reqQ EXCEPT ![holder[i]] = @ \cup {i}]
    /\ UNCHANGED <<holder, using>>

(* Node i holds the token, is not in its critical section, and serves the *)
(* request of j from its queue: if j is i, i enters the critical section;  *)
(* otherwise i sends the token to j, which becomes the holder.             *)
AssignPrivilege(i, j) ==
    /\ holder[i] = i
    /\ ~using[i]
    /\ j \in reqQ[i]
    /\ reqQ' = [reqQ EXCEPT ![i] = @ \ {j}]
    /\ IF j = i
         THEN /\ using' = [using EXCEPT ![i] = TRUE]
              /\ UNCHANGED holder
         ELSE /\ holder' = [holder EXCEPT ![i] = j, ![j] = j]
              /\ UNCHANGED using

(* Node i leaves its critical section. *)
Exit(i) ==
    /\ using[i]
    /\ using' = [using EXCEPT ![i] = FALSE]
    /\ UNCHANGED <<holder, reqQ>>

Next ==
    \/ \E i \in Node : Request(i) \/ SendRequest(i) \/ Exit(i)
    \/ \E i, j \in Node : AssignPrivilege(i, j)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* At most one node is in its critical section. *)
Mutex ==
    \A i, j \in Node : using[i] /\ using[j] => i = j
=============================================================================
