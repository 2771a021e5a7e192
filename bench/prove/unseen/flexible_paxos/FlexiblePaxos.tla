--------------------------- MODULE FlexiblePaxos ---------------------------
(***************************************************************************)
(* Single-decree Paxos with flexible quorums (Howard, Malkhi and Spiegel-  *)
(* man, "Flexible Paxos: Quorum intersection revisited", 2016).            *)
(*                                                                         *)
(* Classic Paxos uses the same quorums (majorities) in both phases.        *)
(* Flexible Paxos observes that safety only needs every phase-1 quorum to  *)
(* intersect every phase-2 quorum: two phase-2 quorums may be disjoint.    *)
(* The quorum systems are the constants Q1 and Q2 (sets of sets of         *)
(* acceptors), and the only assumption made about them is that every Q1    *)
(* quorum meets every Q2 quorum.                                           *)
(*                                                                         *)
(* The ballots are 0..MaxBallot; each ballot belongs to one proposer,      *)
(* which is identified with the ballot.  A ballot b > 0 runs:              *)
(*   phase 1b: an acceptor joins ballot b, promising to take part in no    *)
(*             lower ballot, and reports its latest vote (ballot, value);  *)
(*   phase 2a: once a Q1 quorum has joined b, the proposer proposes the    *)
(*             value of the highest vote they report, or any value if they *)
(*             report none;                                                *)
(*   phase 2b: an acceptor that has not joined a higher ballot votes for   *)
(*             the proposal of ballot b.                                   *)
(* Ballot 0 skips phase 1, as usual for the first ballot: no vote can have *)
(* been cast below it, so every value is safe there.  Phase-1a messages    *)
(* carry nothing but a ballot number and may be sent at any time, so they  *)
(* are left implicit: an acceptor may join any ballot above the ones it    *)
(* has taken part in.  A value is chosen when a Q2 quorum voted for it in  *)
(* the same ballot.                                                        *)
(*                                                                         *)
(* All communication is the set msgs of messages sent so far: a message    *)
(* may be lost (never received), delayed, reordered or received again.     *)
(* As in the Ivy model of Paxos, an acceptor's state (the highest ballot   *)
(* it has taken part in, its votes) is read off the messages it has sent,  *)
(* which is exactly what it keeps on stable storage.                       *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    Acceptor,   \* the acceptors
    Value,      \* the values that may be proposed
    Q1,         \* the phase-1 quorums: a set of sets of acceptors
    Q2,         \* the phase-2 quorums: a set of sets of acceptors
    MaxBallot,  \* ballots are 0..MaxBallot
    None        \* "no value": reported by an acceptor that has not voted

ASSUME /\ MaxBallot \in Nat
       /\ Q1 \subseteq SUBSET Acceptor
       /\ Q2 \subseteq SUBSET Acceptor
       /\ \A q1 \in Q1, q2 \in Q2 : q1 \cap q2 # {}
       /\ None \notin Value

Ballot == 0..MaxBallot

(* Phase-1b messages report the latest vote below the joined ballot, or    *)
(* (-1, None) when there is none; phase-1b messages exist only for         *)
(* ballots above 0.                                                        *)
Msg1b ==
         [type : {"1b"}, acc : Acceptor, bal : 1..MaxBallot,
          mbal : {-1}, mval : {None}]
    \cup {m \in [type : {"1b"}, acc : Acceptor, bal : 1..MaxBallot,
                 mbal : Ballot, mval : Value] : m.mbal < m.bal}

Message ==
         Msg1b
    \cup [type : {"2a"}, bal : Ballot, val : Value]
    \cup [type : {"2b"}, acc : Acceptor, bal : Ballot, val : Value]

VARIABLES
    msgs      \* every message sent so far

vars == <<msgs>>

TypeOK ==
    /\ msgs \subseteq Message

-----------------------------------------------------------------------------
(* Vocabulary                                                              *)

Max(S) == CHOOSE x \in S : \A y \in S : y <= x

(* Acceptor a voted for v in ballot b.                                     *)
Voted(a, b, v) == [type |-> "2b", acc |-> a, bal |-> b, val |-> v] \in msgs

(* The messages sent by acceptor a.                                        *)
SentBy(a) == {m \in msgs : m.type # "2a" /\ m.acc = a}

(* The highest ballot acceptor a has taken part in (joined or voted in),   *)
(* -1 if none.  a takes part in no ballot below it any more.               *)
MaxBal(a) == LET bals == {m.bal : m \in SentBy(a)}
             IN  IF bals = {} THEN -1 ELSE Max(bals)

(* Value v is chosen in ballot b: a phase-2 quorum voted for it in b.      *)
ChosenIn(b, v) == \E Q \in Q2 : \A a \in Q : Voted(a, b, v)

Chosen == {v \in Value : \E b \in Ballot : ChosenIn(b, v)}

-----------------------------------------------------------------------------
Init == msgs = {}

Send(m) == msgs' = msgs \cup {m}

(* Phase 1b.  Acceptor a joins ballot b, above every ballot it has taken   *)
(* part in, and reports its latest vote.                                   *)
Promise(a, b) ==
    /\ b > MaxBal(a)
    /\ LET votes == {m \in SentBy(a) : m.type = "2b"}
       IN  IF votes = {}
           THEN Send([type |-> "1b", acc |-> a, bal |-> b,
                      mbal |-> -1, mval |-> None])
           ELSE \E m \in votes :
                  /\ \A mm \in votes : mm.bal <= m.bal
                  /\ Send([type |-> "1b", acc |-> a, bal |-> b,
                           mbal |-> m.bal, mval |-> m.val])

(* Phase 2a.  The proposer of ballot b proposes v, once per ballot.  For   *)
(* b > 0 it needs the phase-1b messages of a Q1 quorum, and v must be the  *)
(* value of the highest vote they report, if they report any.              *)
Propose(b, v) ==
    /\ ~ \E m \in msgs : m.type = "2a" /\ m.bal = b
    /\ \/ b = 0
       \/ \E Q \in Q1 :
            LET P  == {m \in msgs : m.type = "1b" /\ m.bal = b /\ m.acc \in Q}
                PV == {m \in P : m.mbal >= 0}
            IN  /\ \A a \in Q : \E m \in P : m.acc = a
                /\ \/ PV = {}
                   \/ \E m \in PV : /\ m.mval = v
                                    /\ \A mm \in PV : mm.mbal <= m.mbal
    /\ Send([type |-> "2a", bal |-> b, val |-> v])

(* Phase 2b.  Acceptor a votes for the proposal of ballot b, unless it has *)
(* taken part in a higher ballot.                                          *)
Accept(a, b, v) ==
    /\ [type |-> "2a", bal |-> b, val |-> v] \in msgs
    /\ MaxBal(a) <= b
    /\ ~ Voted(a, b, v)
    /\ Send([type |-> "2b", acc |-> a, bal |-> b, val |-> v])

Next ==
    \/ \E a \in Acceptor, b \in 1..MaxBallot : Promise(a, b)
    \/ \E b \in Ballot, v \in Value : Propose(b, v)
    \/ \E a \in Acceptor, b \in Ballot, v \in Value : Accept(a, b, v)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: at most one value is chosen, although two phase-2 quorums need  *)
(* not intersect.                                                          *)
Agreement == \A v, w \in Chosen : v = w

=============================================================================
