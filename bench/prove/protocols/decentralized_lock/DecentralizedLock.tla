------------------------- MODULE DecentralizedLock -------------------------
(***************************************************************************)
(* A decentralised lock passed as a token between nodes, after the         *)
(* simple_decentralized_lock benchmark of the Endive benchmark set.        *)
(*                                                                         *)
(* There is no server: the node holding the lock may give it to any node   *)
(* by sending it a transfer message, and the node that receives the        *)
(* message holds the lock.  While the message is in flight nobody holds    *)
(* the lock.                                                               *)
(***************************************************************************)
CONSTANT Node   \* The nodes sharing the lock.

VARIABLES
    message,   \* Transfer messages in flight, as pairs <<from, to>>.
    hasLock    \* The nodes that hold the lock.

vars == <<message, hasLock>>

TypeOK ==
    /\ message \in SUBSET (Node \X Node)
    /\ hasLock \in SUBSET Node

(* Initially one node, any of them, holds the lock. *)
Init ==
    /\ message = {}
    /\ \E n \in Node : hasLock = {n}

(* Node src, which holds the lock, gives it to node dst. *)
Send(src, dst) ==
    /\ src \in hasLock
    /\ message' = message \cup {<<src, dst>>}
    /\ hasLock' = hasLock \ {src}

(* Node dst receives the lock that node src sent it. *)
Recv(src, dst) ==
    /\ <<src, dst>> \in message
    /\ message' = message \ {<<src, dst>>}
    /\ hasLock' = hasLock \cup {dst}

Next == \E src, dst \in Node : Send(src, dst) \/ Recv(src, dst)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Mutual exclusion: at most one node holds the lock. *)
Mutex ==
    \A i, j \in hasLock : i = j
=============================================================================
