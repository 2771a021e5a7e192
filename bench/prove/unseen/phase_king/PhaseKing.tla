------------------------------ MODULE PhaseKing ------------------------------
(***************************************************************************)
(* The phase king algorithm for binary Byzantine agreement in a            *)
(* synchronous system (Berman, Garay and Perry, "Towards optimal           *)
(* distributed consensus", FOCS 1989; Attiya and Welch, Distributed        *)
(* Computing, 5.2.5).  N processes, at most F of them Byzantine, N > 4F.   *)
(* Each honest process i holds a preference pref[i] in {0, 1}.  The        *)
(* algorithm runs F+1 phases of two rounds; the king of phase k is         *)
(* process k.                                                              *)
(*                                                                         *)
(*   Round 1: every process sends its preference to all.  Process i sets   *)
(*            maj to the value it received from a majority (N is odd, so   *)
(*            there is no tie) and mult to the number of times it was      *)
(*            received.                                                    *)
(*   Round 2: the king sends its maj to all.  Process i keeps              *)
(*            pref := maj if mult > N/2 + F, and otherwise adopts the      *)
(*            king's value.                                                *)
(*                                                                         *)
(* After phase F+1 every honest process decides its preference.            *)
(*                                                                         *)
(* Model.  Rounds are synchronous: each honest process takes its step of   *)
(* the round (one action, in any order), and the round ends when all have. *)
(* A Byzantine process may send a different value to every process, in     *)
(* each round: the value it sends is chosen in the receiver's step.  Of    *)
(* mult only the test mult > N/2 + F is kept (strong).                     *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    N,     \* the number of processes, 1..N
    F,     \* the most Byzantine processes tolerated
    Byz    \* the processes that are Byzantine in this run

Proc == 1..N
Honest == Proc \ Byz
Bit == {0, 1}

ASSUME /\ N \in Nat /\ F \in Nat
       /\ N > 4 * F
       /\ N % 2 = 1
       /\ Byz \subseteq Proc
       /\ Cardinality(Byz) <= F

(* The king of phase k. *)
King(k) == k

VARIABLES
    pref,     \* pref[i]: the preference of honest process i
    maj,      \* maj[i]: the majority value i received in round 1
    strong,   \* strong[i]: that value was received more than N/2 + F times
    phase,    \* the current phase, 1..F+1; F+2 once the phases are over
    round,    \* the current round of the phase, 1 or 2
    done      \* done[i]: honest i has taken its step of the current round

vars == <<pref, maj, strong, phase, round, done>>

TypeOK ==
    /\ pref \in [Honest -> Bit]
    /\ maj \in [Honest -> Bit]
    /\ strong \in [Honest -> BOOLEAN]
    /\ phase \in 1..(F + 2)
    /\ round \in {1, 2}
    /\ done \in [Honest -> BOOLEAN]

(* Every honest process starts with an arbitrary input. *)
Init ==
    /\ pref \in [Honest -> Bit]
    /\ maj = [i \in Honest |-> 0]
    /\ strong = [i \in Honest |-> FALSE]
    /\ phase = 1
    /\ round = 1
    /\ done = [i \in Honest |-> FALSE]

-----------------------------------------------------------------------------
(* Round 1 at honest process i: it receives every honest preference and,   *)
(* from each Byzantine process j, some value b[j]; it computes the         *)
(* majority value and whether it was received more than N/2 + F times.     *)
Round1(i) ==
    /\ phase <= F + 1
    /\ round = 1
    /\ ~done[i]
    /\ \E b \in [Byz -> Bit] :
          LET ones == Cardinality({j \in Honest : pref[j] = 1})
                        + Cardinality({j \in Byz : b[j] = 1})
              m    == IF 2 * ones > N THEN 1 ELSE 0
              mult == IF m = 1 THEN ones ELSE N - ones
          IN  /\ maj' = [maj EXCEPT ![i] = m]
              /\ strong' = [strong EXCEPT ![i] = (2 * mult > N + 2 * F)]
    /\ done' = [done EXCEPT ![i] = TRUE]
    /\ UNCHANGED <<pref, phase, round>>

(* Round 2 at honest process i: it receives the king's value (the king's   *)
(* maj if the king is honest, anything if not) and keeps its own majority  *)
(* value if that was strong, otherwise adopts the king's.                  *)
Round2(i) ==
    /\ phase <= F + 1
    /\ round = 2
    /\ ~done[i]
    /\ \E kv \in (IF King(phase) \in Honest THEN {maj[King(phase)]} ELSE Bit) :
          pref' = [pref EXCEPT ![i] = IF strong[i] THEN maj[i] ELSE kv]
    /\ done' = [done EXCEPT ![i] = TRUE]
    /\ UNCHANGED <<maj, strong, phase, round>>

(* Every honest process has taken its step: the round ends.                *)
EndRound ==
    /\ phase <= F + 1
    /\ \A i \in Honest : done[i]
    /\ done' = [i \in Honest |-> FALSE]
    /\ IF round = 1
         THEN /\ round' = 2
              /\ UNCHANGED phase
         ELSE /\ round' = 1
              /\ phase' = phase + 1
    /\ UNCHANGED <<pref, maj, strong>>

Next ==
    \/ \E i \in Honest : Round1(i) \/ Round2(i)
    \/ EndRound

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Agreement: once the F+1 phases are over, all honest processes decide    *)
(* (prefer) the same value.                                                *)
Agreement ==
    phase = F + 2 => \A i, j \in Honest : pref[i] = pref[j]
=============================================================================
