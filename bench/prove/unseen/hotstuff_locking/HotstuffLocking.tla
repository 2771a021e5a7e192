-------------------------- MODULE HotstuffLocking --------------------------
(***************************************************************************)
(* Basic HotStuff (Yin, Malkhi, Reiter, Golan Gueta and Abraham,           *)
(* "HotStuff: BFT Consensus with Linearity and Responsiveness", PODC 2019, *)
(* Algorithm 2) for a single slot, with its locking rule.  There are       *)
(* N = 3F+1 replicas, at most F of them faulty; a quorum certificate (QC)  *)
(* carries N-F = 2F+1 votes of one type for one view.                      *)
(*                                                                         *)
(* In view v the leader proposes a node extending the node of its highQC   *)
(* (the highest prepareQC among the NEW-VIEW messages it collected) and    *)
(* sends it with justify = highQC.  Then, each phase in view v:            *)
(*  - PREPARE: a replica votes if safeNode(node, justify) holds: the node  *)
(*    extends the node of its lockedQC (safety rule) or                    *)
(*    justify.viewNumber > lockedQC.viewNumber (liveness rule);            *)
(*  - PRE-COMMIT: on a prepareQC of view v a replica stores it (prepareQC) *)
(*    and sends a pre-commit vote;                                         *)
(*  - COMMIT: on a precommitQC of view v a replica locks on it             *)
(*    (lockedQC := precommitQC) and sends a commit vote;                   *)
(*  - DECIDE: on a commitQC of view v the node is decided.                 *)
(* A replica votes only in its current view, and views only increase.      *)
(*                                                                         *)
(* Model.  Single slot: a node is a value, "extends" is equality of        *)
(* values, and the genesis node (no lock, justify view -1) is extended by  *)
(* every value.  A proposal is one message per view with a value and the   *)
(* view of its justify QC, which must be a prepareQC of that view for the  *)
(* same value (replicas check that the node extends justify.node); a       *)
(* faulty leader may pick any valid justify, an honest one picks its       *)
(* highQC, one of these choices.  Only honest replicas have state:         *)
(* stage[i][v] is the last phase in which i voted in view v (0 none,       *)
(* 1 prepare, 2 pre-commit, 3 commit).  A replica may skip a phase, e.g.   *)
(* vote pre-commit without having voted prepare, but only once the QC of   *)
(* the skipped phase exists, so counting it as a vote of that phase never  *)
(* creates a QC.  Its lock is its latest commit vote.  Having voted in a   *)
(* later view means having moved past v.  Faulty replicas vote for         *)
(* anything, so they count toward every QC.                                *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    Replica,    \* all replicas
    Byz,        \* the faulty ones
    Value,      \* the values (commands) that may be proposed
    MaxView,    \* views are 0..MaxView
    None        \* no proposal (yet) in a view

ASSUME /\ Byz \subseteq Replica
       /\ 3 * Cardinality(Byz) < Cardinality(Replica)
       /\ MaxView \in Nat
       /\ None \notin [val : Value, justify : -1..(MaxView - 1)]

View == 0..MaxView
Honest == Replica \ Byz

(* N - F votes: more than two thirds of the replicas. *)
Quorum == {Q \in SUBSET Replica : 3 * Cardinality(Q) > 2 * Cardinality(Replica)}

(* Phases, as the last phase a replica voted in within a view. *)
Prepare == 1
PreCommit == 2
Commit == 3

(* A proposal: a value and the view of its justify QC (-1: genesis). *)
Proposal == [val : Value, justify : -1..(MaxView - 1)]

VARIABLES
    proposal,   \* proposal[v]: the leader's proposal in view v, or None
    stage       \* stage[i][v]: the last phase in which honest i voted in view v

vars == <<proposal, stage>>

TypeOK ==
    /\ proposal \in [View -> Proposal \cup {None}]
    /\ stage \in [Honest -> [View -> 0..3]]

Max(S) == CHOOSE x \in S : \A y \in S : y <= x

(* The value proposed in view v (None if there is no proposal).            *)
ValueOf(v) == IF proposal[v] = None THEN None ELSE proposal[v].val

(* A QC of phase p in view v: every honest member of some quorum voted in  *)
(* phase p (or later) of v; the faulty members vote as needed.             *)
QC(v, p) == \E Q \in Quorum : \A q \in Q \cap Honest : stage[q][v] >= p

(* Replica i's lockedQC: the view of its latest commit vote (-1: genesis)  *)
(* and the value of that view.                                             *)
LockedView(i) ==
    LET L == {v \in View : stage[i][v] = Commit}
    IN  IF L = {} THEN -1 ELSE Max(L)
LockedValue(i) == IF LockedView(i) = -1 THEN None ELSE ValueOf(LockedView(i))

(* i is still in view v or before: it has not voted in a later view.       *)
InView(i, v) == \A w \in View : w > v => stage[i][w] = 0

(* safeNode: the proposal of view v extends i's locked node, or its        *)
(* justify QC is from a view above i's lock.                               *)
SafeNode(i, v) ==
    \/ LockedView(i) = -1
    \/ proposal[v].val = LockedValue(i)
    \/ proposal[v].justify > LockedView(i)

Init ==
    /\ proposal = [v \in View |-> None]
    /\ stage = [i \in Honest |-> [v \in View |-> 0]]

-----------------------------------------------------------------------------
(* The leader of view v proposes d with a justify QC of view j: genesis    *)
(* (j = -1), or a prepareQC of view j < v whose node d extends.            *)
Propose(v, d, j) ==
    /\ proposal[v] = None
    /\ j \in -1..(v - 1)
    /\ IF j = -1 THEN TRUE ELSE ValueOf(j) = d /\ QC(j, Prepare)
    /\ proposal' = [proposal EXCEPT ![v] = [val |-> d, justify |-> j]]
    /\ UNCHANGED stage

(* PREPARE phase: honest i, in view v, votes for the proposal if safeNode  *)
(* holds.                                                                  *)
VotePrepare(i, v) ==
    /\ proposal[v] # None
    /\ stage[i][v] = 0
    /\ InView(i, v)
    /\ SafeNode(i, v)
    /\ stage' = [stage EXCEPT ![i][v] = Prepare]
    /\ UNCHANGED proposal

(* PRE-COMMIT phase: honest i receives the prepareQC of view v and sends a *)
(* pre-commit vote.                                                        *)
VotePreCommit(i, v) ==
    /\ proposal[v] # None
    /\ stage[i][v] < PreCommit
    /\ InView(i, v)
    /\ QC(v, Prepare)
    /\ stage' = [stage EXCEPT ![i][v] = PreCommit]
    /\ UNCHANGED proposal

(* COMMIT phase: honest i receives the precommitQC of view v, locks on it  *)
(* and sends a commit vote.                                                *)
VoteCommit(i, v) ==
    /\ proposal[v] # None
    /\ stage[i][v] < Commit
    /\ InView(i, v)
    /\ QC(v, PreCommit)
    /\ stage' = [stage EXCEPT ![i][v] = Commit]
    /\ UNCHANGED proposal

Next ==
    \/ \E v \in View, d \in Value, j \in -1..(MaxView - 1) : Propose(v, d, j)
    \/ \E i \in Honest, v \in View :
          VotePrepare(i, v) \/ VotePreCommit(i, v) \/ VoteCommit(i, v)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* DECIDE: d is decided once a commitQC exists for a view proposing d.     *)
Decided(d) == \E v \in View : ValueOf(v) = d /\ QC(v, Commit)

(* Agreement: no two different values are decided.                         *)
Agreement == \A d, e \in Value : Decided(d) /\ Decided(e) => d = e
=============================================================================
