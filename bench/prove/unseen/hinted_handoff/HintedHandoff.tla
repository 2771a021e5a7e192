---------------------------- MODULE HintedHandoff ----------------------------
(***************************************************************************)
(* A Dynamo-style sloppy-quorum write with hinted handoff, for one write   *)
(* of one key.                                                             *)
(*                                                                         *)
(* The key's preference list Pref holds its N replicas; the next node on   *)
(* the ring, Fallback, stands in for a replica that does not respond.  The *)
(* coordinator sends the write to every node of Pref and acknowledges it   *)
(* to the client once W nodes have acknowledged storing it.  If a replica  *)
(* r has not acknowledged and the coordinator times out on it, it gives    *)
(* r's copy to Fallback together with a hint naming r, and from then on    *)
(* ignores r's acknowledgements: r's place in the quorum is taken by       *)
(* Fallback.  Fallback keeps hinted copies apart from its own data and,    *)
(* when r is reachable again, hands the copy off to r; it deletes the hint *)
(* only once r has stored the write.  There is one fallback, so at most    *)
(* one replica can be replaced.                                            *)
(*                                                                         *)
(* Modelled faults: acknowledgements may be lost; puts are retransmitted   *)
(* until acknowledged, so a replica may store the write at any time, also  *)
(* long after the coordinator gave up on it; timeouts are unreliable (the  *)
(* coordinator may give up on a replica that is merely slow); a crashed    *)
(* node simply takes no steps until it recovers, with its storage (data    *)
(* and hints) intact.  A handoff attempt that fails changes nothing and is *)
(* not modelled.                                                           *)
(*                                                                         *)
(* Safety: once the write is acknowledged to the client, at least W        *)
(* distinct nodes hold it, each either as data or as a hint for it.        *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Pref,       \* the preference list: the key's replicas
          Fallback,   \* the next node on the ring, taking hinted writes
          W,          \* write quorum
          NoNode      \* "no replica has been replaced"

Nodes == Pref \cup {Fallback}

VARIABLES coord,      \* coordinator: "writing", or "acked" once the client is told
          replaced,   \* coordinator: the replica whose copy went to Fallback, or NoNode
          ackers,     \* coordinator: nodes whose acknowledgement it has counted
          acks,       \* acknowledgements in flight, by sending node
          data,       \* replicas that store the write as data
          hints       \* hints held by Fallback: the replicas they are meant for

vars == <<coord, replaced, ackers, acks, data, hints>>

TypeOK == /\ coord \in {"writing", "acked"}
          /\ replaced \in Pref \cup {NoNode}
          /\ ackers \in SUBSET Nodes
          /\ acks \in SUBSET Nodes
          /\ data \in SUBSET Pref
          /\ hints \in SUBSET Pref

Init == /\ coord = "writing"
        /\ replaced = NoNode
        /\ ackers = {}
        /\ acks = {}
        /\ data = {}
        /\ hints = {}

\* Replica r receives the put (possibly late or a duplicate), stores the
\* write and acknowledges.
ReplicaStore(r) ==
    /\ data' = data \cup {r}
    /\ acks' = acks \cup {r}
    /\ UNCHANGED <<coord, replaced, ackers, hints>>

\* The coordinator times out on replica r, which has not acknowledged, and
\* sends r's copy to Fallback instead (sloppy quorum).
TimeoutReplica(r) ==
    /\ coord = "writing"
    /\ replaced = NoNode
    /\ r \notin ackers
    /\ replaced' = r
    /\ UNCHANGED <<coord, ackers, acks, data, hints>>

\* Fallback receives the hinted put, keeps it as a hint for the replaced
\* replica, and acknowledges.
FallbackStore ==
    /\ replaced # NoNode
    /\ hints' = hints \cup {replaced}
    /\ acks' = acks \cup {Fallback}
    /\ UNCHANGED <<coord, replaced, ackers, data>>

\* The coordinator receives an acknowledgement; it does not count one from
\* the replica it replaced.
ReceiveAck(n) ==
    /\ n \in acks
    /\ acks' = acks \ {n}
    /\ ackers' = IF n = replaced THEN ackers ELSE ackers \cup {n}
    /\ UNCHANGED <<coord, replaced, data, hints>>

\* With W acknowledgements the coordinator acknowledges the write to the client.
AckClient ==
    /\ coord = "writing"
    /\ Cardinality(ackers) >= W
    /\ coord' = "acked"
    /\ UNCHANGED <<replaced, ackers, acks, data, hints>>

\* An acknowledgement is lost.
LoseAck(n) ==
    /\ n \in acks
    /\ acks' = acks \ {n}
    /\ UNCHANGED <<coord, replaced, ackers, data, hints>>

\* Fallback hands a hinted write off to its replica r, which stores it;
\* having seen r's confirmation, Fallback deletes the hint.
HandOff(r) ==
    /\ r \in hints
    /\ data' = data \cup {r}
    /\ hints' = hints \ {r}
    /\ UNCHANGED <<coord, replaced, ackers, acks>>

Next == \/ FallbackStore
        \/ AckClient
        \/ \E r \in Pref : ReplicaStore(r) \/ TimeoutReplica(r) \/ HandOff(r)
        \/ \E n \in Nodes : ReceiveAck(n) \/ LoseAck(n)

Spec == Init /\ [][Next]_vars

\* A node holds the write if it stores it as data or keeps a hint for it.
HoldsWrite(n) == n \in data \/ (n = Fallback /\ hints # {})

\* A write acknowledged to the client is held by at least W nodes.
AckedWriteHeldByW ==
    coord = "acked" => Cardinality({n \in Nodes : HoldsWrite(n)}) >= W
=============================================================================
