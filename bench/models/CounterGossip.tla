---------------------------- MODULE CounterGossip ----------------------------
(***************************************************************************)
(* Benchmark model for Invar: replicated grow-only counters gossiped over  *)
(* lossy one-slot channels.  Each node increments its own counter and      *)
(* sends its current value to a peer that has not seen it yet; the peer    *)
(* keeps the largest value it has received.  A send replaces an older      *)
(* value still in flight, and the network may drop a message.  The state   *)
(* space is finite because counters stop at MaxVal.                        *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS Nodes, MaxVal

VARIABLES count,    \* count[n]: node n's own counter
          known,    \* known[n][m]: the largest value of m's counter n has received
          inflight  \* inflight[m][n]: the value in flight from m to n, 0 if none

vars == <<count, known, inflight>>

TypeOK ==
  /\ count \in [Nodes -> 0..MaxVal]
  /\ known \in [Nodes -> [Nodes -> 0..MaxVal]]
  /\ inflight \in [Nodes -> [Nodes -> 0..MaxVal]]

Init ==
  /\ count = [n \in Nodes |-> 0]
  /\ known = [n \in Nodes |-> [m \in Nodes |-> 0]]
  /\ inflight = [m \in Nodes |-> [n \in Nodes |-> 0]]

Increment(n) ==
  /\ count[n] < MaxVal
  /\ count' = [count EXCEPT ![n] = @ + 1]
  /\ known' = [known EXCEPT ![n][n] = @ + 1]
  /\ UNCHANGED inflight

\* m tells n its counter, if n has not received it and it is newer than
\* what is already in flight.
Send(m, n) ==
  /\ m # n
  /\ count[m] > known[n][m]
  /\ count[m] > inflight[m][n]
  /\ inflight' = [inflight EXCEPT ![m][n] = count[m]]
  /\ UNCHANGED <<count, known>>

Receive(m, n) ==
  /\ inflight[m][n] > 0
  /\ known' = [known EXCEPT ![n][m] = IF inflight[m][n] > @ THEN inflight[m][n] ELSE @]
  /\ inflight' = [inflight EXCEPT ![m][n] = 0]
  /\ UNCHANGED count

Lose(m, n) ==
  /\ inflight[m][n] > 0
  /\ inflight' = [inflight EXCEPT ![m][n] = 0]
  /\ UNCHANGED <<count, known>>

\* Everyone has counted to MaxVal and knows it: nothing left to do.
Converged == \A n, m \in Nodes : known[n][m] = MaxVal

Next ==
  \/ \E n \in Nodes : Increment(n)
  \/ \E m, n \in Nodes : Send(m, n) \/ Receive(m, n) \/ Lose(m, n)
  \/ Converged /\ UNCHANGED vars

Spec == Init /\ [][Next]_vars

\* Nobody has received more of a counter than its owner has counted.
KnownBelowCount == \A n, m \in Nodes : known[n][m] <= count[m]

\* Only counted values are in flight, and only news.
InflightSound ==
  \A m, n \in Nodes :
    inflight[m][n] = 0 \/ (known[n][m] < inflight[m][n] /\ inflight[m][n] <= count[m])
==============================================================================
