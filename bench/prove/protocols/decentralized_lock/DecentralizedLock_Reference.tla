--------------------- MODULE DecentralizedLock_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for DecentralizedLock, used only to  *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* The lock is a single token: held by one node or carried by one message. *)
(***************************************************************************)
EXTENDS DecentralizedLock

(* While a transfer message is in flight no node holds the lock. *)
InFlightMeansFree ==
    message # {} => hasLock = {}

(* At most one transfer message is in flight. *)
OneMessage ==
    \A m1, m2 \in message : m1 = m2

IndRef ==
    /\ TypeOK
    /\ Mutex
    /\ InFlightMeansFree
    /\ OneMessage
=============================================================================
