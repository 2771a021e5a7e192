---------------------------- MODULE LamportClock ----------------------------
(***************************************************************************)
(* Lamport logical clocks (Lamport, CACM 1978) on processes that crash and *)
(* recover.                                                                *)
(*                                                                         *)
(* Each process keeps a logical clock and ticks it before every event: a  *)
(* local event or a send increments it, and a message carries the clock   *)
(* value of its send event as its timestamp; on receipt the receiver sets  *)
(* its clock to max(own clock, timestamp) + 1.                             *)
(*                                                                         *)
(* The clock lives in volatile memory.  So that a crash cannot send it    *)
(* back in time, a process persists a high-water mark stable[p] to disk    *)
(* and never lets its clock run past it; to go further it first writes a   *)
(* larger mark (reserving a block of clock values, as timestamp oracles     *)
(* do).  On recovery it resumes from the persisted mark.                   *)
(*                                                                         *)
(* The network is a set of in-flight messages: messages are delayed and    *)
(* reordered, may be lost, and may be delivered more than once (delivery  *)
(* leaves the message in the set).                                         *)
(*                                                                         *)
(* Ghost: heard[p] is the largest timestamp p has ever received (0 if      *)
(* none).  Clock values are bounded by Max.                                *)
(*                                                                         *)
(* Safety (clock condition): every process's clock is larger than every   *)
(* timestamp it has received, so each of its later events is stamped after *)
(* every send event it has heard of; and no process's clock is behind the  *)
(* timestamp of a message it sent that is still in flight.                 *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Proc,   \* the processes
    Max     \* the largest clock value

ASSUME Max \in Nat

Clock == 0 .. Max

(* Messages between distinct processes, timestamped by their send event. *)
Msg == {m \in [from : Proc, to : Proc, ts : 1 .. Max] : m.from # m.to}

VARIABLES
    clock,    \* clock[p]: p's logical clock (volatile)
    stable,   \* stable[p]: the clock high-water mark on p's disk
    msgs,     \* messages in flight
    heard     \* ghost: heard[p], the largest timestamp p has received

vars == <<clock, stable, msgs, heard>>

TypeOK ==
    /\ clock \in [Proc -> Clock]
    /\ stable \in [Proc -> Clock]
    /\ msgs \in SUBSET Msg
    /\ heard \in [Proc -> Clock]

Init ==
    /\ clock = [p \in Proc |-> 0]
    /\ stable = [p \in Proc |-> 0]
    /\ msgs = {}
    /\ heard = [p \in Proc |-> 0]

(* p persists a larger high-water mark v. *)
Persist(p, v) ==
    /\ stable[p] < v
    /\ stable' = [stable EXCEPT ![p] = v]
    /\ UNCHANGED <<clock, msgs, heard>>

(* A local event at p: tick, within the persisted mark. *)
Local(p) ==
    /\ clock[p] < stable[p]
    /\ clock' = [clock EXCEPT ![p] = clock[p] + 1]
    /\ UNCHANGED <<stable, msgs, heard>>

(* p sends a message to q stamped with its ticked clock. *)
Send(p, q) ==
    /\ p # q
    /\ clock[p] < stable[p]
    /\ clock' = [clock EXCEPT ![p] = clock[p] + 1]
    /\ msgs' = msgs \cup {[from |-> p, to |-> q, ts |-> clock[p] + 1]}
    /\ UNCHANGED <<stable, heard>>

(* m's receiver takes it: its clock jumps past the timestamp, within its  *)
(* persisted mark.  The message stays in flight: it may be duplicated.     *)
Receive(m) ==
    LET q == m.to
        c == IF clock[q] > m.ts THEN clock[q] + 1 ELSE m.ts + 1
    IN  /\ m \in msgs
        /\ c <= stable[q]
        /\ clock' = [clock EXCEPT ![q] = c]
        /\ heard' = [heard EXCEPT ![q] = IF m.ts > heard[q] THEN m.ts
                                                            ELSE heard[q]]
        /\ UNCHANGED <<stable, msgs>>

(* The network loses m. *)
Lose(m) ==
    /\ m \in msgs
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<clock, stable, heard>>

(* p crashes and recovers: its volatile clock is lost and it resumes from *)
(* the mark on its disk.                                                   *)
Restart(p) ==
    /\ clock' = [clock EXCEPT ![p] = stable[p]]
    /\ UNCHANGED <<stable, msgs, heard>>

Next ==
    \/ \E p \in Proc : Local(p) \/ Restart(p)
    \/ \E p \in Proc, v \in Clock : Persist(p, v)
    \/ \E p, q \in Proc : Send(p, q)
    \/ \E m \in msgs : Receive(m) \/ Lose(m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* A process's clock exceeds every timestamp it has received, and is not  *)
(* behind the timestamp of any in-flight message it sent.                  *)
ClockCondition ==
    /\ \A p \in Proc : heard[p] > 0 => heard[p] < clock[p]
    /\ \A m \in msgs : m.ts <= clock[m.from]
=============================================================================
