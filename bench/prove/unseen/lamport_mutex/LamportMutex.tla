---------------------------- MODULE LamportMutex ----------------------------
(***************************************************************************)
(* Lamport's distributed mutual exclusion (CACM 1978) for two processes 1  *)
(* and 2 with bounded logical clocks 0 .. MaxClock.                        *)
(*                                                                         *)
(* A process that wants the critical section ticks its clock, stamps a     *)
(* request with the new clock value, puts it into its own request queue    *)
(* and sends it to the other process.  A process that receives a request   *)
(* records it in its queue, advances its clock past the timestamp and      *)
(* acknowledges.  A process enters when it holds the acknowledgement and   *)
(* its own request is the oldest one in its queue (timestamps, ties broken *)
(* by process id).  On leaving it removes its request and sends a release, *)
(* which makes the receiver drop that request from its queue.              *)
(*                                                                         *)
(* The channel from the other process to p holds at most one request or   *)
(* release (inbox[p]) and is FIFO with respect to acknowledgements: p uses *)
(* an acknowledgement only once every request or release sent to it        *)
(* before has been delivered.  Clocks tick on sending a request; receiving *)
(* sets the clock to the maximum of its own value and the timestamp.       *)
(* A process whose clock has reached MaxClock makes no further request.    *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT MaxClock   \* Largest clock value (and request timestamp).

ASSUME MaxClock \in Nat /\ MaxClock >= 1

Proc == {1, 2}

(* The other process. *)
Other(p) == 3 - p

Time == 0 .. MaxClock

(* The contents of a one-message channel slot. *)
NoMsg      == [type |-> "none", ts |-> 0]
RelMsg     == [type |-> "rel",  ts |-> 0]
ReqMsg(t)  == [type |-> "req",  ts |-> t]
Slot == {NoMsg, RelMsg} \cup {ReqMsg(t) : t \in 1 .. MaxClock}

VARIABLES
    clock,   \* clock[p]: p's logical clock.
    queue,   \* queue[p][q]: timestamp of q's request as known to p, 0 = none.
    inCS,    \* inCS[p]: p is in its critical section.
    inbox,   \* inbox[p]: the request or release in transit to p.
    ack      \* ack[p]: an acknowledgement of p's request, in transit or held by p.

vars == <<clock, queue, inCS, inbox, ack>>

TypeOK ==
    /\ clock \in [Proc -> Time]
    /\ queue \in [Proc -> [Proc -> Time]]
    /\ inCS \in [Proc -> BOOLEAN]
    /\ inbox \in [Proc -> Slot]
    /\ ack \in [Proc -> BOOLEAN]

Init ==
    /\ clock = [p \in Proc |-> 0]
    /\ queue = [p \in Proc |-> [q \in Proc |-> 0]]
    /\ inCS = [p \in Proc |-> FALSE]
    /\ inbox = [p \in Proc |-> NoMsg]
    /\ ack = [p \in Proc |-> FALSE]

Max(a, b) == IF a >= b THEN a ELSE b

(* In p's queue, p's own request is older than the other's (if any). *)
OldestAt(p) ==
    LET o == Other(p) IN
    \/ queue[p][o] = 0
    \/ queue[p][p] < queue[p][o]
    \/ queue[p][p] = queue[p][o] /\ p < o

(* p ticks its clock and sends a request stamped with the new value. *)
Request(p) ==
    /\ ~inCS[p]
    /\ queue[p][p] = 0
    /\ clock[p] < MaxClock
    /\ inbox[Other(p)] = NoMsg
    /\ LET t == clock[p] + 1 IN
         /\ clock' = [clock EXCEPT ![p] = t]
         /\ queue' = [queue EXCEPT ![p][p] = t]
         /\ inbox' = [inbox EXCEPT ![Other(p)] = ReqMsg(t)]
    /\ UNCHANGED <<inCS, ack>>

(* p receives the other's request, queues it, advances its clock, acks. *)
ReceiveRequest(p) ==
    /\ inbox[p].type = "req"
    /\ clock' = [clock EXCEPT ![p] = Max(clock[p], inbox[p].ts)]
    /\ queue' = [queue EXCEPT ![p][Other(p)] = inbox[p].ts]
    /\ inbox' = [inbox EXCEPT ![p] = NoMsg]
    /\ ack' = [ack EXCEPT ![Other(p)] = TRUE]
    /\ UNCHANGED inCS

(* p receives the other's release and drops its request from the queue. *)
ReceiveRelease(p) ==
    /\ inbox[p].type = "rel"
    /\ queue' = [queue EXCEPT ![p][Other(p)] = 0]
    /\ inbox' = [inbox EXCEPT ![p] = NoMsg]
    /\ UNCHANGED <<clock, inCS, ack>>

(* p, acknowledged and with the oldest request, enters (using the ack). *)
Enter(p) ==
    /\ ~inCS[p]
    /\ queue[p][p] > 0
    /\ ack[p]
    /\ inbox[p] = NoMsg
    /\ OldestAt(p)
    /\ inCS' = [inCS EXCEPT ![p] = TRUE]
    /\ ack' = [ack EXCEPT ![p] = FALSE]
    /\ UNCHANGED <<clock, queue, inbox>>

(* p leaves, removes its request and sends a release. *)
Exit(p) ==
    /\ inCS[p]
    /\ inbox[Other(p)] = NoMsg
    /\ inCS' = [inCS EXCEPT ![p] = FALSE]
    /\ queue' = [queue EXCEPT ![p][p] = 0]
    /\ inbox' = [inbox EXCEPT ![Other(p)] = RelMsg]
    /\ UNCHANGED <<clock, ack>>

Next ==
    \E p \in Proc :
        \/ Request(p)
        \/ ReceiveRequest(p)
        \/ ReceiveRelease(p)
        \/ Enter(p)
        \/ Exit(p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* At most one process is in its critical section. *)
Mutex ==
    \A p, q \in Proc : inCS[p] /\ inCS[q] => p = q
=============================================================================
