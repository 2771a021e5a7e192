-------------------------- MODULE ItaiRodehElection --------------------------
(***************************************************************************)
(* The Itai-Rodeh election algorithm for anonymous unidirectional rings    *)
(* (A. Itai and M. Rodeh, "Symmetry breaking in distributed networks",     *)
(* Information and Computation 88(1), 1990; Fokkink, "Distributed          *)
(* Algorithms: An Intuitive Approach", MIT Press).                         *)
(*                                                                         *)
(* The N processes of the ring have no identities; they know N.  Channels  *)
(* are reliable and FIFO and carry messages in one direction.  The         *)
(* algorithm runs in rounds.  At the start of round n an active process p  *)
(* draws an id from {1, ..., K} at random and sends (id, n, 1, true):      *)
(* id, round, hop count, bit.  A passive process passes every message on,  *)
(* adding one to its hop count.  When active p, in round n with id i,      *)
(* receives (j, m, h, b):                                                  *)
(*   - h = N: the message is its own, back after a full circle.  If b is   *)
(*     true, no other process drew the same id in the same round, and p    *)
(*     becomes the leader; if b is false, p proceeds to round n + 1.       *)
(*   - (m, j) > (n, i) lexicographically: p becomes passive and passes on  *)
(*     (j, m, h + 1, b).                                                   *)
(*   - (m, j) < (n, i): p purges the message.                              *)
(*   - (m, j) = (n, i), h < N: another process drew the same id in the     *)
(*     same round; p passes on (j, m, h + 1, false).                       *)
(*                                                                         *)
(* Model.  Processes are numbered 1..N around the ring only to name them;  *)
(* the algorithm never uses the numbers.  Each process has at most one     *)
(* message of its own in transit (it sends a new one only when the last    *)
(* one has come back), so a message is represented by its originator src   *)
(* and its bit: its id and round are those of src (src changes them only   *)
(* when the message comes back, and keeps them when it turns passive), and *)
(* its hop count is the distance from src to the process it is heading     *)
(* for.  chan[p] is the FIFO channel into p, oldest message first.  Random *)
(* choice is nondeterministic choice, and rounds are bounded by MaxRound:  *)
(* a process whose own message comes back marked in round MaxRound stops.  *)
(***************************************************************************)
EXTENDS Naturals, Sequences, TLC

CONSTANTS
    N,          \* the size of the ring
    Ids,        \* the ids a process may draw
    MaxRound    \* the last round

ASSUME /\ N \in Nat /\ N >= 2
       /\ Ids \subseteq Nat /\ Ids # {}
       /\ MaxRound \in Nat \ {0}

Procs == 1..N
Rounds == 1..MaxRound

succ(p) == IF p = N THEN 1 ELSE p + 1
pred(p) == IF p = 1 THEN N ELSE p - 1

(* The process j hops downstream from s. *)
Fwd(s, j) == ((s - 1 + j) % N) + 1

(* The hop count of a message from s when it reaches p: 1..N. *)
Hop(s, p) == IF s = p THEN N ELSE (p - s) % N

(* A message: its originator and its bit. *)
Msg == [src : Procs, bit : BOOLEAN]

(* Sequences of at most k elements of S. *)
BSeq(S, k) == UNION {[1..n -> S] : n \in 0..k}

(* Sequences of messages from distinct originators. *)
MsgSeqs == {s \in BSeq(Msg, N) :
               \A i, j \in DOMAIN s : i # j => s[i].src # s[j].src}

(* The network: at most one message per originator in all the channels,    *)
(* and a message that has not been passed on yet (hop count 1) still has   *)
(* its bit set.                                                            *)
Network ==
    TLCEval({c \in [Procs -> MsgSeqs] :
               /\ \A p, q \in Procs : \A i \in DOMAIN c[p], j \in DOMAIN c[q] :
                     <<p, i>> # <<q, j>> => c[p][i].src # c[q][j].src
               /\ \A p \in Procs : \A i \in DOMAIN c[p] :
                     Hop(c[p][i].src, p) = 1 => c[p][i].bit})

(* The local state of a process: active or passive with the id and round   *)
(* of its last message, or the leader.                                     *)
LocalStates ==
    [st : {"active", "passive"}, id : Ids, rnd : Rounds] \cup [st : {"leader"}]

VARIABLES
    proc,   \* proc[p]: the local state of process p
    chan    \* chan[p]: the messages in transit to p, oldest first

vars == <<proc, chan>>

TypeOK ==
    /\ proc \in [Procs -> LocalStates]
    /\ chan \in Network

(* Every process is active in round 1, has drawn an id and has sent its    *)
(* first message.                                                          *)
Init ==
    /\ \E f \in [Procs -> Ids] :
          proc = [p \in Procs |-> [st |-> "active", id |-> f[p], rnd |-> 1]]
    /\ chan = [p \in Procs |-> <<[src |-> pred(p), bit |-> TRUE]>>]

-----------------------------------------------------------------------------
(* The (round, id) of process p, and the lexicographic order on them.      *)
Ballot(p) == <<proc[p].rnd, proc[p].id>>
Above(a, b) == a[1] > b[1] \/ (a[1] = b[1] /\ a[2] > b[2])

(* The oldest message in the channel into p comes from another process,    *)
(* whose (round, id) it carries (the leader has no message in transit).    *)
ForeignHead(p) ==
    /\ chan[p] # <<>>
    /\ Head(chan[p]).src # p
    /\ proc[Head(chan[p]).src].st # "leader"

(* Take the oldest message out of p's channel and send m on to succ(p).    *)
PassOn(p, m) == chan' = [chan EXCEPT ![p] = Tail(@), ![succ(p)] = Append(@, m)]

(* Passive p passes on the oldest message in its channel.                  *)
Relay(p) ==
    /\ proc[p].st = "passive"
    /\ ForeignHead(p)
    /\ PassOn(p, Head(chan[p]))
    /\ UNCHANGED proc

(* Active p receives a message with a larger (round, id): it becomes       *)
(* passive and passes the message on.                                      *)
Overtaken(p) ==
    /\ proc[p].st = "active"
    /\ ForeignHead(p)
    /\ Above(Ballot(Head(chan[p]).src), Ballot(p))
    /\ proc' = [proc EXCEPT ![p].st = "passive"]
    /\ PassOn(p, Head(chan[p]))

(* Active p receives a message with a smaller (round, id) and purges it.   *)
Purge(p) ==
    /\ proc[p].st = "active"
    /\ ForeignHead(p)
    /\ Above(Ballot(p), Ballot(Head(chan[p]).src))
    /\ chan' = [chan EXCEPT ![p] = Tail(@)]
    /\ UNCHANGED proc

(* Active p receives another process's message with its own (round, id):   *)
(* it clears the bit and passes the message on.                            *)
SameId(p) ==
    /\ proc[p].st = "active"
    /\ ForeignHead(p)
    /\ Ballot(Head(chan[p]).src) = Ballot(p)
    /\ PassOn(p, [Head(chan[p]) EXCEPT !.bit = FALSE])
    /\ UNCHANGED proc

(* Active p's own message comes back with its bit set: p is the leader.    *)
Elected(p) ==
    /\ proc[p].st = "active"
    /\ chan[p] # <<>>
    /\ Head(chan[p]) = [src |-> p, bit |-> TRUE]
    /\ proc' = [proc EXCEPT ![p] = [st |-> "leader"]]
    /\ chan' = [chan EXCEPT ![p] = Tail(@)]

(* Active p's own message comes back with its bit cleared: p draws a new   *)
(* id i and starts the next round.                                         *)
NextRound(p, i) ==
    /\ proc[p].st = "active"
    /\ proc[p].rnd < MaxRound
    /\ chan[p] # <<>>
    /\ Head(chan[p]) = [src |-> p, bit |-> FALSE]
    /\ proc' = [proc EXCEPT ![p] = [st |-> "active", id |-> i, rnd |-> @.rnd + 1]]
    /\ PassOn(p, [src |-> p, bit |-> TRUE])

Next ==
    \E p \in Procs :
        \/ Relay(p)
        \/ Overtaken(p)
        \/ Purge(p)
        \/ SameId(p)
        \/ Elected(p)
        \/ \E i \in Ids : NextRound(p, i)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* At most one process is the leader.                                      *)
AtMostOneLeader ==
    \A p, q \in Procs : proc[p].st = "leader" /\ proc[q].st = "leader" => p = q
=============================================================================
