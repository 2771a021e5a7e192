--------------------- MODULE CausalBroadcast_LamportOrder ---------------------
(***************************************************************************)
(* Seeded bug: delivery by Lamport scalar timestamps instead of vector     *)
(* clocks.  Each process keeps a Lamport clock, stamps every broadcast     *)
(* with it, and delivers the buffered message with the smallest timestamp  *)
(* as soon as it has one.  Lamport timestamps respect causality (if m1     *)
(* causally precedes m2 then ts(m1) < ts(m2)), but a receiver cannot tell  *)
(* from ts(m2) alone that some m1 is missing: a message that has not       *)
(* arrived yet is not in the buffer to be compared with.  So a message can *)
(* be delivered before a message it causally depends on.                   *)
(*                                                                         *)
(* The vector timestamps of the main spec are still carried along, but    *)
(* the buggy delivery rule ignores them.                                   *)
(***************************************************************************)
EXTENDS CausalBroadcast

VARIABLES
    clock,  \* clock[p]: the Lamport clock of process p
    ts      \* ts[id]: the Lamport timestamp carried by message id (0: unsent)

lvars == <<vars, clock, ts>>

BuggyInit ==
    /\ Init
    /\ clock = [p \in Proc |-> 0]
    /\ ts = [id \in MsgId |-> 0]

(* Process p broadcasts: it ticks its Lamport clock and stamps the message *)
(* with the new value.                                                     *)
LamportBroadcast(p) ==
    /\ Broadcast(p)
    /\ clock' = [clock EXCEPT ![p] = @ + 1]
    /\ ts' = [ts EXCEPT ![<<p, vc[p][p] + 1>>] = clock[p] + 1]

(* Receiving into the hold-back buffer is unchanged.                       *)
LamportReceive(p, m) ==
    /\ Receive(p, m)
    /\ UNCHANGED <<clock, ts>>

(* The bug: process p delivers a buffered message with the smallest        *)
(* Lamport timestamp among those it has buffered, without any check that   *)
(* the message's causal past has been delivered, and advances its Lamport  *)
(* clock past the message's timestamp.                                     *)
LamportDeliver(p, m) ==
    /\ m \in buffer[p]
    /\ \A m2 \in buffer[p] : ts[Id(m)] <= ts[Id(m2)]
    /\ DeliverMessage(p, m)
    /\ clock' = [clock EXCEPT ![p] = IF @ >= ts[Id(m)] THEN @ + 1
                                                       ELSE ts[Id(m)] + 1]
    /\ UNCHANGED ts

BuggyNext ==
    \/ \E p \in Proc : LamportBroadcast(p)
    \/ \E p \in Proc : \E m \in msgs : LamportReceive(p, m)
    \/ \E p \in Proc : \E m \in buffer[p] : LamportDeliver(p, m)

BuggySpec == BuggyInit /\ [][BuggyNext]_lvars

=============================================================================
