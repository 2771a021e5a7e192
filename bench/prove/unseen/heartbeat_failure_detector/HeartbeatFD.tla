----------------------------- MODULE HeartbeatFD -----------------------------
(***************************************************************************)
(* A timeout-based (heartbeat) failure detector in a synchronous system.   *)
(* Every monitored process sends a heartbeat to a monitor every Period     *)
(* time units; a message is delivered at most MaxDelay time units after it *)
(* was sent (messages may be reordered).  For each process the monitor     *)
(* keeps a timer of the time since it last received a heartbeat from it,  *)
(* and suspects the process once that timer exceeds Timeout.  A heartbeat  *)
(* from a suspected process revokes the suspicion.  Processes may crash    *)
(* (crash-stop): a crashed process sends nothing more.                     *)
(*                                                                         *)
(* Time is discrete.  The global action Tick advances time by one unit for *)
(* every timer and every message in transit.  It is enabled only when no   *)
(* deadline is due: no message in transit has reached age MaxDelay (it     *)
(* must be delivered first), no live process has a heartbeat due (it must  *)
(* send it first), and no timer of the monitor has run past Timeout        *)
(* without a suspicion.  All timers are bounded.                           *)
(*                                                                         *)
(* With Timeout > Period + MaxDelay the detector satisfies strong          *)
(* accuracy: it never suspects a process that is alive.                    *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Proc,      \* the monitored processes
    Period,    \* a live process sends a heartbeat every Period time units
    MaxDelay,  \* every message is delivered within MaxDelay time units
    Timeout    \* the monitor suspects a process after Timeout units of silence

ASSUME /\ Period \in Nat \ {0}
       /\ MaxDelay \in Nat
       /\ Timeout \in Nat
       /\ Timeout > Period + MaxDelay

VARIABLES
    alive,      \* alive[p]: process p has not crashed
    sendTimer,  \* sendTimer[p]: time since p last sent a heartbeat
    msgs,       \* heartbeats in transit, each with its age
    timer,      \* timer[p]: the monitor's time since its last heartbeat from p
    suspected   \* the processes the monitor currently suspects

vars == <<alive, sendTimer, msgs, timer, suspected>>

Heartbeat == [from : Proc, age : 0..MaxDelay]

TypeOK ==
    /\ alive \in [Proc -> BOOLEAN]
    /\ sendTimer \in [Proc -> 0..Period]
    /\ msgs \subseteq Heartbeat
    /\ timer \in [Proc -> 0..Timeout + 1]
    /\ suspected \subseteq Proc

Init ==
    /\ alive = [p \in Proc |-> TRUE]
    /\ sendTimer = [p \in Proc |-> 0]
    /\ msgs = {}
    /\ timer = [p \in Proc |-> 0]
    /\ suspected = {}

-----------------------------------------------------------------------------
(* A live process whose period has elapsed sends a heartbeat.              *)
SendHeartbeat(p) ==
    /\ alive[p]
    /\ sendTimer[p] = Period
    /\ msgs' = msgs \cup {[from |-> p, age |-> 0]}
    /\ sendTimer' = [sendTimer EXCEPT ![p] = 0]
    /\ UNCHANGED <<alive, timer, suspected>>

(* The monitor receives a heartbeat: it restarts the process's timer and   *)
(* no longer suspects it.                                                  *)
Receive(m) ==
    /\ m \in msgs
    /\ msgs' = msgs \ {m}
    /\ timer' = [timer EXCEPT ![m.from] = 0]
    /\ suspected' = suspected \ {m.from}
    /\ UNCHANGED <<alive, sendTimer>>

(* The monitor's timer for p has run past Timeout: it suspects p.          *)
Suspect(p) ==
    /\ timer[p] > Timeout
    /\ p \notin suspected
    /\ suspected' = suspected \cup {p}
    /\ UNCHANGED <<alive, sendTimer, msgs, timer>>

(* Process p crashes.                                                      *)
Crash(p) ==
    /\ alive[p]
    /\ alive' = [alive EXCEPT ![p] = FALSE]
    /\ UNCHANGED <<sendTimer, msgs, timer, suspected>>

(* One unit of time passes, if no deadline is due.  The monitor's timer of *)
(* a suspected process stops at Timeout + 1; so does the send timer of a   *)
(* crashed process.                                                        *)
Tick ==
    /\ \A m \in msgs : m.age < MaxDelay
    /\ \A p \in Proc : alive[p] => sendTimer[p] < Period
    /\ \A p \in Proc : timer[p] > Timeout => p \in suspected
    /\ msgs' = {[from |-> m.from, age |-> m.age + 1] : m \in msgs}
    /\ sendTimer' = [p \in Proc |-> IF alive[p] THEN sendTimer[p] + 1
                                                ELSE sendTimer[p]]
    /\ timer' = [p \in Proc |-> IF timer[p] > Timeout THEN timer[p]
                                                      ELSE timer[p] + 1]
    /\ UNCHANGED <<alive, suspected>>

Next ==
    \/ \E p \in Proc : SendHeartbeat(p) \/ Suspect(p) \/ Crash(p)
    \/ \E m \in msgs : Receive(m)
    \/ Tick

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety (strong accuracy): no process is suspected while it is alive.    *)
StrongAccuracy ==
    \A p \in suspected : ~alive[p]

=============================================================================
