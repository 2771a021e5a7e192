--------------------- MODULE HermesReplication_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for HermesReplication.               *)
(***************************************************************************)
EXTENDS HermesReplication

(* No replica holds a timestamp below the newest committed one: a write    *)
(* commits only once every follower holds its timestamp or a higher one.  *)
NoneBehindCommitted == \A r \in R : ~Greater(valTs, ts[r])

(* A coordinator in Write state holds the timestamp of its own write.      *)
WriteHoldsOwnTs == \A r \in R : state[r] = "write" => ts[r][2] = r

IndRef ==
    /\ TypeOK
    /\ ValidReadsLatest
    /\ NoneBehindCommitted
    /\ WriteHoldsOwnTs
=============================================================================
