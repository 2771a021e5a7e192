------------------------- MODULE SpannerCommitWait -------------------------
(***************************************************************************)
(* Spanner's commit wait over TrueTime (Corbett et al., OSDI 2012).        *)
(*                                                                         *)
(* Absolute (real) time is the global variable now, 0 .. MaxTime.  No node *)
(* can read it: a node's local clock may be off by up to Eps in either     *)
(* direction, and it may drift arbitrarily within that bound, so every     *)
(* TrueTime call TT.now() at real time now yields an interval              *)
(*     [c - Eps, c + Eps]   for some local reading c with |c - now| <= Eps, *)
(* which is guaranteed to contain now.  Different calls, on the same or on *)
(* different nodes, may see different readings.                            *)
(*                                                                         *)
(* A transaction starts at some real time, later asks for a commit:       *)
(* its coordinator picks the commit timestamp s = TT.now().latest, then    *)
(* commit-waits: it keeps calling TT.now() until TT.after(s) holds, that is *)
(* until TT.now().earliest > s, and only then makes the transaction's      *)
(* writes visible (releases locks, replies to the client).                *)
(*                                                                         *)
(* Ghosts: startAt[t] and visibleAt[t] are the real times at which t      *)
(* started and became visible.  Timestamps beyond MaxTime are not          *)
(* explored.                                                               *)
(*                                                                         *)
(* Safety (external consistency): if a transaction t1 became visible      *)
(* before another transaction t2 started (in real time), then t2, once it *)
(* has a commit timestamp, has a larger one than t1.                       *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Txn,      \* the transactions
    Eps,      \* TrueTime's uncertainty bound epsilon
    MaxTime   \* the last real time (and timestamp) explored

ASSUME Eps \in Nat /\ MaxTime \in Nat

Time == 0 .. MaxTime

VARIABLES
    now,        \* absolute real time (not readable by any node)
    status,     \* status[t]: "idle", "active", "waiting" (commit wait) or "visible"
    commitTs,   \* commitTs[t]: t's commit timestamp (meaningful once waiting)
    startAt,    \* ghost: startAt[t], the real time at which t started
    visibleAt   \* ghost: visibleAt[t], the real time at which t became visible

vars == <<now, status, commitTs, startAt, visibleAt>>

TypeOK ==
    /\ now \in Time
    /\ status \in [Txn -> {"idle", "active", "waiting", "visible"}]
    /\ commitTs \in [Txn -> Time]
    /\ startAt \in [Txn -> Time]
    /\ visibleAt \in [Txn -> Time]

Init ==
    /\ now = 0
    /\ status = [t \in Txn |-> "idle"]
    /\ commitTs = [t \in Txn |-> 0]
    /\ startAt = [t \in Txn |-> 0]
    /\ visibleAt = [t \in Txn |-> 0]

(* The local clock readings possible at real time now: within Eps of now. *)
(* A reading c stands for the TrueTime interval [c - Eps, c + Eps].        *)
Readings == {c \in 0 .. (now + Eps) : now <= c + Eps}

(* Real time advances by one unit. *)
Tick ==
    /\ now < MaxTime
    /\ now' = now + 1
    /\ UNCHANGED <<status, commitTs, startAt, visibleAt>>

(* Transaction t starts. *)
Start(t) ==
    /\ status[t] = "idle"
    /\ status' = [status EXCEPT ![t] = "active"]
    /\ startAt' = [startAt EXCEPT ![t] = now]
    /\ UNCHANGED <<now, commitTs, visibleAt>>

(* t's coordinator calls TT.now() and takes its latest bound as the commit *)
(* timestamp, then enters commit wait.                                     *)
Commit(t) ==
    /\ status[t] = "active"
    /\ \E c \in Readings :
           /\ c + Eps <= MaxTime
           /\ commitTs' = [commitTs EXCEPT ![t] = c + Eps]
    /\ status' = [status EXCEPT ![t] = "waiting"]
    /\ UNCHANGED <<now, startAt, visibleAt>>

(* Commit wait ends: a TT.now() call shows TT.after(commitTs[t]), i.e. its *)
(* earliest bound c - Eps exceeds the commit timestamp; t becomes visible. *)
FinishWait(t) ==
    /\ status[t] = "waiting"
    /\ \E c \in Readings : c > commitTs[t] + Eps
    /\ status' = [status EXCEPT ![t] = "visible"]
    /\ visibleAt' = [visibleAt EXCEPT ![t] = now]
    /\ UNCHANGED <<now, commitTs, startAt>>

Next ==
    \/ Tick
    \/ \E t \in Txn : Start(t) \/ Commit(t) \/ FinishWait(t)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* If t1 became visible before t2 started, t2's commit timestamp (once it *)
(* has one) is larger than t1's.                                           *)
ExternalConsistency ==
    \A t1, t2 \in Txn :
        /\ t1 # t2
        /\ status[t1] = "visible"
        /\ status[t2] \in {"waiting", "visible"}
        /\ visibleAt[t1] < startAt[t2]
        => commitTs[t1] < commitTs[t2]
=============================================================================
