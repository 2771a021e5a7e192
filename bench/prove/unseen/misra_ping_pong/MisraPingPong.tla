---------------------------- MODULE MisraPingPong ----------------------------
(***************************************************************************)
(* Misra's ping-pong algorithm for detecting the loss of a token on a      *)
(* unidirectional ring and regenerating it (J. Misra, "Detecting           *)
(* termination of distributed computations using markers", PODC 1983).     *)
(*                                                                         *)
(* Two tokens circulate in the same direction: ping (the token that grants *)
(* mutual exclusion) and pong.  Ping carries a number nbping > 0 and pong  *)
(* a number nbpong = -nbping.  Every node i remembers in m[i] the number   *)
(* of the last token that visited it.  When a token arrives at node i:     *)
(*   - if m[i] equals the token's number, the token has gone round the     *)
(*     whole ring without i seeing the other token, so the other token is  *)
(*     lost: it is regenerated at i, and both numbers grow in magnitude    *)
(*     (nbping := nbping + 1, nbpong := -nbping);                          *)
(*   - otherwise m[i] is set to the token's number, and if the other token *)
(*     is at i the two tokens meet: nbping := nbping + 1 and               *)
(*     nbpong := nbpong - 1.                                               *)
(*                                                                         *)
(* A token is held by a node (pingNb[i] > 0 means node i holds a ping      *)
(* numbered pingNb[i]; pongNb[i] > 0 means it holds a pong numbered        *)
(* -pongNb[i]); passing it to the successor is one atomic step.  Either    *)
(* token can be lost at any time (message loss or crash of its holder).    *)
(* Numbers are bounded by Max: a step that would exceed Max is disabled.   *)
(*                                                                         *)
(* Safety: there is never more than one ping token in the ring.            *)
(***************************************************************************)
EXTENDS Integers

CONSTANTS
    N,      \* number of nodes on the ring, numbered 0 .. N-1
    Max     \* bound on the magnitude of the token numbers

Node == 0 .. N-1

Succ(i) == (i + 1) % N

VARIABLES
    pingNb, \* pingNb[i] > 0: node i holds a ping with number pingNb[i]
    pongNb, \* pongNb[i] > 0: node i holds a pong with number -pongNb[i]
    m       \* m[i]: number of the last token that visited node i

vars == << pingNb, pongNb, m >>

TypeOK ==
    /\ pingNb \in [Node -> 0 .. Max]
    /\ pongNb \in [Node -> 0 .. Max]
    /\ m \in [Node -> -Max .. Max]

\* Both tokens start at node 0 with numbers 1 and -1; no node has seen one.
Init ==
    /\ pingNb = [i \in Node |-> IF i = 0 THEN 1 ELSE 0]
    /\ pongNb = [i \in Node |-> IF i = 0 THEN 1 ELSE 0]
    /\ m = [i \in Node |-> 0]

-----------------------------------------------------------------------------
(* Ping moves from node i to its successor j.                              *)

\* Ping arrives at j, which does not hold pong: j records its number.
PassPing(i) ==
    LET j == Succ(i)
        b == pingNb[i]
    IN  /\ b > 0
        /\ m[j] # b
        /\ pongNb[j] = 0
        /\ pingNb' = [pingNb EXCEPT ![i] = 0, ![j] = b]
        /\ m' = [m EXCEPT ![j] = b]
        /\ UNCHANGED pongNb

\* Ping arrives at j, which holds pong: the tokens meet and both numbers grow.
PingMeetsPong(i) ==
    LET j == Succ(i)
        b == pingNb[i]
    IN  /\ b > 0
        /\ m[j] # b
        /\ pongNb[j] > 0
        /\ b < Max
        /\ pongNb[j] < Max
        /\ pingNb' = [pingNb EXCEPT ![i] = 0, ![j] = b + 1]
        /\ pongNb' = [pongNb EXCEPT ![j] = pongNb[j] + 1]
        /\ m' = [m EXCEPT ![j] = b]

\* Ping arrives at j and j last saw this very ping: pong is lost, and j
\* regenerates it (nbping := nbping + 1; nbpong := -nbping).
PingRegeneratesPong(i) ==
    LET j == Succ(i)
        b == pingNb[i]
    IN  /\ b > 0
        /\ m[j] = b
        /\ b < Max
        /\ pingNb' = [pingNb EXCEPT ![i] = 0, ![j] = b + 1]
        /\ pongNb' = [pongNb EXCEPT ![j] = b + 1]
        /\ UNCHANGED m

-----------------------------------------------------------------------------
(* Pong moves from node i to its successor j (symmetric).                  *)

PassPong(i) ==
    LET j == Succ(i)
        b == pongNb[i]
    IN  /\ b > 0
        /\ m[j] # -b
        /\ pingNb[j] = 0
        /\ pongNb' = [pongNb EXCEPT ![i] = 0, ![j] = b]
        /\ m' = [m EXCEPT ![j] = -b]
        /\ UNCHANGED pingNb

PongMeetsPing(i) ==
    LET j == Succ(i)
        b == pongNb[i]
    IN  /\ b > 0
        /\ m[j] # -b
        /\ pingNb[j] > 0
        /\ b < Max
        /\ pingNb[j] < Max
        /\ pongNb' = [pongNb EXCEPT ![i] = 0, ![j] = b + 1]
        /\ pingNb' = [pingNb EXCEPT ![j] = pingNb[j] + 1]
        /\ m' = [m EXCEPT ![j] = -b]

\* Pong arrives at j and j last saw this very pong: ping is lost, and j
\* regenerates it (nbpong := nbpong - 1; nbping := -nbpong).
PongRegeneratesPing(i) ==
    LET j == Succ(i)
        b == pongNb[i]
    IN  /\ b > 0
        /\ m[j] = -b
        /\ b < Max
        /\ pongNb' = [pongNb EXCEPT ![i] = 0, ![j] = b + 1]
        /\ pingNb' = [pingNb EXCEPT ![j] = b + 1]
        /\ UNCHANGED m

-----------------------------------------------------------------------------
(* Faults: a token held at node i disappears.                              *)

LosePing(i) ==
    /\ pingNb[i] > 0
    /\ pingNb' = [pingNb EXCEPT ![i] = 0]
    /\ UNCHANGED << pongNb, m >>

LosePong(i) ==
    /\ pongNb[i] > 0
    /\ pongNb' = [pongNb EXCEPT ![i] = 0]
    /\ UNCHANGED << pingNb, m >>

Next ==
    \E i \in Node :
        \/ PassPing(i)
        \/ PingMeetsPong(i)
        \/ PingRegeneratesPong(i)
        \/ PassPong(i)
        \/ PongMeetsPing(i)
        \/ PongRegeneratesPing(i)
        \/ LosePing(i)
        \/ LosePong(i)

Spec == Init /\ [][Next]_vars

\* The ring never contains two ping tokens.
AtMostOnePing ==
    \A i, j \in Node : (pingNb[i] > 0 /\ pingNb[j] > 0) => i = j

=============================================================================
