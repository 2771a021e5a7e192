---------------------- MODULE ConsumerGroupGenerations ----------------------
(***************************************************************************)
(* A Kafka-style consumer group coordinator with generations.              *)
(*                                                                         *)
(* The group coordinator owns the group's membership.  Whenever the        *)
(* membership changes (a consumer joins, leaves, or misses its session     *)
(* timeout) it rebalances: it starts a new generation, bumping the         *)
(* generation id, and installs a new assignment of partitions to           *)
(* consumers (computed by the group leader; any assignment is allowed     *)
(* here).  A consumer learns its partitions by (re)joining the group: the  *)
(* JoinGroup/SyncGroup round trip hands it the current generation id and   *)
(* its share of the current assignment.                                    *)
(*                                                                         *)
(* Consumers are slow: a rebalance does not wait for them, and a consumer  *)
(* that has not rejoined keeps working on the partitions of the            *)
(* generation it last joined.  Every OffsetCommit request carries the      *)
(* generation id the consumer joined with, and the coordinator rejects it  *)
(* (ILLEGAL_GENERATION) unless it is the current one; a rejected consumer  *)
(* drops its partitions and will rejoin.  The offset values themselves are *)
(* abstracted away: the coordinator's offset store records, for each       *)
(* partition, who made the last accepted commit and in which generation.   *)
(* A request that is delayed in the network behaves like one sent late by  *)
(* a slow consumer, so requests are not modelled separately.               *)
(*                                                                         *)
(* Safety: every accepted offset commit for a partition came from the      *)
(* consumer that owned the partition in the current generation when it was *)
(* accepted.  As the assignment is fixed within a generation, this says:   *)
(* the last accepted commit of a partition, if made in the current         *)
(* generation, is by the partition's current owner.                        *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Consumer,    \* the members of the group
    Partition,   \* the partitions the group consumes
    MaxGen,      \* the highest generation id in this model
    NoCommit     \* "no commit accepted for this partition yet"

ASSUME MaxGen >= 1

Gen == 1..MaxGen

(* A record of an accepted commit: by whom, in which generation. *)
CommitRecord == [consumer : Consumer, gen : Gen]

VARIABLES
    gen,         \* the coordinator's current generation id
    owner,       \* owner[p]: the consumer assigned p in generation gen
    memberGen,   \* memberGen[c]: the generation c last joined (0 = never)
    assigned,    \* assigned[c]: the partitions c believes it owns
    committed    \* committed[p]: the last accepted commit for p

vars == <<gen, owner, memberGen, assigned, committed>>

TypeOK ==
    /\ gen \in Gen
    /\ owner \in [Partition -> Consumer]
    /\ memberGen \in [Consumer -> 0..MaxGen]
    /\ assigned \in [Consumer -> SUBSET Partition]
    /\ committed \in [Partition -> CommitRecord \cup {NoCommit}]

(* The group has formed its first generation; no consumer has synced yet. *)
Init ==
    /\ gen = 1
    /\ owner \in [Partition -> Consumer]
    /\ memberGen = [c \in Consumer |-> 0]
    /\ assigned = [c \in Consumer |-> {}]
    /\ committed = [p \in Partition |-> NoCommit]

(* The membership changed: the coordinator starts a new generation with    *)
(* assignment a.  Consumers are not told; they find out when they rejoin.  *)
Rebalance(a) ==
    /\ gen < MaxGen
    /\ gen' = gen + 1
    /\ owner' = a
    /\ UNCHANGED <<memberGen, assigned, committed>>

(* Consumer c (re)joins: it gets the current generation id and its share *)
(* of the current assignment.                                           *)
Join(c) ==
    /\ memberGen[c] # gen
    /\ memberGen' = [memberGen EXCEPT ![c] = gen]
    /\ assigned' = [assigned EXCEPT ![c] = {p \in Partition : owner[p] = c}]
    /\ UNCHANGED <<gen, owner, committed>>

(* Consumer c commits its offset for p with its generation id; the       *)
(* coordinator accepts since the generation is current.                  *)
CommitAccepted(c, p) ==
    /\ p \in assigned[c]
    /\ memberGen[c] = gen
    /\ committed' = [committed EXCEPT ![p] = [consumer |-> c, gen |-> gen]]
    /\ UNCHANGED <<gen, owner, memberGen, assigned>>

(* Consumer c commits for p with a stale generation id; the coordinator *)
(* rejects it, and c gives up its partitions until it rejoins.           *)
CommitRejected(c, p) ==
    /\ p \in assigned[c]
    /\ memberGen[c] # gen
    /\ assigned' = [assigned EXCEPT ![c] = {}]
    /\ UNCHANGED <<gen, owner, memberGen, committed>>

Next ==
    \/ \E a \in [Partition -> Consumer] : Rebalance(a)
    \/ \E c \in Consumer :
          \/ Join(c)
          \/ \E p \in Partition : CommitAccepted(c, p) \/ CommitRejected(c, p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* A commit accepted in the current generation is by the partition's owner. *)
CommitsFromOwner ==
    \A p \in Partition :
        committed[p] # NoCommit /\ committed[p].gen = gen =>
            committed[p].consumer = owner[p]
=============================================================================
