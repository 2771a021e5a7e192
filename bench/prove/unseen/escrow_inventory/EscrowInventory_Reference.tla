---------------------- MODULE EscrowInventory_Reference ----------------------
(***************************************************************************)
(* Hand-written inductive invariant for EscrowInventory, used only to      *)
(* check that the benchmark has one.                                       *)
(***************************************************************************)
EXTENDS EscrowInventory

\* Units at the store, sold, in escrow and in flight add up to at most the stock.
StockAccounted == avail + Sum(sold) + Sum(escrow) + InFlight <= Stock

IndRef ==
    /\ TypeOK
    /\ NoOverselling
    /\ StockAccounted

=============================================================================
