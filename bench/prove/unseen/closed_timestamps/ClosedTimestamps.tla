--------------------------- MODULE ClosedTimestamps ---------------------------
(***************************************************************************)
(* Follower reads with closed timestamps, as in CockroachDB.               *)
(*                                                                         *)
(* The leaseholder of a range sequences writes into the range's            *)
(* replicated log; each write carries an MVCC timestamp.  The leaseholder  *)
(* periodically closes a timestamp: it promises never again to accept a    *)
(* write at or below it (later writes are pushed above it).  It publishes  *)
(* the closed timestamp together with the log position (lease applied      *)
(* index) reached when it closed it, on the side transport to the          *)
(* followers.  A follower applies the log in order; once it has applied    *)
(* up to the published position it activates the closed timestamp and may *)
(* serve reads at any timestamp at or below it.                            *)
(*                                                                         *)
(* The log is the committed replicated log (Raft is abstracted away); the  *)
(* lease does not move.                                                    *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS
    Followers,  \* the follower replicas of the range
    MaxTs,      \* largest MVCC timestamp
    MaxLog      \* largest log length

Ts == 1..MaxTs

VARIABLES
    log,        \* the range's log: log[i] is the timestamp of the i-th write
    lhClosed,   \* the timestamp closed by the leaseholder (0: none yet)
    pubs,       \* closed-timestamp updates [ts, lai] sent on the side transport
    applied,    \* applied[f]: how many log entries follower f has applied
    fClosed     \* fClosed[f]: the closed timestamp follower f has activated

vars == <<log, lhClosed, pubs, applied, fClosed>>

TypeOK ==
    /\ log \in UNION {[1..n -> Ts] : n \in 0..MaxLog}
    /\ lhClosed \in 0..MaxTs
    /\ pubs \subseteq [ts : Ts, lai : 0..MaxLog]
    /\ applied \in [Followers -> 0..MaxLog]
    /\ fClosed \in [Followers -> 0..MaxTs]

Max(a, b) == IF a >= b THEN a ELSE b

Init ==
    /\ log = << >>
    /\ lhClosed = 0
    /\ pubs = {}
    /\ applied = [f \in Followers |-> 0]
    /\ fClosed = [f \in Followers |-> 0]

\* The leaseholder accepts a write whose transaction asks for timestamp t;
\* a timestamp at or below the closed timestamp is pushed just above it.
Write(t) ==
    /\ Len(log) < MaxLog
    /\ lhClosed < MaxTs
    /\ log' = Append(log, Max(t, lhClosed + 1))
    /\ UNCHANGED <<lhClosed, pubs, applied, fClosed>>

\* The leaseholder closes timestamp c (or re-publishes its current closed
\* timestamp) and publishes it with the current log position.
CloseAndPublish(c) ==
    /\ c >= lhClosed
    /\ lhClosed' = c
    /\ pubs' = pubs \cup {[ts |-> c, lai |-> Len(log)]}
    /\ UNCHANGED <<log, applied, fClosed>>

\* Follower f applies the next log entry.
Apply(f) ==
    /\ applied[f] < Len(log)
    /\ applied' = [applied EXCEPT ![f] = @ + 1]
    /\ UNCHANGED <<log, lhClosed, pubs, fClosed>>

\* Follower f activates a published closed timestamp once it has applied
\* the log up to the position published with it.
ActivateClosed(f, p) ==
    /\ p \in pubs
    /\ p.lai <= applied[f]
    /\ fClosed' = [fClosed EXCEPT ![f] = Max(@, p.ts)]
    /\ UNCHANGED <<log, lhClosed, pubs, applied>>

Next ==
    \/ \E t \in Ts : Write(t)
    \/ \E c \in Ts : CloseAndPublish(c)
    \/ \E f \in Followers : Apply(f)
    \/ \E f \in Followers, p \in pubs : ActivateClosed(f, p)

Spec == Init /\ [][Next]_vars

\* A follower may serve a read at any t <= fClosed[f]; such a read sees
\* every write at or below t: every write at or below the follower's closed
\* timestamp has been applied by it.
FollowerReadsSeeAllWrites ==
    \A f \in Followers : \A i \in 1..Len(log) :
        log[i] <= fClosed[f] => i <= applied[f]
=============================================================================
