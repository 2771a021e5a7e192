----------------------- MODULE GCounterSync_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for GCounterSync, used only to check *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* A snapshot in the network is an old view of some replica, and owners'  *)
(* entries only grow, so no snapshot holds more of an entry than its owner *)
(* has counted; merging it therefore keeps every view bounded.             *)
(***************************************************************************)
EXTENDS GCounterSync

(* No gossiped snapshot knows more of an entry than its owner counted. *)
MsgBounded ==
    \A m \in msgs : \A s \in Replica : m[s] <= cnt[s][s]

IndRef ==
    /\ TypeOK
    /\ ViewBounded
    /\ MsgBounded
=============================================================================
