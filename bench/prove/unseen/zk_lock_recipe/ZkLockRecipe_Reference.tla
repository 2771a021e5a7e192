----------------------- MODULE ZkLockRecipe_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for ZkLockRecipe, used only to check *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* A connected client in an attempt has a live znode; znodes carry        *)
(* distinct numbers below the sequence counter, so new znodes come after   *)
(* all existing ones; and a holder's znode is the lowest, which stays true *)
(* because its znode is only deleted after it stops believing it holds the *)
(* lock.                                                                   *)
(***************************************************************************)
EXTENDS ZkLockRecipe

(* A client listing, waiting or holding has a znode. *)
AttemptHasZnode ==
    \A c \in Client : phase[c] \in {"check", "waiting", "holding"} => znode[c] # 0

(* Every znode is numbered below the sequence counter. *)
ZnodeBelowCounter ==
    \A c \in Client : znode[c] < nextSeq

(* No two clients' znodes share a number. *)
ZnodesDistinct ==
    \A c, d \in Client : znode[c] # 0 /\ znode[c] = znode[d] => c = d

(* A holder's znode is lower than every other znode. *)
HolderLowest ==
    \A c, d \in Client :
        phase[c] = "holding" /\ d # c /\ znode[d] # 0 => znode[c] < znode[d]

IndRef ==
    /\ TypeOK
    /\ MutualExclusion
    /\ AttemptHasZnode
    /\ ZnodeBelowCounter
    /\ ZnodesDistinct
    /\ HolderLowest
=============================================================================
