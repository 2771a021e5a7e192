----------------------- MODULE PbftViewChange_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for PbftViewChange.                  *)
(***************************************************************************)
EXTENDS PbftViewChange

(* An honest replica sends COMMIT only for the value it prepared, and only *)
(* once a prepared certificate for that value exists in that view.         *)
CommitHasCert ==
    \A i \in Honest, v \in View :
        v \in commitSent[i] => prep[i][v] # None /\ PreparedCert(v, prep[i][v])

(* A value prepared by an honest replica in view v is safe: for every      *)
(* lower view u and every other value e, every quorum has an honest member *)
(* that has left view u and did not commit e in u -- so e can never be     *)
(* committed in u.                                                         *)
PrepareSafe ==
    \A i \in Honest, v \in View : prep[i][v] # None =>
        \A u \in 0..(v - 1), e \in Value \ {prep[i][v]} :
            \A Q \in Quorum : \E q \in Q \cap Honest :
                /\ view[q] > u
                /\ ~(u \in commitSent[q] /\ prep[q][u] = e)

IndRef ==
    /\ TypeOK
    /\ Agreement
    /\ CommitHasCert
    /\ PrepareSafe
=============================================================================
