--------------------------- MODULE EscrowInventory ---------------------------
(***************************************************************************)
(* Escrow reservations of a limited stock across sites.                    *)
(*                                                                         *)
(* A central store holds `Stock` units of an item.  To let sites sell      *)
(* without a round trip per order, the store grants each site an escrow    *)
(* quantity by message; a site reserves units for its orders out of the    *)
(* escrow it has received, and sends unused escrow back to the store by    *)
(* message.  The store only grants units it still has available, and a    *)
(* site only reserves units it holds in escrow.                            *)
(*                                                                         *)
(* Messages travel in a set: they may be delayed and delivered in any      *)
(* order, and they may be lost (the units they carry are then stranded:    *)
(* never sold, never oversold).  A message identical to one already in     *)
(* flight merges with it, which behaves like a loss.  Delivering a message *)
(* consumes it.  Requests for escrow are not modelled: the store granting  *)
(* escrow to a site stands for its answer to a request.                    *)
(*                                                                         *)
(* Safety (no overselling): the units sold at all sites, plus the units    *)
(* held in escrow at sites, plus the units in flight in grant and return   *)
(* messages, never exceed the stock.                                       *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Site,   \* the selling sites
    Stock   \* units of the item the store starts with

Qty == 1..Stock

Msg == [type : {"grant", "return"}, site : Site, qty : Qty]

VARIABLES
    avail,   \* store: units not granted to any site
    escrow,  \* escrow[s]: units site s holds in escrow and has not sold
    sold,    \* sold[s]: units site s has reserved for orders
    msgs     \* grant (store -> site) and return (site -> store) messages in flight

vars == <<avail, escrow, sold, msgs>>

TypeOK ==
    /\ avail \in 0..Stock
    /\ escrow \in [Site -> 0..Stock]
    /\ sold \in [Site -> 0..Stock]
    /\ msgs \in SUBSET Msg

(* Sum of f[x] over the domain of the function f. *)
RECURSIVE SumOver(_, _)
SumOver(f, S) ==
    IF S = {} THEN 0
    ELSE LET x == CHOOSE y \in S : TRUE
         IN  f[x] + SumOver(f, S \ {x})

Sum(f) == SumOver(f, DOMAIN f)

(* Units carried by the messages in flight. *)
InFlight == Sum([m \in msgs |-> m.qty])

Init ==
    /\ avail = Stock
    /\ escrow = [s \in Site |-> 0]
    /\ sold = [s \in Site |-> 0]
    /\ msgs = {}

(* The store grants q of its available units to site s. *)
GrantEscrow(s, q) ==
    /\ q <= avail
    /\ avail' = avail - q
    /\ msgs' = msgs \cup {[type |-> "grant", site |-> s, qty |-> q]}
    /\ UNCHANGED <<escrow, sold>>

(* Site m.site receives a grant and adds it to its escrow. *)
ReceiveGrant(m) ==
    /\ m \in msgs
    /\ m.type = "grant"
    /\ escrow[m.site] + m.qty <= Stock
    /\ escrow' = [escrow EXCEPT ![m.site] = @ + m.qty]
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<avail, sold>>

(* Site s reserves q units for an order out of its escrow. *)
Reserve(s, q) ==
    /\ q <= escrow[s]
    /\ sold[s] + q <= Stock
    /\ escrow' = [escrow EXCEPT ![s] = @ - q]
    /\ sold' = [sold EXCEPT ![s] = @ + q]
    /\ UNCHANGED <<avail, msgs>>

(* Site s gives q unused units of its escrow back to the store. *)
ReturnEscrow(s, q) ==
    /\ q <= escrow[s]
    /\ escrow' = [escrow EXCEPT ![s] = @ - q]
    /\ msgs' = msgs \cup {[type |-> "return", site |-> s, qty |-> q]}
    /\ UNCHANGED <<avail, sold>>

(* The store receives returned escrow and makes it available again. *)
ReceiveReturn(m) ==
    /\ m \in msgs
    /\ m.type = "return"
    /\ avail + m.qty <= Stock
    /\ avail' = avail + m.qty
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<escrow, sold>>

(* The network loses a message. *)
LoseMsg(m) ==
    /\ m \in msgs
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<avail, escrow, sold>>

Next ==
    \/ \E s \in Site, q \in Qty : GrantEscrow(s, q) \/ Reserve(s, q) \/ ReturnEscrow(s, q)
    \/ \E m \in msgs : ReceiveGrant(m) \/ ReceiveReturn(m) \/ LoseMsg(m)

Spec == Init /\ [][Next]_vars

(* Safety: sold + in escrow + in flight never exceeds the stock. *)
NoOverselling == Sum(sold) + Sum(escrow) + InFlight <= Stock

=============================================================================
