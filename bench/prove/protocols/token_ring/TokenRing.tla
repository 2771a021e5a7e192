----------------------------- MODULE TokenRing -----------------------------
(***************************************************************************)
(* Mutual exclusion by a token circulating on a unidirectional ring of N   *)
(* nodes 0 .. N-1 (node n passes the token to node (n+1) % N).             *)
(*                                                                         *)
(* Exactly one token exists.  It is either held by a node (hasToken) or in *)
(* transit to a node (a message in the set msgs, identified by its         *)
(* destination).  A node that wants the critical section becomes           *)
(* "trying" and may enter only while it holds the token; it keeps the      *)
(* token while inside.  A node that holds the token and is not in the      *)
(* critical section may pass it on to its successor at any time.           *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT N   \* The number of nodes on the ring.

ASSUME N \in Nat /\ N >= 2

Node == 0 .. (N - 1)

(* The next node on the ring. *)
Succ(n) == (n + 1) % N

VARIABLES
    hasToken,  \* hasToken[n]: node n holds the token.
    msgs,      \* Token messages in transit, each named by its destination.
    pc         \* pc[n]: "idle", "trying" or "cs".

vars == <<hasToken, msgs, pc>>

TypeOK ==
    /\ hasToken \in [Node -> BOOLEAN]
    /\ msgs \in SUBSET Node
    /\ pc \in [Node -> {"idle", "trying", "cs"}]

(* Node 0 starts with the token. *)
Init ==
    /\ hasToken = [n \in Node |-> n = 0]
    /\ msgs = {}
    /\ pc = [n \in Node |-> "idle"]

(* Node n wants to enter the critical section. *)
Request(n) ==
    /\ pc[n] = "idle"
    /\ pc' = [pc EXCEPT ![n] = "trying"]
    /\ UNCHANGED <<hasToken, msgs>>

(* Node n enters while holding the token. *)
Enter(n) ==
    /\ pc[n] = "trying"
    /\ hasToken[n]
    /\ pc' = [pc EXCEPT ![n] = "cs"]
    /\ UNCHANGED <<hasToken, msgs>>

(* Node n leaves the critical section (it still holds the token). *)
Exit(n) ==
    /\ pc[n] = "cs"
    /\ pc' = [pc EXCEPT ![n] = "idle"]
    /\ UNCHANGED <<hasToken, msgs>>

(* Node n, outside the critical section, sends the token to its successor. *)
PassToken(n) ==
    /\ hasToken[n]
    /\ pc[n] # "cs"
    /\ hasToken' = [hasToken EXCEPT ![n] = FALSE]
    /\ msgs' = msgs \cup {Succ(n)}
    /\ UNCHANGED pc

(* Node n receives the token in transit to it. *)
ReceiveToken(n) ==
    /\ n \in msgs
    /\ msgs' = msgs \ {n}
    /\ hasToken' = [hasToken EXCEPT ![n] = TRUE]
    /\ UNCHANGED pc

Next ==
    \E n \in Node :
        Request(n) \/ Enter(n) \/ Exit(n) \/ PassToken(n) \/ ReceiveToken(n)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* At most one node is in its critical section. *)
Mutex ==
    \A n, m \in Node : pc[n] = "cs" /\ pc[m] = "cs" => n = m
=============================================================================
