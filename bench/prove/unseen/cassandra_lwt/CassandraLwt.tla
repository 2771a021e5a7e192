---------------------------- MODULE CassandraLwt ----------------------------
(***************************************************************************)
(* Lightweight transactions of Apache Cassandra (Paxos "v1", CASSANDRA-5062 *)
(* and StorageProxy.cas): a compare-and-set on one cell runs a Paxos round  *)
(* among the cell's replicas, with quorums of a majority.                  *)
(*                                                                         *)
(* Each replica keeps, for the partition, the highest ballot it promised,  *)
(* the latest proposal it accepted (its in-progress proposal) and the most *)
(* recent commit it applied.  A proposer with a fresh ballot b             *)
(*  1. prepare/promise: sends prepare(b); a replica that has promised no   *)
(*     higher ballot promises b and replies with its accepted proposal and *)
(*     its most recent commit;                                             *)
(*  2. with promises from a quorum Q:                                      *)
(*     - if the latest proposal accepted in Q is more recent than the most *)
(*       recent commit in Q, it is in progress: the proposer must finish   *)
(*       it first, re-proposing its value with ballot b and committing it  *)
(*       (then it retries its own operation with a new ballot);            *)
(*     - else, if a replica of Q is missing the most recent commit, the    *)
(*       proposer repairs it by sending it that commit, and retries;       *)
(*     - else it reads the cell at a quorum and evaluates the condition;   *)
(*  3. propose/accept: if the condition holds it proposes its update with  *)
(*     ballot b; a replica that has promised no higher ballot accepts it;  *)
(*  4. commit: once a quorum has accepted, it sends commit; a replica      *)
(*     applies the update and records it as its most recent commit.        *)
(*                                                                         *)
(* The operation is INSERT ... IF NOT EXISTS on one cell: the condition    *)
(* holds iff the read sees no committed value, and the update writes the   *)
(* client's value.  Ballots (timeuuids in Cassandra) are 1..MaxBallot, one *)
(* CAS attempt each; retries with a new ballot beyond MaxBallot are left   *)
(* out.  The proposal of ballot b is prop[b] and acceptedBy[b] is the set  *)
(* of replicas that accepted it, so a replica's in-progress proposal is    *)
(* the one of the highest ballot it accepted.  A replica that promised b   *)
(* accepts nothing below b afterwards, so the proposer reads the accepted  *)
(* proposals below b of its quorum from the replicas' state; its prepare   *)
(* results, its quorum read and its proposal are one step.                 *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Replica,     \* the replicas of the cell
    Value,       \* the values clients insert
    MaxBallot,   \* ballots are 1..MaxBallot
    None         \* a model value: no proposal

Ballot == 1..MaxBallot

(* Quorums: majorities of the replicas (QUORUM / SERIAL consistency).      *)
Quorum == {Q \in SUBSET Replica : 2 * Cardinality(Q) > Cardinality(Replica)}

ASSUME None \notin Value /\ MaxBallot \in Nat \ {0}

VARIABLES
    promised,     \* promised[r]: the highest ballot replica r has promised (0: none)
    acceptedBy,   \* acceptedBy[b]: the replicas that accepted the proposal of ballot b
    prop,         \* prop[b]: the value proposed with ballot b, or None
    mrc           \* mrc[r]: the ballot of the most recent commit r applied (0: none)

vars == <<promised, acceptedBy, prop, mrc>>

TypeOK ==
    /\ promised \in [Replica -> 0..MaxBallot]
    /\ acceptedBy \in [Ballot -> SUBSET Replica]
    /\ prop \in [Ballot -> Value \cup {None}]
    /\ mrc \in [Replica -> 0..MaxBallot]

Init ==
    /\ promised = [r \in Replica |-> 0]
    /\ acceptedBy = [b \in Ballot |-> {}]
    /\ prop = [b \in Ballot |-> None]
    /\ mrc = [r \in Replica |-> 0]

Max(S) == CHOOSE m \in S : \A n \in S : n <= m

(* The most recent commit among the replies of Q.                          *)
LastCommit(Q) == Max({mrc[q] : q \in Q})

(* The in-progress proposal seen by the proposer of ballot b with the      *)
(* promises of Q: the highest ballot below b accepted in Q, if it is more  *)
(* recent than the most recent commit in Q; 0 if there is none.            *)
InProgress(Q, b) ==
    LET c == Max({0} \cup {d \in 1..(b - 1) : acceptedBy[d] \cap Q # {}})
    IN  IF c > LastCommit(Q) THEN c ELSE 0

(* Some replica of Q has not applied the most recent commit seen in Q.     *)
MissingCommit(Q) == \E q \in Q : mrc[q] < LastCommit(Q)

(* The value of replica r's copy of the cell: the update of its most       *)
(* recent commit.                                                          *)
Cell(r) == prop[mrc[r]]

-----------------------------------------------------------------------------
(* Replica r receives prepare(b) and promises b.                           *)
Promise(r, b) ==
    /\ promised[r] < b
    /\ promised' = [promised EXCEPT ![r] = b]
    /\ UNCHANGED <<acceptedBy, prop, mrc>>

(* The proposer of ballot b has promises from Q and sees an in-progress    *)
(* proposal: it re-proposes that proposal's value with ballot b.           *)
ProposeInProgress(b, Q) ==
    /\ prop[b] = None
    /\ \A q \in Q : promised[q] >= b
    /\ InProgress(Q, b) # 0
    /\ prop' = [prop EXCEPT ![b] = prop[InProgress(Q, b)]]
    /\ UNCHANGED <<promised, acceptedBy, mrc>>

(* The proposer of ballot b has promises from Q, nothing is in progress    *)
(* and every replica of Q has the most recent commit; its quorum read of R *)
(* finds the cell empty, so the condition holds and it proposes its        *)
(* client's value v with ballot b.                                         *)
ProposeOwn(b, Q, R, v) ==
    /\ prop[b] = None
    /\ \A q \in Q : promised[q] >= b
    /\ InProgress(Q, b) = 0
    /\ ~MissingCommit(Q)
    /\ \A r \in R : mrc[r] = 0
    /\ prop' = [prop EXCEPT ![b] = v]
    /\ UNCHANGED <<promised, acceptedBy, mrc>>

(* Replica r receives propose(b) and accepts it, having promised no higher *)
(* ballot.                                                                 *)
Accept(r, b) ==
    /\ prop[b] # None
    /\ promised[r] <= b
    /\ r \notin acceptedBy[b]
    /\ acceptedBy' = [acceptedBy EXCEPT ![b] = @ \cup {r}]
    /\ promised' = [promised EXCEPT ![r] = b]
    /\ UNCHANGED <<prop, mrc>>

(* Replica r receives commit(b), sent by the proposer of b once a quorum   *)
(* accepted or by a later proposer repairing r, and applies it if it is    *)
(* more recent than its most recent commit.                                *)
Commit(r, b) ==
    /\ \E Q \in Quorum : Q \subseteq acceptedBy[b]
    /\ mrc[r] < b
    /\ mrc' = [mrc EXCEPT ![r] = b]
    /\ UNCHANGED <<promised, acceptedBy, prop>>

Next ==
    \/ \E r \in Replica, b \in Ballot : Promise(r, b) \/ Accept(r, b) \/ Commit(r, b)
    \/ \E b \in Ballot, Q \in Quorum : ProposeInProgress(b, Q)
    \/ \E b \in Ballot, Q, R \in Quorum, v \in Value : ProposeOwn(b, Q, R, v)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Linearizable compare-and-set: the insert takes effect at most once, so  *)
(* no two replicas commit different values to the cell.                    *)
LinearizableCas ==
    \A r, s \in Replica :
        mrc[r] # 0 /\ mrc[s] # 0 => Cell(r) = Cell(s)
=============================================================================
