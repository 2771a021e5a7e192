---------------------- MODULE LwwElementSet_Reference ----------------------
(* An inductive invariant for NoFutureTimestamps. *)
EXTENDS LwwElementSet

(* Every add timestamp carried by a message in flight has been handed out. *)
MsgAddTsIssued ==
    \A m \in msgs, e \in Element : m.add[e] <= clock

(* Every remove timestamp carried by a message in flight has been handed out. *)
MsgRemTsIssued ==
    \A m \in msgs, e \in Element : m.rem[e] <= clock

IndRef ==
    /\ TypeOK
    /\ NoFutureTimestamps
    /\ MsgAddTsIssued
    /\ MsgRemTsIssued
=============================================================================
