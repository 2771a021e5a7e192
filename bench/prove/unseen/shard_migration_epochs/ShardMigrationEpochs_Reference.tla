-------------------- MODULE ShardMigrationEpochs_Reference --------------------
(***************************************************************************)
(* Hand-written inductive invariant for ShardMigrationEpochs, used only to *)
(* check that the benchmark has one.                                       *)
(***************************************************************************)
EXTENDS ShardMigrationEpochs

\* A state message its addressee has not yet acted on (and would accept).
InTransit(m) == m.type = "state" /\ epoch[m.to] < m.epoch

\* While the shard's state is in transit, no server serves it.
NoServingInTransit ==
    \A m \in msgs : InTransit(m) => \A s \in Server : ~serving[s]

\* State in transit carries an epoch at least as new as every server's.
TransitIsNewest ==
    \A m \in msgs : InTransit(m) => \A s \in Server : epoch[s] <= m.epoch

\* At most one state message is in transit.
SingleTransit ==
    \A m1, m2 \in msgs : (InTransit(m1) /\ InTransit(m2)) => m1 = m2

IndRef ==
    /\ TypeOK
    /\ ExclusiveServingAtLatestEpoch
    /\ NoServingInTransit
    /\ TransitIsNewest
    /\ SingleTransit

=============================================================================
