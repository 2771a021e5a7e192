--------------------- MODULE DKRRingElection_Reference ---------------------
(* A hand-written inductive invariant for DKRRingElection, for a ring of   *)
(* three processes.  There the election takes two phases: after phase 1    *)
(* only the successor of the process with the maximum id is active, with   *)
(* the maximum id as its ci; in phase 2 its message goes round the ring    *)
(* and comes back to it.  So the channel into p carries, in order, exactly *)
(* the id of pred(p) (phase-1 first message), the id of pred(pred(p))      *)
(* (phase-1 second message) and the maximum id (the phase-2 message).      *)
EXTENDS DKRRingElection, FiniteSets

MaxId == N

Active(p) == proc[p].st \in {"waitOne", "waitTwo"}

\* Everything that is ever sent on the link into p, in order.
Stream(p) == <<Id(pred(p)), Id(pred(pred(p))), MaxId>>

\* How many messages p may have received so far, given its local state.
Received(p) ==
    CASE proc[p].st = "waitOne" /\ proc[p].ci = Id(p) -> {0}
      [] proc[p].st = "waitTwo"                        -> {1}
      [] proc[p].st = "waitOne"                        -> {2}
      [] proc[p].st = "relay"                          -> {2, 3}
      [] proc[p].st = "leader"                         -> {3}

\* How many messages p may have sent: an active process has sent one more
\* than it received, a relay or the leader as many.
Sent(p) == {k + (IF Active(p) THEN 1 ELSE 0) : k \in Received(p)}

(* Each active process's local state is the one its phase dictates: in     *)
(* phase 1 its ci is its own id and acp the id of its predecessor; the     *)
(* only process in phase 2 is the successor of the maximum, with ci =      *)
(* MaxId.                                                                  *)
LocalStateByPhase ==
    \A p \in Procs :
        /\ proc[p].st = "waitTwo" =>
               proc[p].ci = Id(p) /\ proc[p].acp = Id(pred(p))
        /\ proc[p].st = "waitOne" =>
               \/ proc[p].ci = Id(p)
               \/ proc[p].ci = MaxId /\ Id(pred(p)) = MaxId

(* Each channel holds exactly the part of its stream that the sender has   *)
(* sent and the receiver has not yet received.                             *)
ChannelWindow ==
    \A p \in Procs :
        \E k \in Received(p), j \in Sent(pred(p)) :
            /\ k <= j
            /\ chan[p] = SubSeq(Stream(p), k + 1, j)

(* The network holds one message per active process: each active process   *)
(* has sent one more message than it has received.                         *)
MessagePerActive ==
    InFlight(chan) = Cardinality({p \in Procs : Active(p)})

(* Once there is a leader every other process is a relay.                  *)
LeaderAlone ==
    \A p, q \in Procs : proc[p].st = "leader" /\ q # p => proc[q].st = "relay"

IndRef ==
    /\ TypeOK
    /\ AtMostOneLeader
    /\ LocalStateByPhase
    /\ ChannelWindow
    /\ MessagePerActive
    /\ LeaderAlone

=============================================================================
