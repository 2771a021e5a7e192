---------------------------- MODULE ChandraToueg ----------------------------
(***************************************************************************)
(* The Chandra-Toueg rotating-coordinator consensus algorithm for the      *)
(* failure detector <>S ("Unreliable failure detectors for reliable        *)
(* distributed systems", JACM 1996), for N processes of which fewer than   *)
(* half may crash.                                                         *)
(*                                                                         *)
(* Each process p keeps an estimate est[p] of the decision, initially its  *)
(* input, and the timestamp ts[p]: the round in which it last adopted an   *)
(* estimate (0 for the input).  Processes go through asynchronous rounds;  *)
(* the coordinator of round r is process ((r - 1) % N) + 1.  In round r:   *)
(*   phase 1: every process sends <<est, ts>> to the coordinator;         *)
(*   phase 2: the coordinator waits for the estimates of a majority and    *)
(*            proposes one with the largest timestamp;                     *)
(*   phase 3: every process waits for the proposal or suspects the         *)
(*            coordinator.  On the proposal it sets est := proposal,       *)
(*            ts := r and sends an ack; on a suspicion it sends a nack.    *)
(*            Either way it moves on to round r + 1;                       *)
(*   phase 4: the coordinator waits for the replies of a majority; if all  *)
(*            are acks it R-broadcasts decide(proposal).                   *)
(* A process that R-delivers decide(v) decides v and stops.                *)
(*                                                                         *)
(* Modelling choices, to keep the state space small:                       *)
(*   - The rounds are bounded by MaxRound; a process in the last round     *)
(*     stays there.                                                        *)
(*   - The proposal of round r is the broadcast message proposal[r].       *)
(*   - Phase-1 and phase-3 messages are not kept in a separate pool: a     *)
(*     process's round-r estimate is the <<est, ts>> it had on entering    *)
(*     round r, which it still has as long as ts < r (it can adopt only    *)
(*     proposals of its current round); and it has acked round r exactly   *)
(*     when it adopted proposal[r], which it still shows as long as        *)
(*     ts = r.  The coordinator therefore counts estimates of processes    *)
(*     with rnd >= r and ts < r, and acks of processes with ts = r.  (This *)
(*     leaves out only deliveries of such messages after their sender has  *)
(*     adopted a later proposal.)                                          *)
(*   - R-broadcast of decide is modelled by letting any process copy the   *)
(*     decision of a process that has decided.                             *)
(*   - Crashes and the failure detector: a crashed process just takes no   *)
(*     more steps, and a process may suspect the coordinator (and move on) *)
(*     at any time, as <>S allows before it stabilises.  No step is ever   *)
(*     forced, so every crash pattern is covered for safety.               *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    N,          \* number of processes
    Values,     \* possible inputs
    MaxRound,   \* rounds are 1..MaxRound
    None        \* "no value"

ASSUME /\ N \in Nat \ {0}
       /\ MaxRound \in Nat \ {0}
       /\ None \notin Values

Procs == 1..N
Rounds == 1..MaxRound
Coord(r) == ((r - 1) % N) + 1
Majorities == {Q \in SUBSET Procs : 2 * Cardinality(Q) > N}

VARIABLES
    rnd,        \* rnd[p]: the round process p is in
    est,        \* est[p]: the estimate of p
    ts,         \* ts[p]: the round in which p adopted est[p], 0 for its input
    proposal,   \* proposal[r]: the value the coordinator of r proposed, or None
    decision    \* decision[p]: the value p decided, or None

vars == <<rnd, est, ts, proposal, decision>>

TypeOK ==
    /\ rnd \in [Procs -> Rounds]
    /\ est \in [Procs -> Values]
    /\ ts \in [Procs -> 0..MaxRound]
    /\ proposal \in [Rounds -> Values \cup {None}]
    /\ decision \in [Procs -> Values \cup {None}]

Init ==
    /\ rnd = [p \in Procs |-> 1]
    /\ est \in [Procs -> Values]
    /\ ts = [p \in Procs |-> 0]
    /\ proposal = [r \in Rounds |-> None]
    /\ decision = [p \in Procs |-> None]

-----------------------------------------------------------------------------
(* Phases 1-2: the coordinator of round r has the round-r estimates of a  *)
(* majority Q and proposes one with the largest timestamp.                 *)
Propose(r) ==
    LET c == Coord(r) IN
    /\ rnd[c] = r
    /\ decision[c] = None
    /\ proposal[r] = None
    /\ \E Q \in Majorities :
          /\ \A q \in Q : rnd[q] >= r /\ ts[q] < r
          /\ \E q \in Q :
                /\ \A q2 \in Q : ts[q2] <= ts[q]
                /\ proposal' = [proposal EXCEPT ![r] = est[q]]
    /\ UNCHANGED <<rnd, est, ts, decision>>

(* Phase 3: process p receives the proposal of its round, adopts it and   *)
(* acks it.                                                                *)
Adopt(p) ==
    LET r == rnd[p] IN
    /\ decision[p] = None
    /\ proposal[r] # None
    /\ ts[p] < r
    /\ est' = [est EXCEPT ![p] = proposal[r]]
    /\ ts' = [ts EXCEPT ![p] = r]
    /\ UNCHANGED <<rnd, proposal, decision>>

(* Process p moves on to the next round: after acking, or after           *)
(* suspecting the coordinator (nack), or, for the coordinator, after a     *)
(* failed phase 4.  Entering round r + 1 sends its estimate (phase 1).     *)
NextRound(p) ==
    /\ decision[p] = None
    /\ rnd[p] < MaxRound
    /\ rnd' = [rnd EXCEPT ![p] = rnd[p] + 1]
    /\ UNCHANGED <<est, ts, proposal, decision>>

(* Phase 4: the coordinator of round r has acks from a majority and       *)
(* decides its proposal (and R-broadcasts decide).                         *)
Decide(r) ==
    LET c == Coord(r) IN
    /\ rnd[c] = r
    /\ decision[c] = None
    /\ proposal[r] # None
    /\ \E Q \in Majorities : \A q \in Q : ts[q] = r
    /\ decision' = [decision EXCEPT ![c] = proposal[r]]
    /\ UNCHANGED <<rnd, est, ts, proposal>>

(* Process p R-delivers the decision of some process and decides it. *)
DeliverDecision(p) ==
    /\ decision[p] = None
    /\ \E q \in Procs :
          /\ decision[q] # None
          /\ decision' = [decision EXCEPT ![p] = decision[q]]
    /\ UNCHANGED <<rnd, est, ts, proposal>>

Next ==
    \/ \E r \in Rounds : Propose(r) \/ Decide(r)
    \/ \E p \in Procs : Adopt(p) \/ NextRound(p) \/ DeliverDecision(p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: no two processes decide differently. *)
Agreement ==
    \A p, q \in Procs :
        (decision[p] # None /\ decision[q] # None) => decision[p] = decision[q]

=============================================================================
