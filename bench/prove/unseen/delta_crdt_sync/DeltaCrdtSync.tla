---------------------------- MODULE DeltaCrdtSync ----------------------------
(***************************************************************************)
(* Delta-state CRDT anti-entropy with causal-delta buffers and acks, after *)
(* Almeida, Shoker and Baquero, "Delta State Replicated Data Types"        *)
(* (JPDC 2018), Algorithm 2, for a grow-only counter (G-Counter).          *)
(*                                                                         *)
(* A replica keeps its CRDT state X, a counter c (the sequence number of   *)
(* its next delta), a delta buffer D mapping sequence numbers to deltas,   *)
(* and an ack map A: A[j] is the highest sequence number neighbour j has   *)
(* acknowledged.  An update applies a delta d to X and stores D[c] := d,   *)
(* c := c + 1.  To synchronise with neighbour j the replica sends the join *)
(* of the deltas D[A[j]], ..., D[c-1] tagged with c (or its whole state X  *)
(* if the buffer no longer holds D[A[j]]).  The receiver joins what it     *)
(* gets into its state and acknowledges with the tag; the sender sets      *)
(* A[j] := max(A[j], tag).  The buffer is garbage-collected: deltas with a *)
(* sequence number below min_j A[j] (acknowledged by every neighbour) are  *)
(* dropped.                                                                *)
(*                                                                         *)
(* Modelled instance: a star.  The hub replica Hub is where the counter is *)
(* incremented; its neighbours, the replicas in Leaf, serve reads.  For a  *)
(* G-Counter the state is a map from writer to count; with the hub the     *)
(* only writer, a replica's state X is its copy of the hub's entry (a      *)
(* natural number), a delta is the hub's entry after an increment, and     *)
(* join is max.  The leaves have no neighbour besides the hub, from which  *)
(* every delta they receive came, so (as in the back-propagation-avoiding  *)
(* variant of the algorithm) they buffer nothing and only acknowledge.     *)
(*                                                                         *)
(* The hub's buffer is kept the way it is implemented: as a log of the     *)
(* deltas with sequence numbers base, base+1, ..., c-1 (garbage collection *)
(* removes a prefix), so c = base + Len(deltas).                           *)
(*                                                                         *)
(* Network: each hub-leaf link carries one anti-entropy exchange at a      *)
(* time: the hub sends a delta message, the leaf answers with an ack.      *)
(* Either message may be lost, after which the hub sends again (with       *)
(* whatever it has buffered by then).  Replica state is durable.           *)
(* Increments are by 1 or more; the counter and the sequence numbers are   *)
(* bounded by MaxVal to keep the model finite.                             *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, TLC

CONSTANTS
    Hub,       \* The replica where the counter is incremented.
    Leaf,      \* The hub's neighbours.
    MaxVal     \* Bound on the counter (and so on sequence numbers).

ASSUME Hub \notin Leaf /\ MaxVal \in Nat

Replica == {Hub} \cup Leaf

Val == 0..MaxVal

(* The hub's delta buffer: the deltas with sequence numbers base..c-1.     *)
Buffers ==
    UNION {[base : {b}, deltas : [1..n -> 1..MaxVal]] :
              b \in 0..MaxVal, n \in 0..MaxVal}
Buffer == {bf \in Buffers : bf.base + Len(bf.deltas) <= MaxVal}

NoPacket == [type |-> "none"]
Packets ==
    {NoPacket}
    \cup [type : {"delta"}, val : 1..MaxVal, n : 1..MaxVal]
    \cup [type : {"ack"}, n : 1..MaxVal]

VARIABLES
    x,         \* x[r]: replica r's state (its copy of the hub's count).
    buf,       \* The hub's delta buffer.
    ack,       \* ack[l]: the hub's ack map entry for neighbour l.
    link       \* link[l]: the message in flight between the hub and l.

vars == <<x, buf, ack, link>>

TypeOK ==
    /\ x \in [Replica -> Val]
    /\ buf \in Buffer
    /\ ack \in [Leaf -> Val]
    /\ link \in [Leaf -> Packets]

(* The hub's next sequence number, and the delta with sequence number k.   *)
Ctr == buf.base + Len(buf.deltas)
Entry(k) == buf.deltas[k - buf.base + 1]
Seqs == buf.base..(Ctr - 1)

Max(a, b) == IF a >= b THEN a ELSE b
MaxOf(S) == CHOOSE m \in S : \A s \in S : s <= m

Init ==
    /\ x = [r \in Replica |-> 0]
    /\ buf = [base |-> 0, deltas |-> <<>>]
    /\ ack = [l \in Leaf |-> 0]
    /\ link = [l \in Leaf |-> NoPacket]

-----------------------------------------------------------------------------
(* The hub increments the counter by k: the delta is its new entry, which  *)
(* it joins into its state and appends to the buffer with number c.        *)
Increment(k) ==
    /\ x[Hub] + k <= MaxVal
    /\ Ctr < MaxVal
    /\ x' = [x EXCEPT ![Hub] = x[Hub] + k]
    /\ buf' = [buf EXCEPT !.deltas = Append(buf.deltas, x[Hub] + k)]
    /\ UNCHANGED <<ack, link>>

(* The hub sends neighbour l what l has not acknowledged: the join of the  *)
(* deltas ack[l]..c-1, tagged c; if those deltas are no longer all in the  *)
(* buffer, its whole state instead.                                        *)
SendDelta(l) ==
    /\ link[l] = NoPacket
    /\ ack[l] < Ctr
    /\ LET payload == IF ack[l] < buf.base THEN x[Hub]
                      ELSE MaxOf({Entry(k) : k \in ack[l]..(Ctr - 1)})
       IN  link' = [link EXCEPT ![l] = [type |-> "delta", val |-> payload, n |-> Ctr]]
    /\ UNCHANGED <<x, buf, ack>>

(* Neighbour l receives a delta, joins it into its state and acks its tag. *)
ReceiveDelta(l) ==
    /\ link[l].type = "delta"
    /\ x' = [x EXCEPT ![l] = Max(x[l], link[l].val)]
    /\ link' = [link EXCEPT ![l] = [type |-> "ack", n |-> link[l].n]]
    /\ UNCHANGED <<buf, ack>>

(* The hub receives l's ack and advances its ack map entry for l.          *)
ReceiveAck(l) ==
    /\ link[l].type = "ack"
    /\ ack' = [ack EXCEPT ![l] = Max(ack[l], link[l].n)]
    /\ link' = [link EXCEPT ![l] = NoPacket]
    /\ UNCHANGED <<x, buf>>

(* The message on the link to or from l is lost.                           *)
Lose(l) ==
    /\ link[l] # NoPacket
    /\ link' = [link EXCEPT ![l] = NoPacket]
    /\ UNCHANGED <<x, buf, ack>>

(* Garbage collection: the hub drops the deltas that every neighbour has   *)
(* acknowledged, those numbered below the least entry of its ack map.      *)
GarbageCollect ==
    LET m == MaxOf({k \in 0..MaxVal : \A l \in Leaf : k <= ack[l]})
    IN  /\ buf.base < m
        /\ m <= Ctr
        /\ buf' = [base |-> m,
                   deltas |-> SubSeq(buf.deltas, m - buf.base + 1, Len(buf.deltas))]
        /\ UNCHANGED <<x, ack, link>>

-----------------------------------------------------------------------------
Next ==
    \/ \E k \in 1..MaxVal : Increment(k)
    \/ \E l \in Leaf : SendDelta(l) \/ ReceiveDelta(l) \/ ReceiveAck(l) \/ Lose(l)
    \/ GarbageCollect

Spec == Init /\ [][Next]_vars

(* Safety: every increment the hub has made is, for each neighbour l,      *)
(* either already in l's state or still in a delta the hub buffers and l   *)
(* has not acknowledged.                                                   *)
NoIncrementLost ==
    \A l \in Leaf :
        \/ x[Hub] <= x[l]
        \/ \E k \in Seqs : k >= ack[l] /\ Entry(k) >= x[Hub]

=============================================================================
