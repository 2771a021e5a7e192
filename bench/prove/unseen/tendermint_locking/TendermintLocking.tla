------------------------- MODULE TendermintLocking -------------------------
(***************************************************************************)
(* One height of Tendermint consensus (Buchman, Kwon and Milosevic, "The   *)
(* latest gossip on BFT consensus", 2018, Algorithm 1), with its locking   *)
(* mechanism.  There are N validators, at most F < N/3 of them Byzantine;  *)
(* a quorum is any set of more than 2N/3 validators (2F+1 of 3F+1).        *)
(*                                                                         *)
(* Each round r has a proposer, which broadcasts PROPOSAL(r, v, vr): a     *)
(* value v and a valid round vr (-1, or a round below r in which the       *)
(* proposer saw a polka, 2F+1 prevotes, for v).  An honest validator in    *)
(* round r prevotes for the proposal's value only if                       *)
(*   - vr = -1 and it is not locked, or is locked on v, or                 *)
(*   - vr >= 0, it has received 2F+1 prevotes for v in round vr, and its   *)
(*     lock is on v or from a round no later than vr;                      *)
(* otherwise it prevotes nil.  On a polka for the proposal of round r it   *)
(* locks on v (lockedValue := v, lockedRound := r) and precommits v.  A    *)
(* validator decides v on 2F+1 precommits for v in one round.              *)
(*                                                                         *)
(* Model.  Honest validators vote at most once per round and type, and     *)
(* never in a round below one they have already voted in.  A proposal is   *)
(* one broadcast message per round, with any value and any valid round:    *)
(* an honest proposer's choice (its validValue and validRound) is one of   *)
(* them, and so is the choice of a Byzantine proposer that does not        *)
(* equivocate.  Since an honest validator only prevotes or precommits the  *)
(* value of the round's proposal, its votes are the sets of rounds it      *)
(* voted in; nil votes never count toward a value and are not recorded.    *)
(* The lock is the validator's latest precommit.  Byzantine validators     *)
(* vote for anything, so they count toward every quorum.                   *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    Validator,   \* all validators
    Byz,         \* the Byzantine ones
    Value,       \* the values that may be proposed
    MaxRound,    \* rounds are 0..MaxRound
    None         \* no proposal (yet) in a round

ASSUME /\ Byz \subseteq Validator
       /\ 3 * Cardinality(Byz) < Cardinality(Validator)
       /\ MaxRound \in Nat
       /\ None \notin [val : Value, vr : -1..MaxRound]

Round == 0..MaxRound
Honest == Validator \ Byz

(* More than two thirds of the validators. *)
Quorum == {Q \in SUBSET Validator : 3 * Cardinality(Q) > 2 * Cardinality(Validator)}

(* PROPOSAL messages: a value and a valid round (-1 for none). *)
Proposal == [val : Value, vr : -1..(MaxRound - 1)]

VARIABLES
    proposal,      \* proposal[r]: the proposal broadcast for round r, or None
    prevoted,      \* prevoted[n]: the rounds in which honest n prevoted the proposal's value
    precommitted   \* precommitted[n]: the rounds in which honest n precommitted (and locked on) it

vars == <<proposal, prevoted, precommitted>>

TypeOK ==
    /\ proposal \in [Round -> Proposal \cup {None}]
    /\ prevoted \in [Honest -> SUBSET Round]
    /\ precommitted \in [Honest -> SUBSET Round]

Max(S) == CHOOSE x \in S : \A y \in S : y <= x

(* The value proposed in round r (None if there is no proposal yet).       *)
ValueOf(r) == IF proposal[r] = None THEN None ELSE proposal[r].val

(* Validator n's lock: the round of its latest precommit and the value it  *)
(* precommitted then (-1 and None: unlocked).                              *)
LockedRound(n) == IF precommitted[n] = {} THEN -1 ELSE Max(precommitted[n])
LockedValue(n) == IF precommitted[n] = {} THEN None ELSE ValueOf(LockedRound(n))

(* Validator n has not voted in round r or in any later round.             *)
CanVoteIn(n, r) == \A s \in prevoted[n] \cup precommitted[n] : s < r

(* 2F+1 prevotes for the proposal of round r: every honest member of some  *)
(* quorum prevoted in r (the Byzantine members prevote as needed).         *)
PolkaAt(r) == \E Q \in Quorum : \A q \in Q \cap Honest : r \in prevoted[q]

(* 2F+1 precommits for the proposal of round r.                            *)
CommitAt(r) == \E Q \in Quorum : \A q \in Q \cap Honest : r \in precommitted[q]

Init ==
    /\ proposal = [r \in Round |-> None]
    /\ prevoted = [n \in Honest |-> {}]
    /\ precommitted = [n \in Honest |-> {}]

-----------------------------------------------------------------------------
(* The proposer of round r broadcasts PROPOSAL(r, v, vr).                  *)
Propose(r, v, vr) ==
    /\ proposal[r] = None
    /\ vr \in -1..(r - 1)
    /\ proposal' = [proposal EXCEPT ![r] = [val |-> v, vr |-> vr]]
    /\ UNCHANGED <<prevoted, precommitted>>

(* Honest n, in round r, prevotes for the proposal of round r: the         *)
(* proposal carries no valid round and n's lock allows its value, or it    *)
(* carries a valid round vr < r with a polka for its value and n's lock is *)
(* on that value or not later than vr.                                     *)
Prevote(n, r) ==
    LET p == proposal[r] IN
    /\ p # None
    /\ CanVoteIn(n, r)
    /\ \/ /\ p.vr = -1
          /\ LockedRound(n) = -1 \/ LockedValue(n) = p.val
       \/ /\ p.vr >= 0
          /\ p.vr < r
          /\ ValueOf(p.vr) = p.val
          /\ PolkaAt(p.vr)
          /\ LockedRound(n) <= p.vr \/ LockedValue(n) = p.val
    /\ prevoted' = [prevoted EXCEPT ![n] = @ \cup {r}]
    /\ UNCHANGED <<proposal, precommitted>>

(* Honest n, in round r, sees the proposal of round r and 2F+1 prevotes    *)
(* for it: it locks on the value (lockedRound := r) and precommits it.     *)
Precommit(n, r) ==
    /\ proposal[r] # None
    /\ PolkaAt(r)
    /\ r \notin precommitted[n]
    /\ \A s \in prevoted[n] \cup precommitted[n] : s <= r
    /\ precommitted' = [precommitted EXCEPT ![n] = @ \cup {r}]
    /\ UNCHANGED <<proposal, prevoted>>

Next ==
    \/ \E r \in Round, v \in Value, vr \in -1..(MaxRound - 1) : Propose(r, v, vr)
    \/ \E n \in Honest, r \in Round : Prevote(n, r) \/ Precommit(n, r)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* A validator decides v once it has the proposal of some round r for v    *)
(* and 2F+1 precommits for it in r.                                        *)
Decided(v) == \E r \in Round : ValueOf(r) = v /\ CommitAt(r)

(* Agreement: no two different values are decided.                         *)
Agreement == \A v, w \in Value : Decided(v) /\ Decided(w) => v = w
=============================================================================
