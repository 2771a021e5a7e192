------------------------- MODULE IntervalClockSync --------------------------
(***************************************************************************)
(* Clock synchronisation with error intervals, in the style of Marzullo's  *)
(* interval algorithm (as used by NTP's intersection step) and of Google's *)
(* TrueTime.  Every node keeps an interval [lo, hi] that it believes       *)
(* contains the true time.                                                 *)
(*                                                                         *)
(*  - Time passes in ticks of real time.  In one tick a node's local       *)
(*    oscillator advances by d units, where d may be off from the true     *)
(*    one unit by up to Drift (d \in 1-Drift..1+Drift).  The node does not *)
(*    know the true elapsed time, only that it lies in [d-Drift, d+Drift]  *)
(*    and is not negative, so it moves its interval to                     *)
(*    [lo + max(0, d-Drift), hi + d + Drift]: the interval widens with     *)
(*    drift.                                                               *)
(*  - A node with a reference clock (a GPS or atomic time master) may read *)
(*    it and set its interval to the exact time.                           *)
(*  - A client node c synchronises with a server s: it sends a request and *)
(*    starts a round-trip timer; s replies with its current interval       *)
(*    [slo, shi]; c accepts the reply only if it arrives within the        *)
(*    round-trip bound RTT (otherwise the request times out and the late   *)
(*    reply is discarded).  The true time on receipt is then in            *)
(*    [slo, shi + RTT], and c intersects its own interval with that one.   *)
(*    If the intersection is empty, the reply is rejected as a falseticker.*)
(*                                                                         *)
(* The model is finite: true time runs from 0 to MaxTime, and since no     *)
(* behaviour goes beyond MaxTime, nodes cap their upper bounds there.      *)
(* Each client has at most one request outstanding; its reply, if the      *)
(* server has sent one, travels in the client's sync slot.  Requests and   *)
(* replies may be lost (the timer then runs out).                          *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets, TLC

CONSTANTS
    Node,      \* The nodes; each can act as a client and as a server.
    Master,    \* The nodes that have a reference clock.
    MaxTime,   \* The horizon of the model: true time runs in 0..MaxTime.
    Drift,     \* Oscillator error per tick, in time units.
    RTT        \* The round-trip bound, in ticks.

ASSUME
    /\ Master \subseteq Node
    /\ MaxTime \in Nat /\ Drift \in Nat /\ Drift <= 1 /\ RTT \in Nat

Time == 0..MaxTime

Intervals == {i \in [lo : Time, hi : Time] : i.lo <= i.hi}

(* The state of a node's synchronisation with a server: idle; waiting for  *)
(* a reply with the round-trip timer at t; or holding a reply that has     *)
(* arrived (the server's interval), still within the timer.                *)
SyncStates ==
    [phase : {"idle"}]
    \cup [phase : {"waiting"}, timer : 0..RTT]
    \cup {r \in [phase : {"replied"}, timer : 0..RTT, lo : Time, hi : Time] : r.lo <= r.hi}

VARIABLES
    now,       \* The true (real) time.
    itv,       \* itv[n]: node n's interval [lo, hi].
    sync       \* sync[n]: n's outstanding request and the reply to it.

vars == <<now, itv, sync>>

TypeOK ==
    /\ now \in Time
    /\ itv \in [Node -> Intervals]
    /\ sync \in [Node -> SyncStates]

Max(a, b) == IF a >= b THEN a ELSE b
Min(a, b) == IF a <= b THEN a ELSE b

Idle == [phase |-> "idle"]

Init ==
    /\ now = 0
    /\ itv \in [Node -> {i \in Intervals : i.lo <= 0 /\ 0 <= i.hi}]
    /\ sync = [n \in Node |-> Idle]

-----------------------------------------------------------------------------
(* Node n's interval after one tick in which its oscillator advanced d.    *)
Advance(i, d) ==
    [lo |-> Min(MaxTime, i.lo + Max(0, d - Drift)),
     hi |-> Min(MaxTime, i.hi + d + Drift)]

(* The round-trip timer of an outstanding request advances; a request      *)
(* whose timer has reached the bound times out and its reply, if any, is   *)
(* discarded.                                                              *)
AgeSync(s) ==
    IF s.phase = "idle" \/ s.timer >= RTT THEN Idle
    ELSE [s EXCEPT !.timer = s.timer + 1]

(* One tick of real time.  Each node's oscillator advances by its own      *)
(* amount d[n], within the drift bound.                                    *)
Tick ==
    /\ now < MaxTime
    /\ now' = now + 1
    /\ \E d \in [Node -> (1 - Drift)..(1 + Drift)] :
          itv' = [n \in Node |-> Advance(itv[n], d[n])]
    /\ sync' = [n \in Node |-> AgeSync(sync[n])]

(* A master reads its reference clock.                                     *)
ReadReference(n) ==
    /\ n \in Master
    /\ itv' = [itv EXCEPT ![n] = [lo |-> now, hi |-> now]]
    /\ UNCHANGED <<now, sync>>

(* Idle client c sends a sync request and starts its round-trip timer.     *)
SendRequest(c) ==
    /\ sync[c].phase = "idle"
    /\ sync' = [sync EXCEPT ![c] = [phase |-> "waiting", timer |-> 0]]
    /\ UNCHANGED <<now, itv>>

(* Server s receives c's request and replies with its current interval.    *)
Reply(s, c) ==
    /\ s # c
    /\ sync[c].phase = "waiting"
    /\ sync' = [sync EXCEPT ![c] = [phase |-> "replied", timer |-> sync[c].timer,
                                    lo |-> itv[s].lo, hi |-> itv[s].hi]]
    /\ UNCHANGED <<now, itv>>

(* The request or its reply is lost; the client gives up on it.            *)
Lose(c) ==
    /\ sync[c].phase # "idle"
    /\ sync' = [sync EXCEPT ![c] = Idle]
    /\ UNCHANGED <<now, itv>>

(* Client c receives the reply within the round-trip bound.  The true time *)
(* is in [slo, shi + RTT]; c intersects that with its own interval, unless *)
(* the two are disjoint, in which case it rejects the reply.               *)
ReceiveReply(c) ==
    /\ sync[c].phase = "replied"
    /\ LET r   == sync[c]
           nlo == Max(itv[c].lo, r.lo)
           nhi == Min(itv[c].hi, Min(MaxTime, r.hi + RTT))
       IN  itv' = [itv EXCEPT ![c] = IF nlo <= nhi THEN [lo |-> nlo, hi |-> nhi]
                                                   ELSE itv[c]]
    /\ sync' = [sync EXCEPT ![c] = Idle]
    /\ UNCHANGED now

-----------------------------------------------------------------------------
Next ==
    \/ Tick
    \/ \E n \in Node : ReadReference(n) \/ SendRequest(n) \/ Lose(n) \/ ReceiveReply(n)
    \/ \E s, c \in Node : Reply(s, c)

Spec == Init /\ [][Next]_vars

(* Safety: every node's interval contains the true time.                   *)
IntervalContainsTrueTime ==
    \A n \in Node : itv[n].lo <= now /\ now <= itv[n].hi

=============================================================================
