------------------------------ MODULE FloodSet ------------------------------
(***************************************************************************)
(* The synchronous FloodSet consensus algorithm (Lynch, Distributed        *)
(* Algorithms, 6.2) for processes that may crash, at most F of them.       *)
(*                                                                         *)
(* Each process starts with a set W = {its input value}.  The algorithm    *)
(* runs F+1 synchronous rounds.  In each round every live process sends W  *)
(* to every process; a process that crashes during its send reaches only  *)
(* some of them, and sends nothing in later rounds.  The values received   *)
(* in a round are collected in inbox and, when the round ends, every       *)
(* process adds them to W.  After round F+1 (round = F+2) each process     *)
(* that has not crashed decides the least value of W.                      *)
(*                                                                         *)
(* Safety (agreement): processes that decide without crashing decide the   *)
(* same value.                                                             *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Proc,   \* the processes
    Val,    \* the input values (natural numbers)
    F       \* the largest number of crashes

ASSUME Val \subseteq Nat /\ Val # {} /\ F \in Nat

VARIABLES
    W,        \* W[p]: the values p has seen
    inbox,    \* inbox[p]: the values p has received in the current round
    round,    \* the current round, 1 .. F+1; F+2 once the rounds are over
    pc        \* pc[p]: "send" (still to send this round), "wait" (has sent,
              \* waits for the round to end) or "crashed"

vars == <<W, inbox, round, pc>>

TypeOK ==
    /\ W \in [Proc -> SUBSET Val]
    /\ inbox \in [Proc -> SUBSET Val]
    /\ round \in 1 .. F+2
    /\ pc \in [Proc -> {"send", "wait", "crashed"}]

(* The processes that have crashed. *)
Crashed == {p \in Proc : pc[p] = "crashed"}

(* Each process starts with a single input value. *)
Init ==
    /\ W \in [Proc -> {{v} : v \in Val}]
    /\ inbox = [p \in Proc |-> {}]
    /\ round = 1
    /\ pc = [p \in Proc |-> "send"]

(* Live process p sends W[p] to every process in the current round. *)
Send(p) ==
    /\ round <= F+1
    /\ pc[p] = "send"
    /\ inbox' = [q \in Proc |-> inbox[q] \cup W[p]]
    /\ pc' = [pc EXCEPT ![p] = "wait"]
    /\ UNCHANGED <<W, round>>

(* Process p crashes while sending in the current round: only the          *)
(* processes in S receive W[p].  At most F processes crash.                *)
Crash(p, S) ==
    /\ round <= F+1
    /\ pc[p] = "send"
    /\ Cardinality(Crashed) < F
    /\ inbox' = [q \in Proc |-> IF q \in S THEN inbox[q] \cup W[p]
                                           ELSE inbox[q]]
    /\ pc' = [pc EXCEPT ![p] = "crashed"]
    /\ UNCHANGED <<W, round>>

(* Every live process has sent: the round ends, every process adds what it *)
(* received to W, and the next round begins.                               *)
EndRound ==
    /\ round <= F+1
    /\ \A p \in Proc : pc[p] # "send"
    /\ W' = [p \in Proc |-> W[p] \cup inbox[p]]
    /\ inbox' = [p \in Proc |-> {}]
    /\ pc' = [p \in Proc |-> IF pc[p] = "wait" THEN "send" ELSE pc[p]]
    /\ round' = round + 1

Next ==
    \/ \E p \in Proc : Send(p)
    \/ \E p \in Proc, S \in SUBSET Proc : Crash(p, S)
    \/ EndRound

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* The decision rule: the least value seen (a default for an empty set). *)
Decision(S) ==
    IF S = {} THEN CHOOSE v \in Val : \A w \in Val : v <= w
              ELSE CHOOSE v \in S : \A w \in S : v <= w

(* After the F+1 rounds, the processes that have not crashed decide the    *)
(* same value.                                                             *)
Agreement ==
    round = F+2 =>
        \A p, q \in Proc \ Crashed : Decision(W[p]) = Decision(W[q])
=============================================================================
