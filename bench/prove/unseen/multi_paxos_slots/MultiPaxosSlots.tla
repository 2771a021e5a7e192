--------------------------- MODULE MultiPaxosSlots ---------------------------
(***************************************************************************)
(* Multi-Paxos with a stable leader: one phase 1 per ballot covers every   *)
(* slot of the log, then phase 2 runs independently for each slot.         *)
(*                                                                         *)
(*   Phase 1 (Prepare/Promise): the leader of ballot b asks the acceptors  *)
(*     to promise b.  An acceptor whose promise is below b promises b      *)
(*     with one 1b message for all slots; the 1b reports, for each slot,   *)
(*     the ballot and value the acceptor last accepted there.              *)
(*   Phase 2 (Propose/Accept), per slot s: once a quorum has promised b,   *)
(*     the leader proposes for s the value accepted in the highest ballot  *)
(*     those promises report for s, or its own value if they report none   *)
(*     (one 2a message per slot).  An acceptor accepts the 2a if b is not  *)
(*     below its promise, and announces it with a 2b message.              *)
(*                                                                         *)
(* A value is chosen for slot s when a quorum has accepted the same ballot *)
(* for s.  Safety: for each slot, at most one value is chosen.             *)
(*                                                                         *)
(* Modelling.  Every message ever sent stays in the set msgs (loss,        *)
(* duplication, reordering and delay are all possible) and an acceptor's   *)
(* state is what its messages say:                                         *)
(*  - its promise is the highest ballot among its 1b and 2b messages       *)
(*    (all acceptors start promised to ballot 0, the initial leader's      *)
(*    ballot: phase 1 of the lowest ballot reports nothing and promises    *)
(*    nothing, so ballot 0 goes straight to phase 2);                      *)
(*  - a 2b names the ballot and slot it accepts; its value is the value of *)
(*    the (unique) 2a of that ballot and slot;                             *)
(*  - a 1b names the acceptor and ballot; its per-slot report is the       *)
(*    acceptor's highest 2b below that ballot, which can no longer change  *)
(*    once the acceptor has promised the ballot.                           *)
(* 1a messages carry only a ballot number and are left out: an acceptor    *)
(* may promise any ballot above its promise.                               *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Acceptor,   \* the acceptors
    Value,      \* the values (client commands) that may be proposed
    Slot,       \* the log slots
    MaxBallot   \* ballots are 0..MaxBallot

Ballot == 0..MaxBallot

Quorum == {Q \in SUBSET Acceptor : 2 * Cardinality(Q) > Cardinality(Acceptor)}

Message ==
         [type : {"1b"}, acc : Acceptor, bal : Ballot \ {0}]
    \cup [type : {"2a"}, bal : Ballot, slot : Slot, val : Value]
    \cup [type : {"2b"}, acc : Acceptor, bal : Ballot, slot : Slot]

VARIABLES
    msgs        \* every message sent so far

vars == <<msgs>>

TypeOK == msgs \subseteq Message

-----------------------------------------------------------------------------
OneB(a, b)      == [type |-> "1b", acc |-> a, bal |-> b]
TwoA(b, s, v)   == [type |-> "2a", bal |-> b, slot |-> s, val |-> v]
TwoB(a, b, s)   == [type |-> "2b", acc |-> a, bal |-> b, slot |-> s]

Max(S) == CHOOSE x \in S : \A y \in S : y <= x

(* The highest ballot acceptor a has promised (ballot 0 initially).        *)
MaxBal(a) == Max({0} \cup {m.bal : m \in {m \in msgs : m.type \in {"1b", "2b"}
                                                     /\ m.acc = a}})

(* Acceptor a has promised ballot b (everyone has promised ballot 0).      *)
Promised(a, b) == b = 0 \/ OneB(a, b) \in msgs

(* Value v is chosen for slot s: a quorum accepted v's ballot for s.       *)
ChosenIn(b, s, v) == /\ TwoA(b, s, v) \in msgs
                     /\ \E Q \in Quorum : \A a \in Q : TwoB(a, b, s) \in msgs

Chosen(s, v) == \E b \in Ballot : ChosenIn(b, s, v)

-----------------------------------------------------------------------------
Init == msgs = {}

(* Phase 1b.  Acceptor a promises ballot b > its promise, for all slots.   *)
Promise(a, b) ==
    /\ b > MaxBal(a)
    /\ msgs' = msgs \cup {OneB(a, b)}

(* Phase 2a.  The leader of ballot b proposes v for slot s, once a quorum  *)
(* Q has promised b: v is the value of the highest ballot below b that the *)
(* promises of Q report accepted for s, or any value if none is reported.  *)
Propose(b, s, v) ==
    /\ ~ \E w \in Value : TwoA(b, s, w) \in msgs
    /\ \E Q \in Quorum :
         LET voted == {c \in 0..(b - 1) : \E a \in Q : TwoB(a, c, s) \in msgs}
         IN  /\ \A a \in Q : Promised(a, b)
             /\ IF voted = {} THEN TRUE
                ELSE TwoA(Max(voted), s, v) \in msgs
    /\ msgs' = msgs \cup {TwoA(b, s, v)}

(* Phase 2b.  Acceptor a accepts the ballot-b proposal for slot s if b is  *)
(* not below its promise (accepting b also promises b).                    *)
Accept(a, b, s) ==
    /\ \E v \in Value : TwoA(b, s, v) \in msgs
    /\ b >= MaxBal(a)
    /\ TwoB(a, b, s) \notin msgs
    /\ msgs' = msgs \cup {TwoB(a, b, s)}

Next ==
    \/ \E a \in Acceptor, b \in Ballot : Promise(a, b)
    \/ \E b \in Ballot, s \in Slot, v \in Value : Propose(b, s, v)
    \/ \E a \in Acceptor, b \in Ballot, s \in Slot : Accept(a, b, s)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: for each slot, at most one value is chosen.                     *)
AtMostOneChosenPerSlot ==
    \A s \in Slot, v, w \in Value : Chosen(s, v) /\ Chosen(s, w) => v = w

=============================================================================
