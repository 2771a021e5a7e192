------------------------- MODULE PaxosLease_Reference -------------------------
(***************************************************************************)
(* A hand-written inductive invariant for PaxosLease.                      *)
(***************************************************************************)
EXTENDS PaxosLease

(* An acceptor's open proposal never has a ballot above its promise.       *)
AcceptedBelowPromise ==
    \A a \in Acceptor : acc[a][1] <= promised[a]

(* No acceptor has accepted the ballot of a proposer that has not yet      *)
(* proposed; and while a proposer's timer runs, every acceptor holding its *)
(* proposal has at least as much time left on its own timer.               *)
AcceptorTimerOutlasts ==
    \A p \in Proposer, a \in Acceptor :
        /\ pst[p][1] = "idle" => acc[a][1] # Bal[p]
        /\ Active(p) /\ acc[a][1] = Bal[p] => acc[a][2] >= pst[p][2]

(* While a proposer's timer runs, some majority has, since it proposed,    *)
(* accepted nothing below its ballot: each member has promised at least    *)
(* its ballot and has no open proposal or one with a ballot at least as    *)
(* high, or has restarted and stays silent at least as long as the timer.  *)
ProposalQuorum ==
    \A p \in Proposer : Active(p) =>
        \E Q \in Quorum : \A a \in Q :
            \/ Up(a) /\ promised[a] >= Bal[p] /\ (acc[a][1] = 0 \/ acc[a][1] >= Bal[p])
            \/ ~Up(a) /\ acc[a][2] >= pst[p][2]

(* A lease holder's majority still holds its proposal open, or has         *)
(* restarted and stays silent at least as long as the holder's timer.      *)
HolderQuorum ==
    \A p \in Proposer : Holds(p) =>
        \E Q \in Quorum : \A a \in Q :
            \/ acc[a][1] = Bal[p]
            \/ ~Up(a) /\ acc[a][2] >= pst[p][2]

(* While a proposer holds the lease, no other proposer with a higher       *)
(* ballot has proposed and still has its timer running.                    *)
NoHigherActive ==
    \A p, q \in Proposer : Holds(p) /\ Active(q) /\ q # p => Bal[q] < Bal[p]

IndRef ==
    /\ TypeOK
    /\ LeaseMutex
    /\ AcceptedBelowPromise
    /\ AcceptorTimerOutlasts
    /\ ProposalQuorum
    /\ HolderQuorum
    /\ NoHigherActive
=============================================================================
