---------------------------- MODULE SuzukiKasami ----------------------------
(***************************************************************************)
(* Suzuki-Kasami token-based mutual exclusion on nodes 1 .. N.             *)
(*                                                                         *)
(* A node that wants the critical section and does not hold the token      *)
(* increments its own request number and broadcasts it.  Every node keeps  *)
(* rn[n][m], the highest request number of m it has heard of.  The single  *)
(* token carries ln[m], the number of m's last served request, and the set *)
(* queue of nodes waiting for it.  A node leaving the critical section     *)
(* records its request as served, adds every node with an outstanding      *)
(* request (rn = ln + 1) to the queue, and the holder hands the token to a *)
(* queued node.  An idle holder that hears of a new outstanding request    *)
(* queues it at once.                                                      *)
(*                                                                         *)
(* The request messages m has broadcast are exactly those numbered         *)
(* 1 .. rn[m][m]; they are never lost and may be delivered late, out of    *)
(* order or more than once, so they need no variable of their own.  The    *)
(* token is held by a node or in transit to one (tokenAt).                 *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    N,       \* The number of nodes.
    MaxReq   \* The largest request number a node may use.

ASSUME N \in Nat /\ N >= 2 /\ MaxReq \in Nat

Node == 1 .. N

VARIABLES
    pc,       \* pc[n]: "idle", "waiting" or "cs".
    rn,       \* rn[n][m]: the highest request number of m that n knows.
    ln,       \* In the token: ln[m], the number of m's last served request.
    queue,    \* In the token: the nodes queued to receive it.
    tokenAt   \* tokenAt[n]: "none", "held" (n holds the token) or "sent" (in transit to n).

vars == <<pc, rn, ln, queue, tokenAt>>

TypeOK ==
    /\ pc \in [Node -> {"idle", "waiting", "cs"}]
    /\ rn \in [Node -> [Node -> 0 .. MaxReq]]
    /\ ln \in [Node -> 0 .. MaxReq]
    /\ queue \in SUBSET Node
    /\ tokenAt \in [Node -> {"none", "held", "sent"}]

(* Node 1 starts with the token; nobody has requested yet. *)
Init ==
    /\ pc = [n \in Node |-> "idle"]
    /\ rn = [n \in Node |-> [m \in Node |-> 0]]
    /\ ln = [m \in Node |-> 0]
    /\ queue = {}
    /\ tokenAt = [n \in Node |-> IF n = 1 THEN "held" ELSE "none"]

(* Idle node n already holds the token and enters the critical section     *)
(* without sending any request.                                            *)
EnterWithToken(n) ==
    /\ pc[n] = "idle"
    /\ tokenAt[n] = "held"
    /\ pc' = [pc EXCEPT ![n] = "cs"]
    /\ UNCHANGED <<rn, ln, queue, tokenAt>>

(* Idle node n without the token increments its request number and         *)
(* broadcasts the request.                                                 *)
Request(n) ==
    /\ pc[n] = "idle"
    /\ tokenAt[n] # "held"
    /\ rn[n][n] < MaxReq
    /\ rn' = [rn EXCEPT ![n][n] = rn[n][n] + 1]
    /\ pc' = [pc EXCEPT ![n] = "waiting"]
    /\ UNCHANGED <<ln, queue, tokenAt>>

(* Node n receives request number k of node m and raises rn[n][m]; if n is *)
(* the idle token holder and the request is outstanding, m is queued.      *)
ReceiveRequest(n, m, k) ==
    /\ m # n
    /\ k \in 1 .. rn[m][m]
    /\ k > rn[n][m]
    /\ rn' = [rn EXCEPT ![n][m] = k]
    /\ queue' = IF tokenAt[n] = "held" /\ pc[n] = "idle" /\ k = ln[m] + 1
                   THEN queue \cup {m}
                   ELSE queue
    /\ UNCHANGED <<pc, ln, tokenAt>>

(* Node n leaves the critical section: its request is served, and every    *)
(* other node with an outstanding request joins the token's queue.         *)
Exit(n) ==
    /\ pc[n] = "cs"
    /\ pc' = [pc EXCEPT ![n] = "idle"]
    /\ ln' = [ln EXCEPT ![n] = rn[n][n]]
    /\ queue' = queue \cup {m \in Node \ {n} : rn[n][m] = ln[m] + 1}
    /\ UNCHANGED <<rn, tokenAt>>

(* The idle holder n sends the token to a queued node m. *)
SendToken(n, m) ==
    /\ tokenAt[n] = "held"
    /\ pc[n] = "idle"
    /\ m \in queue
    /\ m # n
    /\ queue' = queue \ {m}
    /\ tokenAt' = [tokenAt EXCEPT ![n] = "none", ![m] = "sent"]
    /\ UNCHANGED <<pc, rn, ln>>

(* Waiting node n receives the token and enters the critical section. *)
ReceiveToken(n) ==
    /\ tokenAt[n] = "sent"
    /\ pc[n] = "waiting"
    /\ tokenAt' = [tokenAt EXCEPT ![n] = "held"]
    /\ pc' = [pc EXCEPT ![n] = "cs"]
    /\ UNCHANGED <<rn, ln, queue>>

Next ==
    \E n \in Node :
        \/ EnterWithToken(n)
        \/ Request(n)
        \/ Exit(n)
        \/ ReceiveToken(n)
        \/ \E m \in Node :
            \/ SendToken(n, m)
            \/ \E k \in 1 .. MaxReq : ReceiveRequest(n, m, k)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* At most one node is in its critical section. *)
Mutex ==
    \A n, m \in Node : pc[n] = "cs" /\ pc[m] = "cs" => n = m
=============================================================================
