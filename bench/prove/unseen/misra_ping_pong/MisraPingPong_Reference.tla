----------------------- MODULE MisraPingPong_Reference -----------------------
(***************************************************************************)
(* Hand-written inductive invariant for MisraPingPong, used only to check  *)
(* that the benchmark has one.  It is not part of the protocol.            *)
(***************************************************************************)
EXTENDS MisraPingPong

\* Number of hops from node a forward to node c.
Dist(a, c) == (c - a + N) % N

\* There is never more than one pong token either.
AtMostOnePong ==
    \A i, j \in Node : (pongNb[i] > 0 /\ pongNb[j] > 0) => i = j

\* When both tokens exist they carry opposite numbers (nbping + nbpong = 0).
SameNumber ==
    \A p, q \in Node : (pingNb[p] > 0 /\ pongNb[q] > 0) => pingNb[p] = pongNb[q]

\* No node remembers a number larger in magnitude than a live token's.
MemoryBounded ==
    \A i, k \in Node :
        /\ pingNb[k] > 0 => (m[i] <= pingNb[k] /\ -m[i] <= pingNb[k])
        /\ pongNb[k] > 0 => (m[i] <= pongNb[k] /\ -m[i] <= pongNb[k])

\* The nodes a token will visit before reaching the other token do not hold
\* its current number (all nodes, when the two tokens are at the same node).
NoFalseAlarm ==
    \A p, q \in Node : (pingNb[p] > 0 /\ pongNb[q] > 0) =>
        \A i \in Node :
            /\ (p = q \/ (0 < Dist(q, i) /\ Dist(q, i) <= Dist(q, p)))
                   => m[i] # -pongNb[q]
            /\ (p = q \/ (0 < Dist(p, i) /\ Dist(p, i) <= Dist(p, q)))
                   => m[i] # pingNb[p]

IndRef ==
    /\ TypeOK
    /\ AtMostOnePing
    /\ AtMostOnePong
    /\ SameNumber
    /\ MemoryBounded
    /\ NoFalseAlarm

=============================================================================
