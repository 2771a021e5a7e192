------------------------ MODULE ZabBroadcast_Reference ------------------------
EXTENDS ZabBroadcast

(* A server has delivered only transactions that are in its log. *)
DeliveredInLog ==
    \A s \in Server : delivered[s] <= Len(log[s])

(* No log holds a proposal of an epoch later than its server's epoch. *)
NoFutureProposals ==
    \A s \in Server : \A i \in DOMAIN log[s] : log[s][i][1] <= epoch[s]

(***************************************************************************)
(* The epoch of any server has been established: a quorum, its leader      *)
(* among them, has reached it.                                             *)
(***************************************************************************)
EpochEstablished ==
    \A s \in Server :
       \E Q \in Quorum :
          /\ Leader(epoch[s]) \in Q
          /\ \A q \in Q : epoch[q] >= epoch[s]

(***************************************************************************)
(* While the leader of s's epoch leads it, log[s] is a prefix of the       *)
(* leader's log that holds the leader's whole initial history (its entries *)
(* of older epochs).                                                       *)
(***************************************************************************)
FollowerLogIsPrefix ==
    \A s \in Server :
       LET e == epoch[s]
           L == log[Leader(e)]
       IN  epoch[Leader(e)] = e =>
              /\ Len(log[s]) <= Len(L)
              /\ \A i \in DOMAIN log[s] : log[s][i] = L[i]
              /\ \A z \in Entries(L) : z[1] < e => z \in Entries(log[s])

(***************************************************************************)
(* A delivered transaction sits at the same position in the logs of a      *)
(* quorum.                                                                 *)
(***************************************************************************)
DeliveredOnQuorum ==
    \A s \in Server : \A i \in DOMAIN log[s] :
       i <= delivered[s] =>
          \E Q \in Quorum : \A q \in Q : i \in DOMAIN log[q] /\ log[q][i] = log[s][i]

IndRef ==
    /\ TypeOK
    /\ PrefixConsistency
    /\ DeliveredInLog
    /\ NoFutureProposals
    /\ EpochEstablished
    /\ FollowerLogIsPrefix
    /\ DeliveredOnQuorum
=============================================================================
