--------------------- MODULE SnapshotInstall_Reference ---------------------
(* An inductive invariant for AppliedIsCommittedPrefix. *)
EXTENDS SnapshotInstall

IsPrefix(s, t) == Len(s) <= Len(t) /\ SubSeq(t, 1, Len(s)) = s

(* The leader's indices are ordered: snapshot <= commit <= last entry <= MaxIndex. *)
LeaderIndicesOrdered ==
    /\ Len(snapshot) <= commitIndex
    /\ commitIndex <= LastIndex
    /\ LastIndex <= MaxIndex

(* Every snapshot in flight is a prefix of the committed history. *)
SnapshotMsgsCommitted ==
    \A m \in msgs : IsPrefix(m.data, Committed)

(* Every follower's log is a prefix of the leader's history. *)
FollowerLogIsLeaderPrefix ==
    \A f \in Follower : IsPrefix(flog[f], LeaderHistory)

IndRef ==
    /\ TypeOK
    /\ AppliedIsCommittedPrefix
    /\ LeaderIndicesOrdered
    /\ SnapshotMsgsCommitted
    /\ FollowerLogIsLeaderPrefix
=============================================================================
