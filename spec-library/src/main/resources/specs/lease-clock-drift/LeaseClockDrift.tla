--------------------------- MODULE LeaseClockDrift ---------------------------
(***************************************************************************)
(* Lease-based leadership with clocks that drift, after Gray and Cheriton, *)
(* "Leases: An Efficient Fault-Tolerant Mechanism for Distributed File     *)
(* Cache Consistency" (SOSP 1989).                                         *)
(*                                                                         *)
(* A grantor (a lock service or a master) hands out a lease on leadership  *)
(* for LeaseDuration ticks of its own clock.  A node that wants to lead    *)
(* starts a timer on its own clock and sends a request.  When its lease    *)
(* has expired on its clock, the grantor grants the lease to a requester   *)
(* and starts its own timer.  The requester, on receiving the grant, acts  *)
(* as leader until its timer runs out.  No clock is read by two machines:  *)
(* each side measures the lease with its own clock, and the two measures   *)
(* differ by however much the clocks drift apart meanwhile.  To allow for  *)
(* this the holder shortens the lease by a safety margin: its timer is     *)
(* LeaseDuration - Margin ticks long.  Because that timer starts when the  *)
(* request is sent, before the grant, message delay only shortens the      *)
(* holder's view of the lease.                                             *)
(*                                                                         *)
(* Time is discrete.  Each Tick is one unit of real time, in which every   *)
(* clock advances by one tick.  Clocks run at different rates: RunFast(c)  *)
(* lets clock c gain a tick on the others.  The drift bound MaxDrift is    *)
(* the most ticks by which the grantor's clock and a requester's clock can *)
(* drift apart, either way, while the requester's timer runs (about one    *)
(* lease term); with a drift rate of rho it is about 2*rho*LeaseDuration.  *)
(* Leases are countdown timers rather than absolute times, so the model is *)
(* finite without a bound on time.                                         *)
(*                                                                         *)
(* Failures modelled:                                                      *)
(*  - Clock drift within the bound MaxDrift, in either direction.          *)
(*  - Message delay, loss and duplication.  A request can reach the        *)
(*    grantor at any time while the requester waits, more than once, or    *)
(*    never; a grant can arrive at any time while the requester waits, or  *)
(*    never.  A grant that arrives after its request's timer has run out   *)
(*    is recognised as stale (by a request number) and ignored.            *)
(*  - Crash or silence of the leaseholder: it may stop acting at any time. *)
(*    Its timer keeps running, which is the worst case: a process that     *)
(*    resumes before its timer has run out still believes it leads.        *)
(* Renewal is left out: a renewal is a fresh request by the holder, which  *)
(* the grantor answers like any other.                                     *)
(***************************************************************************)
EXTENDS Integers, FiniteSets, TLC

CONSTANTS
    Node,           \* The nodes that compete for leadership.
    NoNode,         \* grantedTo = NoNode before the first grant.
    LeaseDuration,  \* The lease term, in ticks of the grantor's clock.
    Margin,         \* The holder's timer is LeaseDuration - Margin ticks long.
    MaxDrift        \* How far the grantor's and a requester's clocks may drift apart.

ASSUME
    /\ NoNode \notin Node
    /\ LeaseDuration \in Nat \ {0}
    /\ Margin \in 0..(LeaseDuration - 1)
    /\ MaxDrift \in Nat

VARIABLES
    grantedTo,    \* The node the grantor last granted the lease to.
    grantorLeft,  \* Ticks of the grantor's clock until that lease expires (0: expired).
    phase,        \* phase[n]: "idle", "waiting" (request sent) or "holding" (grant received).
    holderLeft,   \* holderLeft[n]: ticks of n's clock until its current request's timer runs out.
    drift,        \* drift[n]: ticks the grantor's clock has gained on n's since n's request.
    grantMsgs     \* The nodes to which a grant is in flight.

vars == <<grantedTo, grantorLeft, phase, holderLeft, drift, grantMsgs>>

TypeOK ==
    /\ grantedTo \in Node \cup {NoNode}
    /\ grantorLeft \in 0..LeaseDuration
    /\ phase \in [Node -> {"idle", "waiting", "holding"}]
    /\ holderLeft \in [Node -> 0..LeaseDuration]
    /\ drift \in [Node -> -MaxDrift..MaxDrift]
    /\ grantMsgs \subseteq Node

(* Node n believes it holds a valid lease: it has the grant and its timer still runs. *)
HoldsLease(n) == phase[n] = "holding"

(* The nodes whose timers are running: those that wait or hold. *)
Timing == {n \in Node : phase[n] # "idle"}

Dec(k) == IF k > 0 THEN k - 1 ELSE 0

(***************************************************************************)
(* The timers of the nodes in S run out in this step.  Each of them stops  *)
(* acting as leader (or stops waiting) and becomes idle.  A grant still in *)
(* flight to it answers a request that is over; the node will recognise it *)
(* as stale and ignore it, so it is dropped here.                          *)
(***************************************************************************)
TimersRunOut(S) ==
    /\ phase' = [n \in Node |-> IF n \in S THEN "idle" ELSE phase[n]]
    /\ grantMsgs' = grantMsgs \ S

Init ==
    /\ grantedTo = NoNode
    /\ grantorLeft = 0
    /\ phase = [n \in Node |-> "idle"]
    /\ holderLeft = [n \in Node |-> 0]
    /\ drift = [n \in Node |-> 0]
    /\ grantMsgs = {}

-----------------------------------------------------------------------------
(***************************************************************************)
(* Idle node n asks for the lease.  It first starts its timer, shortened   *)
(* by the safety margin, then sends its request.  The drift between its    *)
(* clock and the grantor's is counted from now.                            *)
(***************************************************************************)
Request(n) ==
    /\ phase[n] = "idle"
    /\ phase' = [phase EXCEPT ![n] = "waiting"]
    /\ holderLeft' = [holderLeft EXCEPT ![n] = LeaseDuration - Margin]
    /\ drift' = [drift EXCEPT ![n] = 0]
    /\ UNCHANGED <<grantedTo, grantorLeft, grantMsgs>>

(***************************************************************************)
(* The grantor receives n's request while n still waits for an answer.     *)
(* The last lease it granted has expired on its clock, so it grants the    *)
(* lease to n, starts its timer and sends the grant.  (A request that      *)
(* arrives after its sender has given up would be granted too, but n       *)
(* would ignore the grant and the lease would stay unused for a term: the  *)
(* model leaves that harmless case out.)                                   *)
(***************************************************************************)
Grant(n) ==
    /\ phase[n] = "waiting"
    /\ grantorLeft = 0
    /\ grantedTo' = n
    /\ grantorLeft' = LeaseDuration
    /\ grantMsgs' = grantMsgs \cup {n}
    /\ UNCHANGED <<phase, holderLeft, drift>>

(***************************************************************************)
(* Waiting node n receives the grant while its timer still runs, and from  *)
(* now until the timer runs out it acts as leader.                         *)
(***************************************************************************)
ReceiveGrant(n) ==
    /\ phase[n] = "waiting"
    /\ n \in grantMsgs
    /\ phase' = [phase EXCEPT ![n] = "holding"]
    /\ grantMsgs' = grantMsgs \ {n}
    /\ UNCHANGED <<grantedTo, grantorLeft, holderLeft, drift>>

(***************************************************************************)
(* One unit of real time passes: every clock advances one tick, and every  *)
(* running timer counts down by one.  Clocks keep their relative drift.    *)
(***************************************************************************)
Tick ==
    /\ grantorLeft > 0 \/ Timing # {}
    /\ grantorLeft' = Dec(grantorLeft)
    /\ holderLeft' = [n \in Node |-> Dec(holderLeft[n])]
    /\ LET runOut == {n \in Node : holderLeft[n] = 1}
       IN  /\ TimersRunOut(runOut)
           /\ drift' = [n \in Node |-> IF n \in runOut THEN 0 ELSE drift[n]]
    /\ UNCHANGED grantedTo

(***************************************************************************)
(* The grantor's clock runs fast: it gains a tick on every node's clock,   *)
(* and its timer counts down by one more.  It may not gain more than       *)
(* MaxDrift ticks on a node whose timer runs.                              *)
(***************************************************************************)
GrantorRunsFast ==
    /\ Timing # {}
    /\ \A n \in Timing : drift[n] < MaxDrift
    /\ drift' = [n \in Node |-> IF n \in Timing THEN drift[n] + 1 ELSE drift[n]]
    /\ grantorLeft' = Dec(grantorLeft)
    /\ UNCHANGED <<grantedTo, phase, holderLeft, grantMsgs>>

(***************************************************************************)
(* Node n's clock runs fast: it gains a tick on the grantor's clock, and   *)
(* n's timer counts down by one more.  (A slow clock is one that the other *)
(* clock gains on.)                                                        *)
(***************************************************************************)
NodeRunsFast(n) ==
    /\ n \in Timing
    /\ drift[n] > -MaxDrift
    /\ holderLeft' = [holderLeft EXCEPT ![n] = holderLeft[n] - 1]
    /\ IF holderLeft[n] = 1
          THEN /\ TimersRunOut({n})
               /\ drift' = [drift EXCEPT ![n] = 0]
          ELSE /\ drift' = [drift EXCEPT ![n] = drift[n] - 1]
               /\ UNCHANGED <<phase, grantMsgs>>
    /\ UNCHANGED <<grantedTo, grantorLeft>>

-----------------------------------------------------------------------------
Next ==
    \/ \E n \in Node : Request(n)
    \/ \E n \in Node : Grant(n)
    \/ \E n \in Node : ReceiveGrant(n)
    \/ Tick
    \/ GrantorRunsFast
    \/ \E n \in Node : NodeRunsFast(n)

Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Fairness: real time keeps passing, and an idle node eventually asks for *)
(* the lease.  Messages race against the timers, so weak fairness cannot   *)
(* make them arrive in time.  Strong fairness says that a request that can *)
(* be granted again and again eventually is, and likewise a grant that can *)
(* be received in time again and again.                                    *)
(***************************************************************************)
FairSpec ==
    /\ Spec
    /\ WF_vars(Tick)
    /\ WF_vars(\E n \in Node : Request(n))
    /\ \A n \in Node : SF_vars(Grant(n))
    /\ \A n \in Node : SF_vars(ReceiveGrant(n))

-----------------------------------------------------------------------------
(***************************************************************************)
(* Safety: at most one node believes it holds a valid lease, so at most    *)
(* one node acts as leader at any moment.                                  *)
(***************************************************************************)
AtMostOneLeaseholder ==
    \A n, m \in Node : HoldsLease(n) /\ HoldsLease(m) => n = m

(***************************************************************************)
(* Safety, the reason for the above: a lease ends on the holder's clock no *)
(* later than on the grantor's.  A node that believes it holds the lease   *)
(* is the one the grantor last gave it to, and the grantor still counts    *)
(* that lease as running, so it will not grant it to anyone else.          *)
(***************************************************************************)
HolderExpiresFirst ==
    \A n \in Node : HoldsLease(n) => grantedTo = n /\ grantorLeft > 0

(***************************************************************************)
(* Liveness: leadership is never lost for good.  Whenever no node holds    *)
(* the lease (a term ended, or a grant was lost), some node eventually     *)
(* holds it again.                                                         *)
(***************************************************************************)
AlwaysEventuallyLeaseholder ==
    []<>(\E n \in Node : HoldsLease(n))

(* The competing nodes are interchangeable; models without liveness may use symmetry. *)
Perms == Permutations(Node)
=============================================================================
