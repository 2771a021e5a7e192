--------------------- MODULE LeaseClockDrift_TimerOnGrant ---------------------
(***************************************************************************)
(* Seeded bug: the holder starts its lease timer when the grant arrives    *)
(* instead of when it sent the request.                                    *)
(*                                                                         *)
(* The grantor started its own timer when it sent the grant, so every tick *)
(* the grant spends in flight is added to the holder's view of the lease.  *)
(* A grant delayed by more than the safety margin makes the holder outlive *)
(* the grantor's lease, even with perfectly synchronised clocks.           *)
(***************************************************************************)
EXTENDS LeaseClockDrift

(* Waiting node n receives the grant and starts a fresh timer from now.    *)
ReceiveGrantRestartingTimer(n) ==
    /\ phase[n] = "waiting"
    /\ n \in grantMsgs
    /\ phase' = [phase EXCEPT ![n] = "holding"]
    /\ grantMsgs' = grantMsgs \ {n}
    /\ UNCHANGED <<grantedTo, grantorLeft, holderLeft, drift>>

(* Next, with ReceiveGrant replaced by ReceiveGrantRestartingTimer. *)
BuggyNext ==
    \/ \E n \in Node : Request(n)
    \/ \E n \in Node : Grant(n)
    \/ \E n \in Node : ReceiveGrantRestartingTimer(n)
    \/ Tick
    \/ GrantorRunsFast
    \/ \E n \in Node : NodeRunsFast(n)

BuggySpec == Init /\ [][BuggyNext]_vars
===============================================================================
