--------------------- MODULE CausalLengthSet_Reference ---------------------
EXTENDS CausalLengthSet

(* Length l of e is at replica r or on its way there.                      *)
Covered(r, e, l) ==
    \/ len[r][e] >= l
    \/ \E m \in msgs : m.dst = r /\ m.elem = e /\ m.len >= l

(* Every length held by a replica is at, or on its way to, every replica.  *)
ReplicaLenCovered ==
    \A r, s \in Replica, e \in Element : Covered(r, e, len[s][e])

(* Every length in transit is at, or on its way to, every replica.         *)
MessageLenCovered ==
    \A m \in msgs, r \in Replica : Covered(r, m.elem, m.len)

IndRef ==
    /\ TypeOK
    /\ Convergence
    /\ ReplicaLenCovered
    /\ MessageLenCovered
=============================================================================
