--------------------------- MODULE FranklinElection ---------------------------
(***************************************************************************)
(* Franklin's election algorithm for bidirectional rings (W. R. Franklin,  *)
(* "On an improved algorithm for decentralized extrema finding in          *)
(* circular configurations of processors", CACM 25(5), 1982; Fokkink,      *)
(* "Distributed Algorithms: An Intuitive Approach", MIT Press).            *)
(*                                                                         *)
(* Processes have distinct ids.  Initially all are active.  In each round  *)
(* an active process sends its id in both directions and receives the ids  *)
(* q and r of its nearest active neighbours on either side (passive        *)
(* processes pass messages on); a message carries the round in which it    *)
(* was sent, so a process takes only messages of its current round.  Then: *)
(*   - max(q, r) < id: the process enters the next round;                  *)
(*   - max(q, r) > id: it becomes passive;                                 *)
(*   - max(q, r) = id: its own id has come back round the ring: it is the  *)
(*     only active process left, and becomes the leader.                   *)
(*                                                                         *)
(* Model.  Processes 1..N sit on the ring, p's neighbours being p - 1 (to  *)
(* its left) and p + 1 (to its right) modulo N; ids are a fixed            *)
(* permutation.  The message of round r that reaches p from direction d    *)
(* is not stored: it is the one sent by the nearest process s in that      *)
(* direction that was still active in round r, passed on by the passive    *)
(* processes in between without delay.  Such a process has reached round r *)
(* (it is active in round >= r, or became passive in round >= r); p takes  *)
(* the message once s has sent it, and must wait while a process in        *)
(* between has not yet decided an earlier round (the message would still   *)
(* be queued there).  A process receives its two messages of a round one   *)
(* at a time, remembering only how the first id compared with its own.     *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    N,          \* the number of processes on the ring (even)
    MaxRound    \* the last round

ASSUME /\ N \in Nat /\ N >= 2 /\ N % 2 = 0
       /\ MaxRound \in Nat \ {0}

Procs == 1..N
Rounds == 1..MaxRound
Dir == {"left", "right"}
Other(d) == IF d = "left" THEN "right" ELSE "left"

(* The ids: small and large ids alternate round the ring (for N = 4:       *)
(* 1, 3, 2, 4), so that several processes survive the first round.         *)
Id(p) == IF p % 2 = 1 THEN (p + 1) \div 2 ELSE (N \div 2) + (p \div 2)
MaxId == N

(* The process k steps away from p in direction d. *)
Step(p, d, k) ==
    IF d = "right" THEN ((p - 1 + k) % N) + 1
                   ELSE ((p - 1 - k) % N) + 1

(* How a received id compares with one's own. *)
Cmp == {"smaller", "own", "bigger"}
Compare(i, j) == IF i < j THEN "smaller" ELSE IF i = j THEN "own" ELSE "bigger"

(* The local state of a process: active in round rnd, having received      *)
(* neither message of the round or the one from direction got (with how it *)
(* compared); passive since round rnd; or the leader.                      *)
LocalStates ==
    [st : {"active"}, rnd : Rounds, got : {"none"}]
    \cup [st : {"active"}, rnd : Rounds, got : Dir, cmp : Cmp]
    \cup [st : {"passive"}, rnd : Rounds]
    \cup [st : {"leader"}]

VARIABLE proc   \* proc[p]: the local state of process p

vars == <<proc>>

TypeOK == proc \in [Procs -> LocalStates]

Init == proc = [p \in Procs |-> [st |-> "active", rnd |-> 1, got |-> "none"]]

-----------------------------------------------------------------------------
(* s passes on messages of round r: it became passive before round r.      *)
Relays(s, r) == proc[s].st = "passive" /\ proc[s].rnd < r

(* s has sent its messages of round r. *)
HasSent(s, r) == proc[s].st \in {"active", "passive"} /\ proc[s].rnd >= r

(* The sender of the message of round r that reaches p from direction d:   *)
(* the nearest process that way that does not relay it (p itself if all    *)
(* others do).                                                             *)
Source(p, d, r) ==
    LET K == {k \in 1..N : ~Relays(Step(p, d, k), r)}
        k0 == CHOOSE k \in K : \A j \in K : k <= j
    IN  Step(p, d, k0)

(* The message of p's current round from direction d has arrived. *)
Arrived(p, d) ==
    LET s == Source(p, d, proc[p].rnd)
    IN  s = p \/ HasSent(s, proc[p].rnd)

(* How the id in that message compares with p's. *)
Heard(p, d) == Compare(Id(Source(p, d, proc[p].rnd)), Id(p))

(* The larger of two comparisons (smaller < own < bigger). *)
MaxCmp(a, b) ==
    IF a = "bigger" \/ b = "bigger" THEN "bigger"
    ELSE IF a = "own" \/ b = "own" THEN "own"
    ELSE "smaller"

(* Active p receives the first message of its round, from direction d.     *)
ReceiveFirst(p, d) ==
    /\ proc[p].st = "active"
    /\ proc[p].got = "none"
    /\ Arrived(p, d)
    /\ proc' = [proc EXCEPT ![p] = [st |-> "active", rnd |-> @.rnd, got |-> d,
                                    cmp |-> Heard(p, d)]]

(* The result of p's round once the second message, from the other         *)
(* direction, has arrived.                                                 *)
Outcome(p) == MaxCmp(proc[p].cmp, Heard(p, Other(proc[p].got)))

SecondArrived(p) ==
    /\ proc[p].st = "active"
    /\ proc[p].got \in Dir
    /\ Arrived(p, Other(proc[p].got))

(* A larger id came from one side: p becomes passive. *)
BecomePassive(p) ==
    /\ SecondArrived(p)
    /\ Outcome(p) = "bigger"
    /\ proc' = [proc EXCEPT ![p] = [st |-> "passive", rnd |-> @.rnd]]

(* Both ids were smaller: p enters the next round and sends its id again.  *)
NextRound(p) ==
    /\ SecondArrived(p)
    /\ Outcome(p) = "smaller"
    /\ proc[p].rnd < MaxRound
    /\ proc' = [proc EXCEPT ![p] = [st |-> "active", rnd |-> @.rnd + 1, got |-> "none"]]

(* p's own id came back: p is the leader. *)
BecomeLeader(p) ==
    /\ SecondArrived(p)
    /\ Outcome(p) = "own"
    /\ proc' = [proc EXCEPT ![p] = [st |-> "leader"]]

Next ==
    \E p \in Procs :
        \/ \E d \in Dir : ReceiveFirst(p, d)
        \/ BecomePassive(p)
        \/ NextRound(p)
        \/ BecomeLeader(p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* There is at most one leader, and it has the largest id.                 *)
UniqueMaxLeader ==
    \A p, q \in Procs :
        proc[p].st = "leader" =>
            /\ Id(p) = MaxId
            /\ proc[q].st = "leader" => q = p
=============================================================================
