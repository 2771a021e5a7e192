----------------------------- MODULE PaxosSynod -----------------------------
(***************************************************************************)
(* The synod protocol of Paxos: single-decree consensus among acceptors.   *)
(*                                                                         *)
(* Ballots are numbered; the leader of a ballot tries to get one value     *)
(* accepted by a quorum of acceptors (any two quorums intersect).  Each    *)
(* acceptor a keeps                                                        *)
(*   maxBal[a]  - the highest ballot it has joined (promised),             *)
(*   maxVBal[a] - the highest ballot in which it accepted a value          *)
(*                (-1 if none),                                            *)
(*   maxVal[a]  - the value it accepted in ballot maxVBal[a]               *)
(*                (None if none).                                          *)
(*                                                                         *)
(* Phase 1: an acceptor that receives the 1a message of a ballot b higher  *)
(* than maxBal joins b, promising to accept nothing in lower ballots, and  *)
(* its 1b reply reports maxVBal and maxVal.  Phase 2: the leader of b      *)
(* waits for the reports of a quorum.  If none of them accepted anything   *)
(* it may propose any value; otherwise it must propose the value accepted  *)
(* in the highest ballot among the reports.  It sends a single 2a message  *)
(* (b, v); an acceptor that has not joined a higher ballot accepts it and  *)
(* says so (2b).  A value is chosen when a quorum of acceptors have        *)
(* accepted it in one ballot; a learner that sees this learns the value.   *)
(*                                                                         *)
(* What is modelled.  The 2a messages form a set that only grows, so a     *)
(* proposal can be delivered late, more than once or never (message loss)  *)
(* and acceptors act in any order while ballots overlap (duelling          *)
(* leaders).  Phase 1 of the lowest ballot is skipped, as usual, since any *)
(* value is safe in it: acceptors start in ballot 0.  To keep the model    *)
(* small the 1a, 1b and 2b messages are not separate variables: joining a  *)
(* ballot stands for receiving its 1a; the leader reads the reports of a   *)
(* quorum of acceptors that are still in its ballot and have not accepted  *)
(* in it, which are exactly what their 1b messages said; and the learner   *)
(* reads the acceptors' latest acceptances, which their 2b messages carry. *)
(*                                                                         *)
(* Safety: at most one value is ever chosen.                               *)
(***************************************************************************)
EXTENDS Integers

CONSTANTS
    Acceptor,   \* the acceptors
    Value,      \* the values that may be proposed
    Quorum,     \* the quorums: sets of acceptors, any two of which intersect
    MaxBallot,  \* ballots are 0..MaxBallot
    None        \* no value

ASSUME /\ Quorum \subseteq SUBSET Acceptor
       /\ \A Q1, Q2 \in Quorum : Q1 \cap Q2 # {}
       /\ None \notin Value

Ballot == 0..MaxBallot

VARIABLES
    maxBal,     \* maxBal[a]: the highest ballot acceptor a has joined
    maxVBal,    \* maxVBal[a]: the highest ballot in which a accepted a value
    maxVal,     \* maxVal[a]: the value a accepted in ballot maxVBal[a]
    proposals,  \* the 2a messages sent by leaders
    chosen      \* the values learned as chosen

vars == << maxBal, maxVBal, maxVal, proposals, chosen >>

TypeOK ==
    /\ maxBal \in [Acceptor -> Ballot]
    /\ maxVBal \in [Acceptor -> Ballot \cup {-1}]
    /\ maxVal \in [Acceptor -> Value \cup {None}]
    /\ proposals \in SUBSET [bal : Ballot, val : Value]
    /\ chosen \in SUBSET Value

Init ==
    /\ maxBal = [a \in Acceptor |-> 0]
    /\ maxVBal = [a \in Acceptor |-> -1]
    /\ maxVal = [a \in Acceptor |-> None]
    /\ proposals = {}
    /\ chosen = {}

(* Phase 1b: acceptor a receives the 1a message of a higher ballot b,      *)
(* joins it and replies with its maxVBal and maxVal.                       *)
Phase1b(a, b) ==
    /\ maxBal[a] < b
    /\ maxBal' = [maxBal EXCEPT ![a] = b]
    /\ UNCHANGED << maxVBal, maxVal, proposals, chosen >>

(* v may be proposed in a ballot whose 1b reports came from quorum Q: no   *)
(* member of Q has accepted anything, or v was accepted by a member of Q   *)
(* in the highest ballot in which any member of Q accepted a value.        *)
ShowsSafe(Q, v) ==
    \/ \A a \in Q : maxVBal[a] = -1
    \/ \E a \in Q : /\ maxVBal[a] # -1
                    /\ maxVal[a] = v
                    /\ \A a2 \in Q : maxVBal[a2] <= maxVBal[a]

(* Phase 2a: the leader of ballot b, which has not proposed yet, has the   *)
(* 1b reports of a quorum still in ballot b, and proposes a safe value v.  *)
Phase2a(b, v) ==
    /\ \A m \in proposals : m.bal # b
    /\ \E Q \in Quorum : /\ \A a \in Q : maxBal[a] = b
                         /\ ShowsSafe(Q, v)
    /\ proposals' = proposals \cup {[bal |-> b, val |-> v]}
    /\ UNCHANGED << maxBal, maxVBal, maxVal, chosen >>

(* Phase 2b: acceptor a accepts the proposal m unless it has joined a      *)
(* higher ballot.                                                          *)
Phase2b(a, m) ==
    /\ maxBal[a] <= m.bal
    /\ maxBal' = [maxBal EXCEPT ![a] = m.bal]
    /\ maxVBal' = [maxVBal EXCEPT ![a] = m.bal]
    /\ maxVal' = [maxVal EXCEPT ![a] = m.val]
    /\ UNCHANGED << proposals, chosen >>

(* A learner learns that v is chosen: a quorum accepted v in one ballot.   *)
Learn(v) ==
    /\ \E b \in Ballot, Q \in Quorum :
          \A a \in Q : maxVBal[a] = b /\ maxVal[a] = v
    /\ chosen' = chosen \cup {v}
    /\ UNCHANGED << maxBal, maxVBal, maxVal, proposals >>

Next ==
    \/ \E a \in Acceptor, b \in Ballot : Phase1b(a, b)
    \/ \E b \in Ballot, v \in Value : Phase2a(b, v)
    \/ \E a \in Acceptor, m \in proposals : Phase2b(a, m)
    \/ \E v \in Value : Learn(v)

Spec == Init /\ [][Next]_vars

(* Safety: no two different values are chosen.                             *)
AtMostOneChosen ==
    \A v, w \in chosen : v = w

=============================================================================
