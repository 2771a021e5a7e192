------------------------------ MODULE ShardedKV ------------------------------
(***************************************************************************)
(* A sharded key-value store with key transfer between nodes, after the    *)
(* sharded_kv benchmark of the I4, IC3PO and Endive benchmark sets.        *)
(*                                                                         *)
(* Each key is owned by one node, which stores its value and serves Puts.  *)
(* To move a key, its owner removes the key from its table, gives up       *)
(* ownership and sends a transfer message carrying the key and its value;  *)
(* the receiving node stores the value and becomes the owner.  Keys that   *)
(* are in transit are stored nowhere, so a key is never stored by two      *)
(* nodes.                                                                  *)
(***************************************************************************)
CONSTANTS
    Node,    \* The storage nodes.
    Key,     \* The keys.
    Value,   \* The values.
    Nil      \* The table entry of a key a node does not store.

ASSUME Nil \notin Value

VARIABLES
    table,        \* table[n][k]: the value node n stores for key k, or Nil.
    owner,        \* owner[n]: the keys node n owns.
    transferMsg   \* Transfer messages in flight, as <<destination, key, value>>.

vars == <<table, owner, transferMsg>>

TypeOK ==
    /\ table \in [Node -> [Key -> Value \cup {Nil}]]
    /\ owner \in [Node -> SUBSET Key]
    /\ transferMsg \in SUBSET (Node \X Key \X Value)

(* Initially every key is owned by exactly one node and no node stores a   *)
(* value.                                                                  *)
Init ==
    /\ table = [n \in Node |-> [k \in Key |-> Nil]]
    /\ owner \in [Node -> SUBSET Key]
    /\ \A k \in Key : \E n \in Node : k \in owner[n]
    /\ \A k \in Key, n1, n2 \in Node : k \in owner[n1] /\ k \in owner[n2] => n1 = n2
    /\ transferMsg = {}

(* Node src, owner of key k, hands k over to node dst: it drops k from its *)
(* table and its keys and sends dst the value it stored.                   *)
Reshard(src, dst, k) ==
    /\ k \in owner[src]
    /\ table[src][k] # Nil
    /\ table' = [table EXCEPT ![src][k] = Nil]
    /\ owner' = [owner EXCEPT ![src] = @ \ {k}]
    /\ transferMsg' = transferMsg \cup {<<dst, k, table[src][k]>>}

(* Node n receives the transfer of key k with value v: it stores the value *)
(* and becomes the owner of k.                                             *)
RecvTransfer(n, k, v) ==
    /\ <<n, k, v>> \in transferMsg
    /\ transferMsg' = transferMsg \ {<<n, k, v>>}
    /\ table' = [table EXCEPT ![n][k] = v]
    /\ owner' = [owner EXCEPT ![n] = @ \cup {k}]

(* Node n, owner of key k, stores value v for k at a client's request. *)
Put(n, k, v) ==
    /\ k \in owner[n]
    /\ table' = [table EXCEPT ![n][k] = v]
    /\ UNCHANGED <<owner, transferMsg>>

Next ==
    \/ \E src, dst \in Node, k \in Key : Reshard(src, dst, k)
    \/ \E n \in Node, k \in Key, v \in Value : RecvTransfer(n, k, v)
    \/ \E n \in Node, k \in Key, v \in Value : Put(n, k, v)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Key uniqueness: at most one node stores a value for any key. *)
KeyStoredOnce ==
    \A n1, n2 \in Node, k \in Key :
        table[n1][k] # Nil /\ table[n2][k] # Nil => n1 = n2
=============================================================================
