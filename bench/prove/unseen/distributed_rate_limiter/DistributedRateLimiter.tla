------------------------ MODULE DistributedRateLimiter ------------------------
(***************************************************************************)
(* A global rate limit enforced by splitting it into per-node allowances.  *)
(*                                                                         *)
(* Time is divided into windows 0, 1, ..., and at most `Limit` requests    *)
(* may be admitted in each window, over all nodes together.  A             *)
(* coordinator keeps the current window and a pool of the window's tokens  *)
(* it has not handed out; at the start of a window the pool is refilled to *)
(* `Limit`.  It grants tokens to nodes by message, each grant tagged with  *)
(* the window it is for.  A node holds an allowance for one window (the    *)
(* latest window it has heard of) and admits a request by spending one     *)
(* token of it; the request counts against that window.  A grant for a     *)
(* newer window replaces the node's allowance (the old tokens have         *)
(* expired); a grant for an older window is discarded.  A node may send    *)
(* unused tokens back to the coordinator, tagged with their window; the    *)
(* coordinator puts them back into its pool only if they are for the       *)
(* current window, and discards stale ones.                                *)
(*                                                                         *)
(* Messages travel in a set: they may be delayed and delivered in any      *)
(* order, and they may be lost (their tokens are then never used).  A      *)
(* message identical to one already in flight merges with it, which        *)
(* behaves like a loss.  Delivering a message consumes it.  Requests from  *)
(* nodes for tokens are not modelled: a grant stands for the answer to     *)
(* one.  Window boundaries are a coordinator step; nodes learn of a new    *)
(* window only through grants.                                             *)
(*                                                                         *)
(* Safety: for every window, the requests admitted in it, summed over all  *)
(* nodes, never exceed `Limit`.                                            *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Node,       \* the nodes admitting requests
    Limit,      \* requests allowed per window, over all nodes
    MaxWindow   \* windows are 0..MaxWindow

Window == 0..MaxWindow
Qty == 1..Limit

Msg == [type : {"grant", "return"}, node : Node, win : Window, qty : Qty]

VARIABLES
    window,     \* coordinator: the current window
    pool,       \* coordinator: tokens of the current window not granted
    nodeWin,    \* nodeWin[n]: the window node n's allowance is for
    allowance,  \* allowance[n]: unspent tokens node n holds for window nodeWin[n]
    admitted,   \* admitted[n][w]: requests node n admitted in window w
    msgs        \* grant (coordinator -> node) and return (node -> coordinator) messages

vars == <<window, pool, nodeWin, allowance, admitted, msgs>>

TypeOK ==
    /\ window \in Window
    /\ pool \in 0..Limit
    /\ nodeWin \in [Node -> Window]
    /\ allowance \in [Node -> 0..Limit]
    /\ admitted \in [Node -> [Window -> 0..Limit]]
    /\ msgs \in SUBSET Msg

(* Sum of f[x] over the domain of the function f. *)
RECURSIVE SumOver(_, _)
SumOver(f, S) ==
    IF S = {} THEN 0
    ELSE LET x == CHOOSE y \in S : TRUE
         IN  f[x] + SumOver(f, S \ {x})

Sum(f) == SumOver(f, DOMAIN f)

Init ==
    /\ window = 0
    /\ pool = Limit
    /\ nodeWin = [n \in Node |-> 0]
    /\ allowance = [n \in Node |-> 0]
    /\ admitted = [n \in Node |-> [w \in Window |-> 0]]
    /\ msgs = {}

(* The coordinator grants q tokens of the current window to node n. *)
Grant(n, q) ==
    /\ q <= pool
    /\ pool' = pool - q
    /\ msgs' = msgs \cup {[type |-> "grant", node |-> n, win |-> window, qty |-> q]}
    /\ UNCHANGED <<window, nodeWin, allowance, admitted>>

(* A new window starts: the coordinator's pool is refilled. *)
AdvanceWindow ==
    /\ window < MaxWindow
    /\ window' = window + 1
    /\ pool' = Limit
    /\ UNCHANGED <<nodeWin, allowance, admitted, msgs>>

(* Node m.node receives a grant.  A grant for its current window adds to   *)
(* its allowance; one for a newer window replaces the expired allowance;   *)
(* one for an older window is discarded.                                   *)
ReceiveGrant(m) ==
    /\ m \in msgs
    /\ m.type = "grant"
    /\ LET n == m.node IN
       \/ /\ m.win = nodeWin[n]
          /\ allowance[n] + m.qty <= Limit
          /\ allowance' = [allowance EXCEPT ![n] = @ + m.qty]
          /\ UNCHANGED nodeWin
       \/ /\ m.win > nodeWin[n]
          /\ nodeWin' = [nodeWin EXCEPT ![n] = m.win]
          /\ allowance' = [allowance EXCEPT ![n] = m.qty]
       \/ /\ m.win < nodeWin[n]
          /\ UNCHANGED <<nodeWin, allowance>>
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<window, pool, admitted>>

(* Node n admits a request, spending a token of its allowance; the        *)
(* request counts against the allowance's window.                          *)
Admit(n) ==
    /\ allowance[n] > 0
    /\ admitted[n][nodeWin[n]] < Limit
    /\ allowance' = [allowance EXCEPT ![n] = @ - 1]
    /\ admitted' = [admitted EXCEPT ![n][nodeWin[n]] = @ + 1]
    /\ UNCHANGED <<window, pool, nodeWin, msgs>>

(* Node n sends q unused tokens back, tagged with their window. *)
ReturnTokens(n, q) ==
    /\ q <= allowance[n]
    /\ allowance' = [allowance EXCEPT ![n] = @ - q]
    /\ msgs' = msgs \cup {[type |-> "return", node |-> n, win |-> nodeWin[n], qty |-> q]}
    /\ UNCHANGED <<window, pool, nodeWin, admitted>>

(* The coordinator receives returned tokens: tokens of the current window *)
(* go back into the pool, stale ones are discarded.                        *)
ReceiveReturn(m) ==
    /\ m \in msgs
    /\ m.type = "return"
    /\ IF m.win = window
          THEN /\ pool + m.qty <= Limit
               /\ pool' = pool + m.qty
          ELSE UNCHANGED pool
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<window, nodeWin, allowance, admitted>>

(* The network loses a message. *)
LoseMsg(m) ==
    /\ m \in msgs
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<window, pool, nodeWin, allowance, admitted>>

Next ==
    \/ AdvanceWindow
    \/ \E n \in Node : Admit(n)
    \/ \E n \in Node, q \in Qty : Grant(n, q) \/ ReturnTokens(n, q)
    \/ \E m \in msgs : ReceiveGrant(m) \/ ReceiveReturn(m) \/ LoseMsg(m)

Spec == Init /\ [][Next]_vars

(* Safety: in every window, the requests admitted over all nodes are at   *)
(* most the limit.                                                         *)
WindowLimitRespected ==
    \A w \in Window : Sum([n \in Node |-> admitted[n][w]]) <= Limit

=============================================================================
