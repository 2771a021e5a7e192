------------------------------ MODULE ReadRepair ------------------------------
(***************************************************************************)
(* Quorum reads and writes with read repair on a leaderless replicated     *)
(* register (Dynamo / Cassandra style).                                    *)
(*                                                                         *)
(* Every replica stores one versioned value; a value is identified by its *)
(* version (a client timestamp), and 0 is the initial version.  A client  *)
(* issues operations one at a time through a coordinator.  A write of the *)
(* next version sends a mutation to every replica and completes once a    *)
(* quorum (a majority) has acknowledged it.  A replica applies a mutation *)
(* only if it is newer than the version it stores (last write wins) and   *)
(* acknowledges once it stores at least the written version.  A read asks *)
(* the replicas, completes once a quorum has answered, and returns the    *)
(* highest version among the answers; it then repairs the replicas that   *)
(* answered by sending them that version as a mutation (replicas that     *)
(* already store it ignore it).                                            *)
(*                                                                         *)
(* Mutations, from writes and from read repair alike, are kept in a set   *)
(* and never removed: each may be delivered late, more than once, or      *)
(* never (lost), in any order; in particular a repair can arrive after a  *)
(* newer write.  Acknowledgements and answers may also never arrive.       *)
(*                                                                         *)
(* Safety, over the state: a replica that acknowledged the write in       *)
(* progress still stores at least its version (a replica's version never  *)
(* decreases below what it acknowledged), and a read that has its quorum  *)
(* of answers returns a version at least as new as the last completed     *)
(* write.                                                                  *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Replica,      \* the replicas of the register
    MaxVersion    \* the number of writes the client makes

ASSUME MaxVersion \in Nat

Version == 0 .. MaxVersion

(* A majority of the replicas. *)
IsQuorum(S) == 2 * Cardinality(S) > Cardinality(Replica)

(* A mutation: store the given version at replica `to'. *)
Mutation == [to : Replica, version : 1 .. MaxVersion]

VARIABLES
    version,   \* version[r]: the version replica r stores
    msgs,      \* the mutations sent so far (writes and read repairs)
    op,        \* the client's operation in progress: "idle", "write", "read"
    written,   \* the version of the client's latest write (0 if none)
    replies,   \* the replicas that acknowledged the write / answered the read
    readMax    \* the highest version among the answers to the read

vars == <<version, msgs, op, written, replies, readMax>>

TypeOK ==
    /\ version \in [Replica -> Version]
    /\ msgs \in SUBSET Mutation
    /\ op \in {"idle", "write", "read"}
    /\ written \in Version
    /\ replies \in SUBSET Replica
    /\ readMax \in Version

Init ==
    /\ version = [r \in Replica |-> 0]
    /\ msgs = {}
    /\ op = "idle"
    /\ written = 0
    /\ replies = {}
    /\ readMax = 0

Max(a, b) == IF a >= b THEN a ELSE b

-----------------------------------------------------------------------------
(* The client writes the next version: a mutation goes to every replica. *)
StartWrite ==
    /\ op = "idle"
    /\ written < MaxVersion
    /\ op' = "write"
    /\ written' = written + 1
    /\ msgs' = msgs \cup {[to |-> r, version |-> written + 1] : r \in Replica}
    /\ replies' = {}
    /\ UNCHANGED <<version, readMax>>

(* Replica m.to receives mutation m (a write or a repair, possibly late   *)
(* or a duplicate) and keeps the newer of its version and m's.            *)
Apply(m) ==
    /\ m \in msgs
    /\ version' = [version EXCEPT ![m.to] = Max(@, m.version)]
    /\ UNCHANGED <<msgs, op, written, replies, readMax>>

(* Replica r, storing at least the written version, acknowledges the     *)
(* write and the acknowledgement reaches the coordinator.                  *)
Acknowledge(r) ==
    /\ op = "write"
    /\ r \notin replies
    /\ version[r] >= written
    /\ replies' = replies \cup {r}
    /\ UNCHANGED <<version, msgs, op, written, readMax>>

(* A quorum has acknowledged: the write completes.  Mutations still in    *)
(* flight may be delivered later or never.                                 *)
EndWrite ==
    /\ op = "write"
    /\ IsQuorum(replies)
    /\ op' = "idle"
    /\ UNCHANGED <<version, msgs, written, replies, readMax>>

(* The client starts a read. *)
StartRead ==
    /\ op = "idle"
    /\ op' = "read"
    /\ replies' = {}
    /\ readMax' = 0
    /\ UNCHANGED <<version, msgs, written>>

(* Replica r answers the read with the version it stores; the coordinator *)
(* uses the first quorum of answers.                                        *)
Answer(r) ==
    /\ op = "read"
    /\ r \notin replies
    /\ ~IsQuorum(replies)
    /\ replies' = replies \cup {r}
    /\ readMax' = Max(readMax, version[r])
    /\ UNCHANGED <<version, msgs, op, written>>

(* A quorum has answered: the read returns readMax and repairs the        *)
(* replicas that answered by sending them readMax as a mutation.          *)
EndRead ==
    /\ op = "read"
    /\ IsQuorum(replies)
    /\ op' = "idle"
    /\ msgs' = msgs \cup {[to |-> r, version |-> readMax] :
                              r \in IF readMax > 0 THEN replies ELSE {}}
    /\ UNCHANGED <<version, written, replies, readMax>>

Next ==
    \/ StartWrite \/ EndWrite \/ StartRead \/ EndRead
    \/ \E m \in Mutation : Apply(m)
    \/ \E r \in Replica : Acknowledge(r) \/ Answer(r)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Acknowledged writes are kept, and a read with a quorum of answers      *)
(* returns at least the last completed write.                              *)
KeptWritesFreshReads ==
    /\ op = "write" => \A r \in replies : version[r] >= written
    /\ op = "read" /\ IsQuorum(replies) => readMax >= written
=============================================================================
