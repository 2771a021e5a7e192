---------------------------- MODULE MaekawaMutex ----------------------------
(***************************************************************************)
(* Maekawa's quorum-based algorithm for distributed mutual exclusion       *)
(* (Maekawa, "A sqrt(N) algorithm for mutual exclusion in decentralized    *)
(* systems", 1985), without the INQUIRE / YIELD / FAILED messages that     *)
(* avoid deadlock: deadlocks are allowed, only safety is checked.          *)
(*                                                                         *)
(* Processes 0 .. N-1 each have a voting set.  As in Maekawa's paper the   *)
(* voting sets come from a finite projective plane, here given as a       *)
(* cyclic difference set D modulo N: VotingSet(p) = {p + d : d \in D}, so *)
(* any two voting sets share a member.  Every process also votes: it has  *)
(* a flag locked[v], set while its single vote is granted to a requester. *)
(*                                                                         *)
(* A process that wants the critical section starts waiting: its REQUEST  *)
(* is then pending at every member of its voting set (a member that is    *)
(* locked keeps it queued; requests are served in any order, there are no *)
(* timestamps).  An unlocked member serves a pending request: it locks    *)
(* itself and sends a GRANT.  A waiting process that has the GRANTs of     *)
(* its whole voting set enters the critical section; on exit it hands the *)
(* grants back as RELEASE messages to the members, and a member that      *)
(* receives a RELEASE unlocks.  The owner of a GRANT keeps it until it    *)
(* releases, so the GRANTs addressed to p are those in transit to p and   *)
(* those p has received.  A RELEASE names only the member it unlocks.     *)
(*                                                                         *)
(* Messages are a set of records: they are delayed and delivered in any   *)
(* order, never lost or duplicated (Maekawa assumes reliable channels).   *)
(*                                                                         *)
(* Safety: at most one process is in its critical section.                *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    N,   \* the number of processes
    D    \* a cyclic difference set modulo N: it defines the voting sets

Proc == 0 .. N-1

(* The voting set of p: the members whose vote p needs. *)
VotingSet(p) == {(p + d) % N : d \in D}

ASSUME \A p, q \in Proc : VotingSet(p) \cap VotingSet(q) # {}

GrantMsg(v, p) == [type |-> "grant", from |-> v, to |-> p]
ReleaseMsg(v)  == [type |-> "release", to |-> v]

Msgs ==
    UNION {{GrantMsg(v, p) : v \in VotingSet(p)} : p \in Proc} \cup
    {ReleaseMsg(v) : v \in Proc}

VARIABLES
    state,   \* state[p]: "idle", "waiting" or "cs" (in its critical section)
    locked,  \* locked[v]: v's vote is granted to some requester
    msgs     \* the GRANT and RELEASE messages sent and not yet consumed

vars == <<state, locked, msgs>>

TypeOK ==
    /\ state \in [Proc -> {"idle", "waiting", "cs"}]
    /\ locked \in [Proc -> BOOLEAN]
    /\ msgs \in SUBSET Msgs

Init ==
    /\ state = [p \in Proc |-> "idle"]
    /\ locked = [v \in Proc |-> FALSE]
    /\ msgs = {}

(* p wants the critical section and requests the votes of its voting set. *)
Request(p) ==
    /\ state[p] = "idle"
    /\ state' = [state EXCEPT ![p] = "waiting"]
    /\ UNCHANGED <<locked, msgs>>

(* Member v, not locked, serves the pending request of p: it locks itself *)
(* and sends p its GRANT.                                                  *)
Grant(v, p) ==
    /\ state[p] = "waiting"
    /\ v \in VotingSet(p)
    /\ GrantMsg(v, p) \notin msgs
    /\ ~locked[v]
    /\ locked' = [locked EXCEPT ![v] = TRUE]
    /\ msgs' = msgs \cup {GrantMsg(v, p)}
    /\ UNCHANGED state

(* p has the GRANT of every member of its voting set and enters. *)
Enter(p) ==
    /\ state[p] = "waiting"
    /\ \A v \in VotingSet(p) : GrantMsg(v, p) \in msgs
    /\ state' = [state EXCEPT ![p] = "cs"]
    /\ UNCHANGED <<locked, msgs>>

(* p leaves its critical section and sends RELEASE to its voting set. *)
Exit(p) ==
    /\ state[p] = "cs"
    /\ state' = [state EXCEPT ![p] = "idle"]
    /\ msgs' = (msgs \ {GrantMsg(v, p) : v \in VotingSet(p)})
                  \cup {ReleaseMsg(v) : v \in VotingSet(p)}
    /\ UNCHANGED locked

(* Member v receives a RELEASE and unlocks. *)
ReceiveRelease(v) ==
    /\ ReleaseMsg(v) \in msgs
    /\ locked' = [locked EXCEPT ![v] = FALSE]
    /\ msgs' = msgs \ {ReleaseMsg(v)}
    /\ UNCHANGED state

Next ==
    \/ \E p \in Proc : Request(p) \/ Enter(p) \/ Exit(p) \/ ReceiveRelease(p)
    \/ \E v, p \in Proc : Grant(v, p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* At most one process is in its critical section. *)
MutualExclusion ==
    \A p, q \in Proc : state[p] = "cs" /\ state[q] = "cs" => p = q
=============================================================================
