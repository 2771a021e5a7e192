------------------------ MODULE BankTransfer_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for BankTransfer, used only to check *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* Only an open transfer can be marked credited, so a new debit never      *)
(* reuses a slot whose money would not be counted as in flight.            *)
(***************************************************************************)
EXTENDS BankTransfer

CreditedIsOpen ==
    \A a \in Acct : credited[a] => amt[a] > 0

IndRef ==
    /\ TypeOK
    /\ Conservation
    /\ CreditedIsOpen
=============================================================================
