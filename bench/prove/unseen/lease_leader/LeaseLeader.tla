---------------------------- MODULE LeaseLeader ----------------------------
(***************************************************************************)
(* Leader election with time-bounded leases over a discrete global clock   *)
(* (now, 0 .. MaxTime).                                                    *)
(*                                                                         *)
(* Candidates ask the voters for votes.  A voter grants its vote to one    *)
(* candidate at a time: the grant carries an expiry (LeaseLen ticks after  *)
(* it is given, capped at the end of the clock) and the voter promises not *)
(* to vote for any other candidate until the clock reaches that expiry.    *)
(* It may renew its grant to the same candidate at any time.  A candidate  *)
(* that holds unexpired grants from a majority of the voters becomes       *)
(* leader with a lease that ends at the earliest expiry among them; it is  *)
(* leader only while now < leaseEnd.  A leader may give up its lease; an   *)
(* expired grant may be forgotten by its voter.                            *)
(*                                                                         *)
(* Safety: at most one candidate holds an unexpired lease at any time.     *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Voter,     \* the voters
          Cand,      \* the candidates
          NoCand,    \* a model value: "no vote"
          MaxTime,   \* the last tick of the clock
          LeaseLen   \* how many ticks a grant lasts

ASSUME MaxTime \in Nat /\ LeaseLen \in Nat /\ NoCand \notin Cand

Time == 0 .. MaxTime

Quorum == {Q \in SUBSET Voter : 2 * Cardinality(Q) > Cardinality(Voter)}

Min(S) == CHOOSE x \in S : \A y \in S : x <= y
Max2(a, b) == IF a >= b THEN a ELSE b

VARIABLES now,       \* the global clock
          voteFor,   \* voteFor[v]: the candidate v last granted, or NoCand
          voteExp,   \* voteExp[v]: v is bound to voteFor[v] while now < voteExp[v]
          leaseEnd   \* leaseEnd[c]: c is leader while now < leaseEnd[c]

vars == <<now, voteFor, voteExp, leaseEnd>>

TypeOK ==
    /\ now \in Time
    /\ voteFor \in [Voter -> Cand \cup {NoCand}]
    /\ voteExp \in [Voter -> Time]
    /\ leaseEnd \in [Cand -> Time]

Init ==
    /\ now = 0
    /\ voteFor = [v \in Voter |-> NoCand]
    /\ voteExp = [v \in Voter |-> 0]
    /\ leaseEnd = [c \in Cand |-> 0]

(* The clock advances by one tick. *)
Tick ==
    /\ now < MaxTime
    /\ now' = now + 1
    /\ UNCHANGED <<voteFor, voteExp, leaseEnd>>

(* Voter v grants (or renews) its vote to candidate c: allowed when its    *)
(* previous grant has expired or was to c itself.                          *)
Grant(v, c) ==
    /\ voteExp[v] <= now \/ voteFor[v] = c
    /\ voteFor' = [voteFor EXCEPT ![v] = c]
    /\ voteExp' = [voteExp EXCEPT ![v] =
                       Max2(@, IF now + LeaseLen > MaxTime THEN MaxTime
                                                           ELSE now + LeaseLen)]
    /\ UNCHANGED <<now, leaseEnd>>

(* Candidate c holds unexpired grants from the majority Q and takes a     *)
(* lease ending at the earliest expiry of those grants.                    *)
BecomeLeader(c, Q) ==
    /\ \A v \in Q : voteFor[v] = c /\ voteExp[v] > now
    /\ leaseEnd' = [leaseEnd EXCEPT ![c] = Min({voteExp[v] : v \in Q})]
    /\ UNCHANGED <<now, voteFor, voteExp>>

(* Leader c gives up its lease. *)
StepDown(c) ==
    /\ now < leaseEnd[c]
    /\ leaseEnd' = [leaseEnd EXCEPT ![c] = now]
    /\ UNCHANGED <<now, voteFor, voteExp>>

(* Voter v forgets its expired grant. *)
ForgetVote(v) ==
    /\ voteFor[v] # NoCand
    /\ voteExp[v] <= now
    /\ voteFor' = [voteFor EXCEPT ![v] = NoCand]
    /\ UNCHANGED <<now, voteExp, leaseEnd>>

Next ==
    \/ Tick
    \/ \E v \in Voter, c \in Cand : Grant(v, c)
    \/ \E c \in Cand, Q \in Quorum : BecomeLeader(c, Q)
    \/ \E c \in Cand : StepDown(c)
    \/ \E v \in Voter : ForgetVote(v)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* At most one candidate holds an unexpired lease. *)
AtMostOneLease ==
    \A c, d \in Cand : (now < leaseEnd[c] /\ now < leaseEnd[d]) => c = d
=============================================================================
