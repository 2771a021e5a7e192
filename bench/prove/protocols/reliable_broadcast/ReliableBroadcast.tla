------------------------- MODULE ReliableBroadcast -------------------------
(***************************************************************************)
(* Reliable broadcast by flooding (the eager reliable broadcast of         *)
(* Hadzilacos and Toueg, 1994).  A designated origin broadcasts one value: *)
(* it delivers the value itself and sends it to every other node.  A node  *)
(* that receives a value and has not delivered one yet delivers it and     *)
(* relays it to every other node; later copies it drops.  The messages in  *)
(* flight are a set of copies, each addressed to one node.                 *)
(***************************************************************************)
CONSTANTS
    Node,     \* The nodes.
    Value,    \* The values the origin may broadcast.
    Origin,   \* The node that broadcasts.
    None      \* Stands for no value.

ASSUME Origin \in Node /\ None \notin Value

VARIABLES
    bval,       \* The value the origin has broadcast, or None.
    msgs,       \* Copies in flight: <<n, v>> carries value v to node n.
    delivered   \* delivered[n]: the value node n has delivered, or None.

vars == <<bval, msgs, delivered>>

TypeOK ==
    /\ bval \in Value \cup {None}
    /\ msgs \in SUBSET (Node \X Value)
    /\ delivered \in [Node -> Value \cup {None}]

Init ==
    /\ bval = None
    /\ msgs = {}
    /\ delivered = [n \in Node |-> None]

(* The origin, which has not broadcast yet, broadcasts v: it delivers v    *)
(* and sends it to every other node.                                       *)
Broadcast(v) ==
    /\ bval = None
    /\ bval' = v
    /\ delivered' = [delivered EXCEPT ![Origin] = v]
    /\ msgs' = msgs \cup {<<m, v>> : m \in Node \ {Origin}}

(* Node n receives a copy of v.  If it has not delivered a value, it       *)
(* delivers v and relays it to every other node; otherwise it drops the    *)
(* copy.                                                                   *)
Receive(n, v) ==
    /\ <<n, v>> \in msgs
    /\ IF delivered[n] = None
         THEN /\ delivered' = [delivered EXCEPT ![n] = v]
              /\ msgs' = (msgs \ {<<n, v>>}) \cup {<<m, v>> : m \in Node \ {n}}
         ELSE /\ msgs' = msgs \ {<<n, v>>}
              /\ UNCHANGED delivered
    /\ UNCHANGED bval

Next ==
    \/ \E v \in Value : Broadcast(v)
    \/ \E n \in Node, v \in Value : Receive(n, v)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Integrity: a node delivers only the value the origin broadcast. *)
Integrity ==
    \A n \in Node : delivered[n] # None => delivered[n] = bval
=============================================================================
