---------------------------- MODULE BenOrRound ----------------------------
(***************************************************************************)
(* One round of Ben-Or's randomized binary consensus (Ben-Or, "Another     *)
(* advantage of free choice", PODC 1983) for n processes of which at most  *)
(* f may crash, n > 2f.                                                    *)
(*                                                                         *)
(* Phase 1: every process broadcasts a report carrying its current binary  *)
(* estimate, then waits for n-f reports.  If more than n/2 of the reports *)
(* it received carry the same value v it broadcasts the proposal v,        *)
(* otherwise the proposal "?" (Bot).                                       *)
(* Phase 2: a process waits for n-f proposals; if at least f+1 of them     *)
(* carry the same value v it decides v.  (Otherwise it would adopt a value *)
(* it saw, or flip a coin, for the next round; the next round is not       *)
(* modelled.)                                                              *)
(*                                                                         *)
(* Broadcasts are reliable among live processes, so the report and the     *)
(* proposal of a process are kept as per-process variables that every     *)
(* process may read once they are sent; asynchrony is modelled by letting *)
(* a waiting process act on ANY n-f of the messages sent so far.  The      *)
(* estimate a process reports is its input to the round and is chosen     *)
(* freely.  Up to f processes crash: a crashed process takes no further    *)
(* steps (a message it sent may still be counted by some processes and    *)
(* not by others, since each chooses its own n-f messages).                *)
(*                                                                         *)
(* Safety (agreement): no two processes decide different values.          *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Proc,     \* the processes
    F,        \* the maximum number of crashes
    None,     \* "not sent yet" / "not decided yet"
    Bot       \* the proposal "?": no value was reported by a majority

Value == {0, 1}

ASSUME /\ F \in Nat
       /\ Cardinality(Proc) > 2 * F
       /\ None \notin Value \cup {Bot}
       /\ Bot \notin Value

N == Cardinality(Proc)

VARIABLES
    report,     \* report[p]: the value p broadcast in phase 1, or None
    proposal,   \* proposal[p]: the value or Bot p broadcast in phase 2, or None
    decision,   \* decision[p]: the value p decided in this round, or None
    crashed     \* the processes that have crashed

vars == <<report, proposal, decision, crashed>>

TypeOK ==
    /\ report \in [Proc -> Value \cup {None}]
    /\ proposal \in [Proc -> Value \cup {Bot, None}]
    /\ decision \in [Proc -> Value \cup {None}]
    /\ crashed \in SUBSET Proc

(* The sets of n-f processes a process may wait for. *)
Quorums == {Q \in SUBSET Proc : Cardinality(Q) = N - F}

Init ==
    /\ report = [p \in Proc |-> None]
    /\ proposal = [p \in Proc |-> None]
    /\ decision = [p \in Proc |-> None]
    /\ crashed = {}

(* Live process p starts the round with estimate v and broadcasts a report. *)
Report(p, v) ==
    /\ p \notin crashed
    /\ report[p] = None
    /\ report' = [report EXCEPT ![p] = v]
    /\ UNCHANGED <<proposal, decision, crashed>>

(* Live process p has received the reports of the processes in Q and       *)
(* broadcasts its proposal: v if more than n/2 of them reported v, else ?. *)
Propose(p, Q) ==
    /\ p \notin crashed
    /\ report[p] # None
    /\ proposal[p] = None
    /\ \A q \in Q : report[q] # None
    /\ LET Majority(v) == 2 * Cardinality({q \in Q : report[q] = v}) > N
       IN  proposal' = [proposal EXCEPT ![p] =
                          IF \E v \in Value : Majority(v)
                          THEN CHOOSE v \in Value : Majority(v)
                          ELSE Bot]
    /\ UNCHANGED <<report, decision, crashed>>

(* Live process p has received the proposals of the processes in Q, at     *)
(* least f+1 of which carry v, and decides v.                              *)
Decide(p, Q, v) ==
    /\ p \notin crashed
    /\ proposal[p] # None
    /\ decision[p] = None
    /\ \A q \in Q : proposal[q] # None
    /\ Cardinality({q \in Q : proposal[q] = v}) >= F + 1
    /\ decision' = [decision EXCEPT ![p] = v]
    /\ UNCHANGED <<report, proposal, crashed>>

(* Process p crashes; at most f processes do. *)
Crash(p) ==
    /\ p \notin crashed
    /\ Cardinality(crashed) < F
    /\ crashed' = crashed \cup {p}
    /\ UNCHANGED <<report, proposal, decision>>

Next ==
    \E p \in Proc :
        \/ \E v \in Value : Report(p, v)
        \/ \E Q \in Quorums : Propose(p, Q)
        \/ \E Q \in Quorums, v \in Value : Decide(p, Q, v)
        \/ Crash(p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No two processes decide different values. *)
Agreement ==
    \A p, q \in Proc :
        decision[p] # None /\ decision[q] # None => decision[p] = decision[q]
=============================================================================
