---------------------------- MODULE BankTransfer ----------------------------
(***************************************************************************)
(* Transfers between accounts of a bank, in two steps.                     *)
(*                                                                         *)
(* Each account starts with InitBal units.  An account a with no open      *)
(* transfer may debit itself by 1 .. MaxAmt units (at most its balance)    *)
(* and open a transfer record (from a, to dst[a], amount amt[a]).  The     *)
(* destination later credits the amount and marks the record credited;    *)
(* the source then settles (closes) the record.  An uncredited transfer    *)
(* may instead be cancelled, which refunds the source and closes it.       *)
(*                                                                         *)
(* A record is open while amt[a] > 0; its money is in flight until it is   *)
(* credited.                                                               *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Acct,      \* The accounts.
    InitBal,   \* The initial balance of every account.
    MaxAmt     \* The largest amount of one transfer.

ASSUME InitBal \in Nat /\ MaxAmt \in Nat /\ MaxAmt >= 1

(* The money in the bank; no balance can exceed it. *)
Total == InitBal * Cardinality(Acct)

VARIABLES
    bal,        \* bal[a]: balance of account a.
    amt,        \* amt[a]: amount of a's open transfer, 0 = no open transfer.
    dst,        \* dst[a]: destination of a's (last) transfer.
    credited    \* credited[a]: a's open transfer has been credited.

vars == <<bal, amt, dst, credited>>

TypeOK ==
    /\ bal \in [Acct -> 0 .. Total]
    /\ amt \in [Acct -> 0 .. MaxAmt]
    /\ dst \in [Acct -> Acct]
    /\ credited \in [Acct -> BOOLEAN]

Init ==
    /\ bal = [a \in Acct |-> InitBal]
    /\ amt = [a \in Acct |-> 0]
    /\ dst \in [Acct -> Acct]
    /\ credited = [a \in Acct |-> FALSE]

(* a debits k units and opens a transfer of them to d. *)
Debit(a, d, k) ==
    /\ amt[a] = 0
    /\ d # a
    /\ k <= bal[a]
    /\ bal' = [bal EXCEPT ![a] = bal[a] - k]
    /\ amt' = [amt EXCEPT ![a] = k]
    /\ dst' = [dst EXCEPT ![a] = d]
    /\ UNCHANGED credited

(* The destination of a's open transfer credits the amount. *)
Credit(a) ==
    /\ amt[a] > 0
    /\ ~credited[a]
    /\ bal' = [bal EXCEPT ![dst[a]] = bal[dst[a]] + amt[a]]
    /\ credited' = [credited EXCEPT ![a] = TRUE]
    /\ UNCHANGED <<amt, dst>>

(* a learns its transfer was credited and closes the record. *)
Settle(a) ==
    /\ credited[a]
    /\ amt' = [amt EXCEPT ![a] = 0]
    /\ credited' = [credited EXCEPT ![a] = FALSE]
    /\ UNCHANGED <<bal, dst>>

(* An uncredited transfer is cancelled: a is refunded, the record closed. *)
Cancel(a) ==
    /\ amt[a] > 0
    /\ ~credited[a]
    /\ bal' = [bal EXCEPT ![a] = bal[a] + amt[a]]
    /\ amt' = [amt EXCEPT ![a] = 0]
    /\ UNCHANGED <<dst, credited>>

Next ==
    \/ \E a, d \in Acct, k \in 1 .. MaxAmt : Debit(a, d, k)
    \/ \E a \in Acct : Credit(a) \/ Settle(a) \/ Cancel(a)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* The sum of f[x] over x in S. *)
RECURSIVE SumOver(_, _)
SumOver(f, S) ==
    IF S = {} THEN 0
    ELSE LET x == CHOOSE y \in S : TRUE IN f[x] + SumOver(f, S \ {x})

(* The money in flight in each account's open transfer. *)
InFlight == [a \in Acct |-> IF credited[a] THEN 0 ELSE amt[a]]

(* Money is conserved: balances plus money in flight make the total. *)
Conservation ==
    SumOver(bal, Acct) + SumOver(InFlight, Acct) = Total
=============================================================================
