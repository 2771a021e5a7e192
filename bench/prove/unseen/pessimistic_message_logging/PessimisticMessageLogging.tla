--------------------- MODULE PessimisticMessageLogging ---------------------
(***************************************************************************)
(* Pessimistic receiver-based message logging for rollback recovery        *)
(* (Elnozahy, Alvisi, Wang, Johnson, "A Survey of Rollback-Recovery        *)
(* Protocols in Message-Passing Systems", ACM Computing Surveys 34(3),     *)
(* 2002, Section 5.1).                                                     *)
(*                                                                         *)
(* Processes are piecewise deterministic: each delivery of a message       *)
(* starts a new state interval, numbered by its receive sequence number    *)
(* (rsn), and the delivery is the only nondeterministic event.  Before a   *)
(* process delivers a message it writes the message and its determinant   *)
(* (the rsn it is delivered at) to its log on stable storage, and waits    *)
(* for the write to complete.  A message sent in state interval k of p     *)
(* makes its receiver depend on interval k of p.  On a crash a process     *)
(* loses its volatile state, restarts from its checkpoint and replays the  *)
(* logged messages in rsn order, which brings it back through the same     *)
(* state intervals; only then does it receive new messages.  An orphan is  *)
(* a process whose state depends on a state interval another process      *)
(* cannot reproduce, because the delivery that started it is missing from  *)
(* that process's stable log.  Pessimistic logging has no orphans even if  *)
(* any process crashes at any moment (the always-no-orphans condition).    *)
(*                                                                         *)
(* Two processes; a message is represented by the state interval its       *)
(* sender was in when it sent it (its dependency), and the messages in     *)
(* transit to a process form a set.  The checkpoint is the initial state   *)
(* (later checkpoints and log garbage collection are left out).  Messages  *)
(* regenerated during replay are duplicates of earlier ones and harmless.  *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Proc,     \* the two processes
    MaxRsn    \* the most deliveries a process makes

ASSUME \E p, q \in Proc : p # q /\ Proc = {p, q}

Interval == 0 .. MaxRsn
Rsn == 1 .. MaxRsn

(* The process other than p.                                               *)
Other(p) == CHOOSE q \in Proc : q # p

VARIABLES
    rsn,      \* rsn[p]: the state interval p is in (deliveries made)
    slog,     \* slog[p]: the number of deliveries on p's stable log
    logged,   \* logged[p][i]: the dependency of the message p delivers
              \* as its i-th delivery, as on its stable log
    chan      \* chan[p]: the messages in transit to p

vars == <<rsn, slog, logged, chan>>

TypeOK ==
    /\ rsn \in [Proc -> Interval]
    /\ slog \in [Proc -> Interval]
    /\ logged \in [Proc -> [Rsn -> Interval]]
    /\ chan \in [Proc -> SUBSET Interval]

Max(S) == CHOOSE m \in S : \A n \in S : n <= m

(* The latest state interval of the other process that p's current state  *)
(* depends on, through the messages p has delivered.                       *)
Dep(p) == Max({0} \cup {logged[p][i] : i \in 1 .. rsn[p]})

Init ==
    /\ rsn = [p \in Proc |-> 0]
    /\ slog = [p \in Proc |-> 0]
    /\ logged = [p \in Proc |-> [i \in Rsn |-> 0]]
    /\ chan = [p \in Proc |-> {}]

-----------------------------------------------------------------------------
(* p sends a message to the other process from its current interval.       *)
Send(p) ==
    /\ chan' = [chan EXCEPT ![Other(p)] = @ \cup {rsn[p]}]
    /\ UNCHANGED <<rsn, slog, logged>>

(* p, done replaying, receives message m and logs it with its determinant  *)
(* (the next rsn) on stable storage; it is not yet delivered.              *)
Receive(p, m) ==
    /\ m \in chan[p]
    /\ rsn[p] = slog[p]
    /\ slog[p] < MaxRsn
    /\ logged' = [logged EXCEPT ![p][slog[p] + 1] = m]
    /\ slog' = [slog EXCEPT ![p] = @ + 1]
    /\ chan' = [chan EXCEPT ![p] = @ \ {m}]
    /\ UNCHANGED rsn

(* p delivers the next logged message: a new delivery once the log write  *)
(* has completed, or a replayed one after a crash.                         *)
Deliver(p) ==
    /\ rsn[p] < slog[p]
    /\ rsn' = [rsn EXCEPT ![p] = @ + 1]
    /\ UNCHANGED <<slog, logged, chan>>

(* p crashes and restarts from its checkpoint (the initial state); its     *)
(* stable log survives.                                                    *)
Crash(p) ==
    /\ rsn' = [rsn EXCEPT ![p] = 0]
    /\ UNCHANGED <<slog, logged, chan>>

Next ==
    \/ \E p \in Proc : Send(p) \/ Deliver(p) \/ Crash(p)
    \/ \E p \in Proc, m \in Interval : Receive(p, m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No orphans: every state interval of a process that the other process    *)
(* depends on can be reproduced from the first one's stable log.          *)
NoOrphans ==
    \A p \in Proc : Dep(p) <= slog[Other(p)]
=============================================================================
