--------------------- MODULE VersionVectorSync_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for VersionVectorSync.               *)
(***************************************************************************)
EXTENDS VersionVectorSync

(* The update ids that a vector accounts for.                              *)
Covered(v) == {u \in Upd : u[2] <= v[u[1]]}

(* A replica's vector is an exact summary of the updates its value holds.  *)
ReplicaVectorExact ==
    \A r \in Replica : val[r] = Covered(vv[r])

(* So is the vector of every sync message in flight.                       *)
MessageVectorExact ==
    \A pr \in Pair : chan[pr] # None => chan[pr].val = Covered(chan[pr].vv)

IndRef ==
    /\ TypeOK
    /\ DominanceImpliesSeen
    /\ ReplicaVectorExact
    /\ MessageVectorExact
=============================================================================
