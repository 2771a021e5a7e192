------------------------------ MODULE MenciusSkip ------------------------------
(***************************************************************************)
(* One instance of Mencius (Mao, Junqueira and Marzullo, "Mencius:         *)
(* Building Efficient Replicated State Machines for WANs", OSDI 2008),     *)
(* i.e. of its Coordinated Paxos.                                          *)
(*                                                                         *)
(* Mencius pre-assigns the instances of the replicated log round-robin to  *)
(* the servers: server i mod N coordinates instance i and is the only one  *)
(* that may suggest a client request for it.  Round 0 of an instance       *)
(* belongs to its coordinator, for which phase 1 is implicit: it suggests  *)
(* a request, or, with nothing to propose (e.g. because another server has *)
(* suggested in a higher instance), it skips the instance by suggesting    *)
(* no-op.  A skip is learned at once: a server that receives the           *)
(* coordinator's SKIP learns no-op without waiting for a majority, because *)
(* no other server may suggest anything but no-op.  When the coordinator   *)
(* seems to have failed, another server revokes the instance: it runs      *)
(* both phases of Paxos with a higher round, proposing the value accepted  *)
(* in the highest round reported by a majority, or no-op if none was.      *)
(* Otherwise a value is learned when a majority accepts it in one round.   *)
(*                                                                         *)
(* Model.  Agreement is per instance and the instances share no state that *)
(* matters for it, so this is one instance; Suggest and Skip are steps of  *)
(* its coordinator (the owner), and rounds 1..MaxBallot are revocation     *)
(* rounds led by other servers.  Every server is an acceptor.  An          *)
(* acceptor accepts the phase-2a value of a round, so its votes are        *)
(* recorded as the set of rounds it voted in.  Joining round b stands for  *)
(* the phase-1b message: the revoker reads the votes below b of a          *)
(* majority that has joined b.                                             *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    Server,     \* the servers, which are also the acceptors
    Value,      \* the client requests the owner may suggest
    NoOp,       \* a model value: the no-op of a skipped or revoked instance
    None,       \* a model value: no proposal
    MaxBallot   \* rounds are 0 (the owner's) and 1..MaxBallot (revocations)

ASSUME /\ NoOp \notin Value /\ None \notin Value /\ NoOp # None
       /\ MaxBallot \in Nat \ {0}

Ballot == 0..MaxBallot
Cmd == Value \cup {NoOp}

Majority == {Q \in SUBSET Server : 2 * Cardinality(Q) > Cardinality(Server)}

VARIABLES
    maxBal,     \* maxBal[a]: the highest round acceptor a has joined (round 0 at start)
    voted,      \* voted[a]: the rounds in which a has accepted that round's proposal
    prop        \* prop[b]: the phase-2a value of round b (round 0: the owner's
                \* suggestion, or NoOp for a skip), or None

vars == <<maxBal, voted, prop>>

TypeOK ==
    /\ maxBal \in [Server -> Ballot]
    /\ voted \in [Server -> SUBSET Ballot]
    /\ prop \in [Ballot -> Cmd \cup {None}]

Init ==
    /\ maxBal = [a \in Server |-> 0]
    /\ voted = [a \in Server |-> {}]
    /\ prop = [b \in Ballot |-> None]

-----------------------------------------------------------------------------
(* The owner suggests client request v in round 0.                         *)
Suggest(v) ==
    /\ prop[0] = None
    /\ prop' = [prop EXCEPT ![0] = v]
    /\ UNCHANGED <<maxBal, voted>>

(* The owner skips the instance: it suggests no-op in round 0 (SKIP).      *)
Skip ==
    /\ prop[0] = None
    /\ prop' = [prop EXCEPT ![0] = NoOp]
    /\ UNCHANGED <<maxBal, voted>>

(* Phase 1b: acceptor a receives the prepare of revocation round b above   *)
(* the rounds it has joined, joins b and reports its votes.                *)
Join(a, b) ==
    /\ b > maxBal[a]
    /\ maxBal' = [maxBal EXCEPT ![a] = b]
    /\ UNCHANGED <<voted, prop>>

(* The highest round below b in which a member of Q voted (-1: none).      *)
MaxVoted(Q, b) ==
    LET R == {k \in 0..(b - 1) : \E a \in Q : k \in voted[a]}
    IN  IF R = {} THEN -1 ELSE CHOOSE k \in R : \A j \in R : j <= k

(* Phase 2a of revocation round b: with the phase-1b messages of a         *)
(* majority Q, the revoker proposes the value of the highest round in      *)
(* which a member of Q voted, or no-op if none did.                        *)
Revoke(b) ==
    /\ b \in 1..MaxBallot
    /\ prop[b] = None
    /\ \E Q \in Majority :
          /\ \A a \in Q : maxBal[a] >= b
          /\ prop' = [prop EXCEPT ![b] =
                        IF MaxVoted(Q, b) = -1 THEN NoOp ELSE prop[MaxVoted(Q, b)]]
    /\ UNCHANGED <<maxBal, voted>>

(* Phase 2b: acceptor a accepts the proposal of round b, unless it has     *)
(* joined a higher round.                                                  *)
Accept(a, b) ==
    /\ prop[b] # None
    /\ maxBal[a] <= b
    /\ b \notin voted[a]
    /\ voted' = [voted EXCEPT ![a] = @ \cup {b}]
    /\ maxBal' = [maxBal EXCEPT ![a] = b]
    /\ UNCHANGED prop

Next ==
    \/ \E v \in Value : Suggest(v)
    \/ Skip
    \/ \E a \in Server, b \in Ballot : Join(a, b) \/ Accept(a, b)
    \/ \E b \in Ballot : Revoke(b)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* A server may learn c: a majority accepted c in one round, or c is no-op *)
(* and the owner skipped (a SKIP is learned on receipt).                   *)
Learnable(c) ==
    \/ \E b \in Ballot : prop[b] = c /\ \E Q \in Majority : \A a \in Q : b \in voted[a]
    \/ c = NoOp /\ prop[0] = NoOp

(* Agreement: no two servers learn different values for the instance.      *)
Agreement == \A c, d \in Cmd : Learnable(c) /\ Learnable(d) => c = d
=============================================================================
