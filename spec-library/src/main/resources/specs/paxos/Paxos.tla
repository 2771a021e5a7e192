-------------------------------- MODULE Paxos --------------------------------
(***************************************************************************)
(* Single-decree Paxos (Lamport, "The Part-Time Parliament", 1998, and     *)
(* "Paxos Made Simple", 2001).                                             *)
(*                                                                         *)
(* A set of acceptors must agree on a single value.  Proposers run         *)
(* numbered ballots.  A ballot has two phases:                             *)
(*                                                                         *)
(*   Phase 1a (Prepare):  the proposer of ballot b asks the acceptors to   *)
(*                        promise to ignore every ballot below b.          *)
(*   Phase 1b (Promise):  an acceptor that has not promised a ballot >= b  *)
(*                        promises b and reports the highest-numbered      *)
(*                        ballot in which it has voted and for what value. *)
(*   Phase 2a (Propose):  once a quorum has promised b, the proposer picks *)
(*                        the value voted for in the highest ballot those  *)
(*                        promises report (any value if none voted) and    *)
(*                        asks the acceptors to accept it in ballot b.     *)
(*   Phase 2b (Accept):   an acceptor that has not promised a ballot above *)
(*                        b votes for the proposed value in ballot b.      *)
(*                                                                         *)
(* A value is chosen when a quorum (a majority) of acceptors has voted for *)
(* it in the same ballot.  The safety requirement is that at most one      *)
(* value is ever chosen, whatever the number of competing proposers.       *)
(*                                                                         *)
(* Failures modelled.  Every message ever sent stays in the set msgs and   *)
(* no process is ever obliged to act on a message, so the network may      *)
(*   - lose a message      (it is simply never received),                 *)
(*   - duplicate it        (it can be received again and again),           *)
(*   - reorder and delay   (messages are received in any order).           *)
(* Processes may crash: a proposer can stop at any point of its ballot,    *)
(* and an acceptor can stop for ever.  An acceptor that crashes and later  *)
(* recovers with its state on stable storage is indistinguishable from a   *)
(* slow one, so it needs no extra action.  Competing proposers are         *)
(* modelled by letting the phases of all ballots interleave freely.        *)
(*                                                                         *)
(* Ballots are the numbers 0..MaxBallot so that the model is finite.  As   *)
(* in Paxos, each ballot belongs to exactly one proposer; that proposer is *)
(* not named, it is identified with its ballot number.                     *)
(***************************************************************************)
EXTENDS Integers, FiniteSets, TLC

CONSTANTS
    Value,      \* the values that may be proposed
    Acceptor,   \* the acceptors
    MaxBallot,  \* ballots are 0..MaxBallot
    None        \* "no value": reported by an acceptor that has never voted

ASSUME /\ MaxBallot \in Nat
       /\ Acceptor # {}
       /\ None \notin Value

Ballot == 0..MaxBallot

(* A quorum is any majority of the acceptors; any two quorums intersect.   *)
Quorum == {Q \in SUBSET Acceptor : 2 * Cardinality(Q) > Cardinality(Acceptor)}

(* The messages of the protocol, one record type per phase.                *)
Message ==
         [type : {"1a"}, bal : Ballot]
    \cup [type : {"1b"}, acc : Acceptor, bal : Ballot,
          mbal : Ballot \cup {-1}, mval : Value \cup {None}]
    \cup [type : {"2a"}, bal : Ballot, val : Value]
    \cup [type : {"2b"}, acc : Acceptor, bal : Ballot, val : Value]

VARIABLES
    maxBal,   \* maxBal[a]:  the highest ballot acceptor a has promised (-1: none)
    maxVBal,  \* maxVBal[a]: the highest ballot in which a has voted (-1: none)
    maxVal,   \* maxVal[a]:  the value a voted for in ballot maxVBal[a]
    msgs      \* every message sent so far

vars == <<maxBal, maxVBal, maxVal, msgs>>

TypeOK ==
    /\ maxBal  \in [Acceptor -> Ballot \cup {-1}]
    /\ maxVBal \in [Acceptor -> Ballot \cup {-1}]
    /\ maxVal  \in [Acceptor -> Value \cup {None}]
    /\ msgs \subseteq Message

-----------------------------------------------------------------------------
(* Vocabulary: votes and chosen values.                                    *)

(* Acceptor a voted for value v in ballot b.                               *)
VotedFor(a, b, v) == [type |-> "2b", acc |-> a, bal |-> b, val |-> v] \in msgs

(* Value v is chosen in ballot b: a quorum voted for it in ballot b.       *)
ChosenIn(b, v) == \E Q \in Quorum : \A a \in Q : VotedFor(a, b, v)

(* The set of values chosen so far.                                        *)
Chosen == {v \in Value : \E b \in Ballot : ChosenIn(b, v)}

(* Acceptor a can no longer vote in ballot b: it promised a higher ballot  *)
(* and has not voted in b.                                                 *)
WontVoteIn(a, b) == /\ maxBal[a] > b
                    /\ \A v \in Value : ~ VotedFor(a, b, v)

(* Value v is safe at ballot b: no value other than v has been or can      *)
(* still be chosen in any ballot below b.                                  *)
SafeAt(b, v) ==
    \A c \in 0..(b - 1) :
        \E Q \in Quorum : \A a \in Q : VotedFor(a, c, v) \/ WontVoteIn(a, c)

-----------------------------------------------------------------------------
Init ==
    /\ maxBal  = [a \in Acceptor |-> -1]
    /\ maxVBal = [a \in Acceptor |-> -1]
    /\ maxVal  = [a \in Acceptor |-> None]
    /\ msgs = {}

Send(m) == msgs' = msgs \cup {m}

(* Phase 1a.  The proposer of ballot b starts it by sending a prepare      *)
(* request to the acceptors.  A ballot is started at most once.            *)
Prepare(b) ==
    /\ ~ \E m \in msgs : m.type = "1a" /\ m.bal = b
    /\ Send([type |-> "1a", bal |-> b])
    /\ UNCHANGED <<maxBal, maxVBal, maxVal>>

(* Phase 1b.  Acceptor a receives a prepare request for a ballot higher    *)
(* than any it has promised.  It promises that ballot and reports its      *)
(* most recent vote (ballot and value) to the proposer.                    *)
Promise(a) ==
    \E m \in msgs :
        /\ m.type = "1a"
        /\ m.bal > maxBal[a]
        /\ maxBal' = [maxBal EXCEPT ![a] = m.bal]
        /\ Send([type |-> "1b", acc |-> a, bal |-> m.bal,
                 mbal |-> maxVBal[a], mval |-> maxVal[a]])
        /\ UNCHANGED <<maxVBal, maxVal>>

(* Phase 2a.  The proposer of ballot b has promises for b from a quorum Q. *)
(* If no acceptor of Q has voted, it may propose any value v; otherwise it *)
(* must propose the value of the highest-ballot vote reported by Q.  It    *)
(* proposes only one value per ballot.                                     *)
Propose(b, v) ==
    /\ ~ \E m \in msgs : m.type = "2a" /\ m.bal = b
    /\ \E Q \in Quorum :
         LET Q1b  == {m \in msgs : m.type = "1b" /\ m.bal = b /\ m.acc \in Q}
             Q1bv == {m \in Q1b : m.mbal >= 0}
         IN  /\ \A a \in Q : \E m \in Q1b : m.acc = a
             /\ \/ Q1bv = {}
                \/ \E m \in Q1bv : /\ m.mval = v
                                   /\ \A mm \in Q1bv : m.mbal >= mm.mbal
    /\ Send([type |-> "2a", bal |-> b, val |-> v])
    /\ UNCHANGED <<maxBal, maxVBal, maxVal>>

(* Phase 2b.  Acceptor a receives an accept request for ballot b.  If it   *)
(* has not promised any ballot above b, it votes for the proposed value in *)
(* ballot b (which also counts as a promise of b) and announces its vote.  *)
Accept(a) ==
    \E m \in msgs :
        /\ m.type = "2a"
        /\ m.bal >= maxBal[a]
        /\ maxBal'  = [maxBal  EXCEPT ![a] = m.bal]
        /\ maxVBal' = [maxVBal EXCEPT ![a] = m.bal]
        /\ maxVal'  = [maxVal  EXCEPT ![a] = m.val]
        /\ Send([type |-> "2b", acc |-> a, bal |-> m.bal, val |-> m.val])

Next ==
    \/ \E b \in Ballot : Prepare(b)
    \/ \E b \in Ballot, v \in Value : Propose(b, v)
    \/ \E a \in Acceptor : Promise(a)
    \/ \E a \in Acceptor : Accept(a)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Liveness.  Paxos cannot guarantee progress while proposers keep         *)
(* pre-empting each other (the FLP result).  It does guarantee progress    *)
(* once a single proposer runs the highest ballot undisturbed and a quorum *)
(* of acceptors stays up and receives its messages.  FairSpec states that  *)
(* assumption: the proposer of ballot MaxBallot eventually prepares and    *)
(* proposes, and the acceptors of one quorum, LiveQuorum, eventually act   *)
(* on the messages they can act on.  The other acceptors may crash, and    *)
(* the other proposers may stop at any point.                              *)

LiveQuorum == CHOOSE Q \in Quorum : TRUE

FairSpec ==
    /\ Spec
    /\ WF_vars(Prepare(MaxBallot))
    /\ WF_vars(\E v \in Value : Propose(MaxBallot, v))
    /\ \A a \in LiveQuorum : WF_vars(Promise(a)) /\ WF_vars(Accept(a))

(* Under FairSpec some value is eventually chosen.                         *)
EventuallyChosen == <>(Chosen # {})

-----------------------------------------------------------------------------
(* Safety.                                                                 *)

(* The requirement: at most one value is ever chosen.                      *)
AtMostOneValueChosen == \A v, w \in Chosen : v = w

(* A proposer proposes at most one value in its ballot.                    *)
OneValuePerBallot ==
    \A m1, m2 \in msgs :
        (m1.type = "2a" /\ m2.type = "2a" /\ m1.bal = m2.bal)
            => m1.val = m2.val

(* Promises are kept: once an acceptor has promised ballot b, it never     *)
(* votes in a ballot below b except for votes it already reported in that  *)
(* promise.                                                                *)
PromisesKept ==
    \A m1, m2 \in msgs :
        (/\ m1.type = "1b" /\ m2.type = "2b"
         /\ m1.acc = m2.acc /\ m2.bal < m1.bal) => m2.bal <= m1.mbal

(* An acceptor never votes above what it has promised.                     *)
VoteWithinPromise == \A a \in Acceptor : maxVBal[a] <= maxBal[a]

(* Every vote is for a value that is safe at its ballot: the heart of the  *)
(* correctness argument, from which AtMostOneValueChosen follows.          *)
VotesSafe ==
    \A a \in Acceptor, b \in Ballot, v \in Value :
        VotedFor(a, b, v) => SafeAt(b, v)

-----------------------------------------------------------------------------
(* Symmetry: acceptors and values are interchangeable.                     *)
Perms == Permutations(Acceptor) \cup Permutations(Value)

=============================================================================
