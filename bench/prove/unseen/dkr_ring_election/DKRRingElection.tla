--------------------------- MODULE DKRRingElection ---------------------------
(***************************************************************************)
(* Leader election on a unidirectional ring by the algorithm of Dolev,     *)
(* Klawe and Rodeh and of Peterson (1982), as presented by Lynch           *)
(* ("Distributed Algorithms", PetersonLeader) and Tel ("Introduction to    *)
(* Distributed Algorithms", section 7.3).                                  *)
(*                                                                         *)
(* Every process starts active, with its own id as its current id (ci).    *)
(* The algorithm runs in phases.  In a phase each active process sends its *)
(* ci to its successor, receives the ci of its nearest active predecessor  *)
(* (acp) and forwards it, then receives the ci of its second nearest       *)
(* active predecessor.  It stays active, adopting acp as its new ci, only  *)
(* if acp is larger than both its own ci and that second id, i.e. if the   *)
(* middle one of the three is a local maximum; otherwise it becomes a      *)
(* relay, which from then on forwards every message unchanged.  A process *)
(* that receives its own ci as the first message of a phase is the only   *)
(* active one left, and becomes the leader.                                *)
(*                                                                         *)
(* Links are reliable FIFO channels, chan[p] being the channel from p's    *)
(* predecessor to p.  As in the original algorithm messages are bare ids:  *)
(* FIFO order tells a process which is the first and which the second     *)
(* message of a phase.  Each step receives one message and sends at most  *)
(* one, so the network never holds more than the N messages it starts     *)
(* with.  Process p has id p, so ids increase along the ring.             *)
(***************************************************************************)
EXTENDS Naturals, Sequences, TLC

CONSTANT N   \* The number of processes on the ring.

ASSUME N \in Nat /\ N >= 2

Procs == 1..N
Ids == 1..N
Id(p) == p
succ(p) == IF p = N THEN 1 ELSE p + 1
pred(p) == IF p = 1 THEN N ELSE p - 1

\* Sequences of at most k elements of S.
BSeq(S, k) == UNION {[1..n -> S] : n \in 0..k}

\* The number of messages in the network c.
InFlight(c) == LET sum[i \in 0..N] == IF i = 0 THEN 0 ELSE sum[i-1] + Len(c[i])
               IN  sum[N]

\* The network: a FIFO channel into every process, N messages in all at most.
\* (TLCEval makes TLC compute this set once instead of filtering anew.)
Network == TLCEval({c \in [Procs -> BSeq(Ids, N)] : InFlight(c) <= N})

\* The local state of a process: active and waiting for the first message
\* of the phase (with its current id ci), active and waiting for the second
\* (with ci and the first message received, acp, which differs from ci:
\* otherwise it would have become leader), relay, or leader.
LocalStates ==
       [st : {"waitOne"}, ci : Ids]
  \cup {r \in [st : {"waitTwo"}, ci : Ids, acp : Ids] : r.acp # r.ci}
  \cup {[st |-> "relay"], [st |-> "leader"]}

VARIABLES
    proc,  \* proc[p]: the local state of process p.
    chan   \* chan[p]: the messages in transit from pred(p) to p, oldest first.

vars == <<proc, chan>>

TypeOK ==
    /\ proc \in [Procs -> LocalStates]
    /\ chan \in Network

(* Every process is active and has sent its id, the first message of       *)
(* phase 1.                                                                *)
Init ==
    /\ proc = [p \in Procs |-> [st |-> "waitOne", ci |-> Id(p)]]
    /\ chan = [p \in Procs |-> <<Id(pred(p))>>]

-----------------------------------------------------------------------------
(* Active process p receives the first message of a phase, v.  If v is its *)
(* own ci it is alone and becomes leader; otherwise v is acp, which it     *)
(* forwards as its second message of the phase.                            *)
ReceiveOne(p) ==
    /\ proc[p].st = "waitOne"
    /\ chan[p] # <<>>
    /\ LET v == Head(chan[p]) IN
       IF v = proc[p].ci
       THEN /\ proc' = [proc EXCEPT ![p] = [st |-> "leader"]]
            /\ chan' = [chan EXCEPT ![p] = Tail(@)]
       ELSE /\ proc' = [proc EXCEPT ![p] = [st |-> "waitTwo", ci |-> proc[p].ci,
                                                             acp |-> v]]
            /\ chan' = [chan EXCEPT ![p] = Tail(@), ![succ(p)] = Append(@, v)]

(* Active process p receives the second message of a phase, w.  If acp is  *)
(* larger than both ci and w, p stays active with ci := acp and starts the *)
(* next phase by sending it; otherwise p becomes a relay.                  *)
ReceiveTwo(p) ==
    /\ proc[p].st = "waitTwo"
    /\ chan[p] # <<>>
    /\ LET w   == Head(chan[p])
           acp == proc[p].acp IN
       IF acp > proc[p].ci /\ acp > w
       THEN /\ proc' = [proc EXCEPT ![p] = [st |-> "waitOne", ci |-> acp]]
            /\ chan' = [chan EXCEPT ![p] = Tail(@), ![succ(p)] = Append(@, acp)]
       ELSE /\ proc' = [proc EXCEPT ![p] = [st |-> "relay"]]
            /\ chan' = [chan EXCEPT ![p] = Tail(@)]

(* Relay p forwards the next message unchanged.                            *)
Relay(p) ==
    /\ proc[p].st = "relay"
    /\ chan[p] # <<>>
    /\ chan' = [chan EXCEPT ![p] = Tail(@), ![succ(p)] = Append(@, Head(chan[p]))]
    /\ UNCHANGED proc

Next == \E p \in Procs : ReceiveOne(p) \/ ReceiveTwo(p) \/ Relay(p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: at most one process becomes leader.                             *)
AtMostOneLeader ==
    \A p, q \in Procs : proc[p].st = "leader" /\ proc[q].st = "leader" => p = q

=============================================================================
