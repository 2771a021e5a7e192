----------------------------- MODULE TombstoneGc -----------------------------
(***************************************************************************)
(* An observed-remove set (OR-set) CRDT with tombstone garbage collection  *)
(* on causal stability.                                                    *)
(*                                                                         *)
(* One element is replicated at every replica.  Adding it creates a fresh, *)
(* globally unique add-tag; removing it at a replica turns every add-tag   *)
(* that replica has observed into a tombstone, so concurrent adds (tags    *)
(* not yet observed) survive: add wins.  For each tag a replica knows      *)
(* nothing ("none"), the live add-tag ("add"), or its tombstone ("tomb");  *)
(* the element is present at a replica that holds some live add-tag.       *)
(* Replicas converge by anti-entropy: a replica pulls another's state and  *)
(* merges it, tag by tag, taking the larger of the two in the order        *)
(* none < add < tomb.  A session can fail at any time (a step not taken).  *)
(*                                                                         *)
(* Tombstones would grow forever, so they are garbage collected, but only  *)
(* once the removal is causally stable: a replica holding a tombstone      *)
(* broadcasts an acknowledgement, and a replica drops its tombstone (and   *)
(* with it all memory of the tag) only after it has seen the               *)
(* acknowledgement of every replica.  Collecting earlier would let a       *)
(* replica that never saw the removal hand the add-tag back in a later     *)
(* merge.  Acknowledgements travel over a lossy, duplicating network: a    *)
(* set of messages from which any message may be lost and in which any     *)
(* message may be received any number of times; a replica may re-send its *)
(* acknowledgement as long as it holds the tombstone.                      *)
(*                                                                         *)
(* The unique-tag generator (in practice, replica id plus counter) and a   *)
(* history of collection are kept together in life[t]: "unused" (not yet  *)
(* handed out), "issued", or "collected" (some replica has already         *)
(* collected t's tombstone).                                               *)
(*                                                                         *)
(* Safety: a removed element is never resurrected: once some replica has   *)
(* collected the tombstone of an add-tag, no replica holds that add-tag    *)
(* live.                                                                   *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Replica,   \* the replicas
    Tag        \* the add-tags that may be created

Knowledge == {"none", "add", "tomb"}

(* The merge order none < add < tomb. *)
Rank(k) == CASE k = "none" -> 0 [] k = "add" -> 1 [] k = "tomb" -> 2
Merge(k1, k2) == IF Rank(k1) >= Rank(k2) THEN k1 ELSE k2

Ack == [from : Replica, tag : Tag]   \* "I hold the tombstone of tag"

VARIABLES
    st,     \* st[r][t]: what replica r knows of add-tag t
    acks,   \* the tombstone acknowledgements in the network
    life    \* life[t]: "unused", "issued" or "collected" (see above)

vars == <<st, acks, life>>

TypeOK ==
    /\ st \in [Replica -> [Tag -> Knowledge]]
    /\ acks \in SUBSET Ack
    /\ life \in [Tag -> {"unused", "issued", "collected"}]

Init ==
    /\ st = [r \in Replica |-> [t \in Tag |-> "none"]]
    /\ acks = {}
    /\ life = [t \in Tag |-> "unused"]

(* Replica r adds the element with the fresh tag t. *)
Add(r, t) ==
    /\ life[t] = "unused"
    /\ st' = [st EXCEPT ![r][t] = "add"]
    /\ life' = [life EXCEPT ![t] = "issued"]
    /\ UNCHANGED acks

(* Replica r removes the element: it tombstones every add-tag it holds. *)
Remove(r) ==
    /\ \E t \in Tag : st[r][t] = "add"
    /\ st' = [st EXCEPT ![r] = [t \in Tag |-> IF st[r][t] = "add" THEN "tomb"
                                                               ELSE st[r][t]]]
    /\ UNCHANGED <<acks, life>>

(* Anti-entropy: replica r pulls replica q's state and merges it. *)
Sync(r, q) ==
    /\ r # q
    /\ st' = [st EXCEPT ![r] = [t \in Tag |-> Merge(st[r][t], st[q][t])]]
    /\ UNCHANGED <<acks, life>>

(* Replica r, holding the tombstone of t, acknowledges it (again). *)
Acknowledge(r, t) ==
    /\ st[r][t] = "tomb"
    /\ acks' = acks \cup {[from |-> r, tag |-> t]}
    /\ UNCHANGED <<st, life>>

(* The network loses an acknowledgement. *)
LoseAck(m) ==
    /\ m \in acks
    /\ acks' = acks \ {m}
    /\ UNCHANGED <<st, life>>

(* Replica r has the acknowledgement of every replica for t's tombstone: *)
(* the removal is stable, and r drops the tombstone.                     *)
Collect(r, t) ==
    /\ st[r][t] = "tomb"
    /\ \A q \in Replica : [from |-> q, tag |-> t] \in acks
    /\ st' = [st EXCEPT ![r][t] = "none"]
    /\ life' = [life EXCEPT ![t] = "collected"]
    /\ UNCHANGED acks

Next ==
    \/ \E r \in Replica :
          \/ Remove(r)
          \/ \E t \in Tag : Add(r, t) \/ Acknowledge(r, t) \/ Collect(r, t)
          \/ \E q \in Replica : Sync(r, q)
    \/ \E m \in acks : LoseAck(m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No replica holds live an add-tag whose tombstone has been collected. *)
NoResurrection ==
    \A t \in Tag, r \in Replica : life[t] = "collected" => st[r][t] # "add"
=============================================================================
