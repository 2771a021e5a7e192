------------------------ MODULE VRRecovery_Reference ------------------------
EXTENDS VRRecovery

(* The sender of a PREPAREOK(v, n) and the primary of v, while normal, are *)
(* in view v or a later one.                                               *)
AckersInLaterViews ==
    \A m \in msgs, s \in Replica :
        /\ s \in {m.src, Primary(m.view)}
        /\ status[s] = "normal"
        => view[s] >= m.view

(* Op n acknowledged in view v is in the log of the primary of v while it  *)
(* is in view v, and of every normal replica in a later view.              *)
AckedOpInLaterLogs ==
    \A m \in msgs, s \in Replica :
        /\ status[s] = "normal"
        /\ \/ view[s] > m.view
           \/ view[s] = m.view /\ s = Primary(m.view)
        => opnum[s] >= m.op

(* A view was started by a quorum: if a normal replica is in view v, at    *)
(* most R - (F+1) normal replicas are in views below v.                    *)
ViewStartedByQuorum ==
    \A r \in Replica :
        status[r] = "normal" =>
            Cardinality({s \in Replica : status[s] = "normal" /\ view[s] < view[r]})
                <= R - (F + 1)

IndRef ==
    /\ TypeOK
    /\ AckedOpsKept
    /\ AckersInLaterViews
    /\ AckedOpInLaterLogs
    /\ ViewStartedByQuorum
=============================================================================
