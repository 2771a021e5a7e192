-------------------------- MODULE SnapshotInstall --------------------------
(***************************************************************************)
(* Log compaction in Raft (Ongaro and Ousterhout, "In Search of an         *)
(* Understandable Consensus Algorithm", section 7, and the InstallSnapshot *)
(* RPC of figure 13).                                                      *)
(*                                                                         *)
(* A leader appends client commands to its log and commits them once a     *)
(* majority stores them.  From time to time it takes a snapshot: it        *)
(* writes down the state of its state machine after the last committed     *)
(* entry it chooses (the last included index) and discards the log prefix  *)
(* up to that entry.  A follower that lags behind may need entries the     *)
(* leader no longer has; the leader then sends it an InstallSnapshot       *)
(* message with its snapshot.  The follower replaces the prefix of its log *)
(* with the snapshot: if it already has the snapshot's last included entry *)
(* it keeps the entries that follow it, otherwise it discards its whole    *)
(* log.  In both cases it has now applied everything up to the last        *)
(* included index.  Entries the leader still has are sent with             *)
(* AppendEntries as usual, carrying the leader's commit index.             *)
(*                                                                         *)
(* The state machine is a replicated list: applying an entry appends its   *)
(* value, so the state a snapshot represents is the list of the values at  *)
(* indices 1..lastIncludedIndex.                                           *)
(*                                                                         *)
(* Modelled: one leader in one term (elections are out of scope, so every  *)
(* entry carries the same term and "the follower has an entry with the     *)
(* snapshot's last index and term" reduces to "the follower has an entry   *)
(* at that index"), and the lagging followers.  The followers that make up *)
(* the leader's majority are not modelled: the leader's commit index       *)
(* advances, up to its last entry, whenever it likes.  A follower's commit *)
(* index is also its last applied index (it applies at once); its applied  *)
(* state is its log up to its commit index, and after an InstallSnapshot   *)
(* the beginning of that log is the installed snapshot.  AppendEntries is  *)
(* one atomic step (request and reply); InstallSnapshot requests are       *)
(* messages in a set that is never emptied, so they can be delayed,        *)
(* duplicated, reordered and delivered after the follower has moved on.    *)
(* Log indices are bounded by MaxIndex so that the model is finite.        *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    Follower,   \* the lagging followers
    Value,      \* the client commands
    MaxIndex    \* no log index beyond MaxIndex

ASSUME MaxIndex \in Nat

(* The sequences over S of length at most n. *)
BSeq(S, n) == UNION {[1..k -> S] : k \in 0..n}

(* InstallSnapshot requests: the snapshot's last included index and the    *)
(* state it represents.                                                    *)
SnapshotMsg ==
    {[dest |-> f, lastIndex |-> Len(d), data |-> d] :
        f \in Follower, d \in BSeq(Value, MaxIndex) \ {<<>>}}

VARIABLES
    snapshot,      \* the leader's snapshot: the state after its last included index
    log,           \* the leader's log entries after the snapshot
    commitIndex,   \* the leader's commit index
    flog,          \* flog[f]: follower f's log, from index 1
    fcommit,       \* fcommit[f]: follower f's commit (and last applied) index
    msgs           \* the InstallSnapshot requests sent so far

vars == <<snapshot, log, commitIndex, flog, fcommit, msgs>>

TypeOK ==
    /\ snapshot \in BSeq(Value, MaxIndex)
    /\ log \in BSeq(Value, MaxIndex)
    /\ commitIndex \in 0..MaxIndex
    /\ flog \in [Follower -> BSeq(Value, MaxIndex)]
    /\ fcommit \in [Follower -> 0..MaxIndex]
    /\ msgs \subseteq SnapshotMsg

Init ==
    /\ snapshot = <<>>
    /\ log = <<>>
    /\ commitIndex = 0
    /\ flog = [f \in Follower |-> <<>>]
    /\ fcommit = [f \in Follower |-> 0]
    /\ msgs = {}

Min(a, b) == IF a <= b THEN a ELSE b
Max(a, b) == IF a >= b THEN a ELSE b

(* The first n elements of s (all of s if it is shorter). *)
Take(s, n) == SubSeq(s, 1, Min(n, Len(s)))

(* The elements of s from position n on. *)
Drop(s, n) == SubSeq(s, n + 1, Len(s))

(* The index of the leader's last entry. *)
LastIndex == Len(snapshot) + Len(log)

(* Every value the leader holds, by index: its snapshot's state followed   *)
(* by its log.                                                             *)
LeaderHistory == snapshot \o log

(* The committed history: the leader's history up to its commit index. *)
Committed == Take(LeaderHistory, commitIndex)

-----------------------------------------------------------------------------
(* A client hands the leader a command; the leader appends it to its log. *)
ClientRequest(v) ==
    /\ LastIndex < MaxIndex
    /\ log' = Append(log, v)
    /\ UNCHANGED <<snapshot, commitIndex, flog, fcommit, msgs>>

(* A majority of the servers (the leader and followers not modelled here)  *)
(* now store the leader's entries up to index k: the leader commits them.  *)
AdvanceCommit(k) ==
    /\ commitIndex < k
    /\ k <= LastIndex
    /\ commitIndex' = k
    /\ UNCHANGED <<snapshot, log, flog, fcommit, msgs>>

(* The leader snapshots its state machine after committed index k, which   *)
(* is past its current snapshot, and discards its log up to k.            *)
TakeSnapshot(k) ==
    /\ Len(snapshot) < k
    /\ k <= commitIndex
    /\ snapshot' = snapshot \o Take(log, k - Len(snapshot))
    /\ log' = Drop(log, k - Len(snapshot))
    /\ UNCHANGED <<commitIndex, flog, fcommit, msgs>>

(***************************************************************************)
(* AppendEntries from the leader to follower f, with prevLogIndex p and    *)
(* the leader's entries p+1..e.  The leader can only send entries it still *)
(* has, and knows the term of entry p only if p is at least its snapshot's *)
(* last included index.  The follower accepts if it has an entry at p; it  *)
(* keeps the entries it already has (none conflicts, as there is one term) *)
(* and appends the others.  It then commits up to the leader's commit      *)
(* index, but not past the last entry of the request.                      *)
(***************************************************************************)
AppendEntries(f, p, e) ==
    /\ Len(snapshot) <= p
    /\ p <= e
    /\ e <= LastIndex
    /\ p <= Len(flog[f])
    /\ LET entries == SubSeq(log, p - Len(snapshot) + 1, e - Len(snapshot))
       IN  flog' = [flog EXCEPT ![f] =
                      IF Len(@) >= e THEN @
                      ELSE @ \o Drop(entries, Len(@) - p)]
    /\ fcommit' = [fcommit EXCEPT ![f] = Max(@, Min(commitIndex, e))]
    /\ UNCHANGED <<snapshot, log, commitIndex, msgs>>

(* The leader sends its snapshot to follower f. *)
SendSnapshot(f) ==
    /\ snapshot # <<>>
    /\ msgs' = msgs \cup {[dest |-> f, lastIndex |-> Len(snapshot),
                           data |-> snapshot]}
    /\ UNCHANGED <<snapshot, log, commitIndex, flog, fcommit>>

(***************************************************************************)
(* Follower f installs snapshot message m.  Its log prefix up to the last  *)
(* included index is replaced by the snapshot.  If the follower has an     *)
(* entry at that index it keeps the entries after it; otherwise it         *)
(* discards its whole log.  Everything the snapshot covers is committed,   *)
(* so the follower's commit (and applied) index becomes at least the last  *)
(* included index.                                                         *)
(***************************************************************************)
InstallSnapshot(f, m) ==
    /\ m.dest = f
    /\ flog' = [flog EXCEPT ![f] =
                  IF m.lastIndex <= Len(@) THEN m.data \o Drop(@, m.lastIndex)
                  ELSE m.data]
    /\ fcommit' = [fcommit EXCEPT ![f] = Max(@, m.lastIndex)]
    /\ UNCHANGED <<snapshot, log, commitIndex, msgs>>

Next ==
    \/ \E v \in Value : ClientRequest(v)
    \/ \E k \in 1..MaxIndex : AdvanceCommit(k)
    \/ \E k \in 1..MaxIndex : TakeSnapshot(k)
    \/ \E f \in Follower, p, e \in 0..MaxIndex : AppendEntries(f, p, e)
    \/ \E f \in Follower : SendSnapshot(f)
    \/ \E f \in Follower, m \in msgs : InstallSnapshot(f, m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(***************************************************************************)
(* Safety: what every follower has applied (its installed snapshot and the *)
(* entries it applied after it) is a prefix of the leader's committed      *)
(* history: at every index up to its commit index the follower holds an    *)
(* entry, the index is committed, and the value is the committed one.  (At *)
(* the leader, the applied state is the committed history itself.)         *)
(***************************************************************************)
AppliedIsCommittedPrefix ==
    \A f \in Follower : \A k \in 1..fcommit[f] :
        /\ k <= Len(flog[f])
        /\ k <= Len(Committed)
        /\ flog[f][k] = Committed[k]
=============================================================================
