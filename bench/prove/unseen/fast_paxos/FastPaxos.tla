------------------------------ MODULE FastPaxos ------------------------------
(***************************************************************************)
(* Single-decree Fast Paxos (Lamport, "Fast Paxos", Distributed Computing  *)
(* 19(2), 2006): a fast round followed by classic recovery rounds.         *)
(*                                                                         *)
(* Round 0 is fast: its coordinator has sent "any" (phase 1 of the first   *)
(* round can be skipped), so each acceptor votes for the first client      *)
(* proposal that reaches it, and a value is chosen when a fast quorum      *)
(* votes for it.  Concurrent proposals can collide, and then no value is   *)
(* chosen in round 0.  Rounds 1..MaxRound are classic: the coordinator     *)
(* gathers phase-1b messages from a classic quorum Q and picks a value by  *)
(* Lamport's rule: let k be the highest round below r in which a member of *)
(* Q voted and V the values they voted in k;                               *)
(*   - if there is no such k, any value;                                   *)
(*   - if k is classic, the value voted in k;                              *)
(*   - if k is fast and some w in V may have been chosen in k (O4(w): for  *)
(*     some fast quorum R, every acceptor of Q \cap R voted w in k), then  *)
(*     w, which is unique since a classic quorum and two fast quorums      *)
(*     always intersect;                                                   *)
(*   - otherwise any value.                                                *)
(* It sends the value in a phase-2a message; acceptors that have not       *)
(* joined a higher round vote for it, and a value is chosen in a classic   *)
(* round when a classic quorum votes for it.                               *)
(*                                                                         *)
(* Model.  An acceptor's state is its highest joined round maxBal and its  *)
(* votes, per round.  Joining round r is the acceptor's phase-1b message;  *)
(* the coordinator reads the votes below r of the acceptors that have      *)
(* joined, which is what their 1b messages reported since an acceptor      *)
(* never votes below its maxBal.  Client proposals are abstracted away: in *)
(* the fast round an acceptor may vote for any value.                      *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    Acceptor,        \* the acceptors
    Value,           \* the values clients may propose
    ClassicQuorum,   \* the quorums of the classic rounds
    FastQuorum,      \* the quorums of the fast round
    MaxRound,        \* rounds are 0 (fast) and 1..MaxRound (classic)
    None             \* no vote / no proposal

Quorum == ClassicQuorum \cup FastQuorum

ASSUME /\ Quorum \subseteq SUBSET Acceptor
       /\ \A Q1, Q2 \in Quorum : Q1 \cap Q2 # {}
       /\ \A Q \in Quorum, R1, R2 \in FastQuorum : Q \cap R1 \cap R2 # {}
       /\ MaxRound \in Nat \ {0}
       /\ None \notin Value

Round == 0..MaxRound
ClassicRound == 1..MaxRound

(* The quorums of round r. *)
QuorumOf(r) == IF r = 0 THEN FastQuorum ELSE ClassicQuorum

VARIABLES
    maxBal,     \* maxBal[a]: the highest round acceptor a has joined
    vote,       \* vote[a][r]: the value a voted for in round r, or None
    proposal    \* proposal[r]: the value of the phase-2a message of classic round r, or None

vars == <<maxBal, vote, proposal>>

TypeOK ==
    /\ maxBal \in [Acceptor -> Round]
    /\ vote \in [Acceptor -> [Round -> Value \cup {None}]]
    /\ proposal \in [ClassicRound -> Value \cup {None}]

Init ==
    /\ maxBal = [a \in Acceptor |-> 0]
    /\ vote = [a \in Acceptor |-> [r \in Round |-> None]]
    /\ proposal = [r \in ClassicRound |-> None]

-----------------------------------------------------------------------------
(* The coordinator's rule for round r, given the 1b messages of Q.         *)

(* The highest round below r in which some member of Q voted (-1: none).   *)
MaxVotedRound(Q, r) ==
    LET R == {k \in 0..(r - 1) : \E a \in Q : vote[a][k] # None}
    IN  IF R = {} THEN -1 ELSE CHOOSE k \in R : \A j \in R : j <= k

(* w may have been chosen in round k, as far as Q can tell: for some       *)
(* quorum R of round k, every acceptor of Q \cap R voted w in k.           *)
O4(Q, k, w) == \E R \in QuorumOf(k) : \A a \in Q \cap R : vote[a][k] = w

(* The coordinator of round r, with the 1b messages of Q, may propose v.   *)
Pickable(Q, r, v) ==
    LET k == MaxVotedRound(Q, r)
        V == {vote[a][k] : a \in {b \in Q : vote[b][k] # None}}
    IN  IF k = -1 THEN TRUE
        ELSE IF k \in ClassicRound THEN v \in V
        ELSE IF \E w \in V : O4(Q, k, w) THEN O4(Q, k, v)
        ELSE TRUE

-----------------------------------------------------------------------------
(* Fast round: acceptor a votes for the first client proposal v to reach   *)
(* it, unless it has joined a classic round.                               *)
FastVote(a, v) ==
    /\ maxBal[a] = 0
    /\ vote[a][0] = None
    /\ vote' = [vote EXCEPT ![a][0] = v]
    /\ UNCHANGED <<maxBal, proposal>>

(* Phase 1b: acceptor a receives the phase-1a message of round r > maxBal, *)
(* joins r and reports its votes.                                          *)
Phase1b(a, r) ==
    /\ r > maxBal[a]
    /\ maxBal' = [maxBal EXCEPT ![a] = r]
    /\ UNCHANGED <<vote, proposal>>

(* Phase 2a: the coordinator of classic round r has the 1b messages of a   *)
(* classic quorum Q and proposes a value allowed by the rule above.        *)
Phase2a(r, v) ==
    /\ proposal[r] = None
    /\ \E Q \in ClassicQuorum :
          /\ \A a \in Q : maxBal[a] >= r
          /\ Pickable(Q, r, v)
    /\ proposal' = [proposal EXCEPT ![r] = v]
    /\ UNCHANGED <<maxBal, vote>>

(* Phase 2b: acceptor a votes for the proposal of classic round r, unless  *)
(* it has joined a higher round.                                           *)
Phase2b(a, r) ==
    /\ proposal[r] # None
    /\ maxBal[a] <= r
    /\ vote[a][r] = None
    /\ vote' = [vote EXCEPT ![a][r] = proposal[r]]
    /\ maxBal' = [maxBal EXCEPT ![a] = r]
    /\ UNCHANGED proposal

Next ==
    \/ \E a \in Acceptor, v \in Value : FastVote(a, v)
    \/ \E a \in Acceptor, r \in ClassicRound : Phase1b(a, r) \/ Phase2b(a, r)
    \/ \E r \in ClassicRound, v \in Value : Phase2a(r, v)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* v is chosen: a quorum of some round voted for it in that round.         *)
Chosen(v) == \E r \in Round : \E Q \in QuorumOf(r) : \A a \in Q : vote[a][r] = v

(* Consistency: at most one value is chosen.                               *)
Consistency == \A v, w \in Value : Chosen(v) /\ Chosen(w) => v = w
=============================================================================
