----------------------- MODULE ChangelogRestore_Reference -----------------------
EXTENDS ChangelogRestore

(* Key k holds value x "up to offset n": x is k's value after records      *)
(* 1..n, or x is written to k by a record after offset n (so replaying     *)
(* the rest of the changelog overwrites k).                                *)
UpTo(k, x, n) ==
    \/ x = ValueAt(k, n)
    \/ \E i \in (n + 1)..Len(changelog) : changelog[i] = <<k, x>>

(* The store reflects the changelog up to its position.                    *)
StoreReflectsPosition ==
    \A k \in Key : UpTo(k, store[k], position)

(* The disk image reflects the changelog up to the checkpointed offset.    *)
DiskReflectsCheckpoint ==
    \A k \in Key : UpTo(k, disk[k], checkpoint)

(* The checkpoint never runs ahead of the store's position.                *)
CheckpointBehindPosition ==
    checkpoint <= position

(* The store's position never runs ahead of the changelog.                 *)
PositionWithinChangelog ==
    position <= Len(changelog)

IndRef ==
    /\ TypeOK
    /\ StoreMatchesChangelog
    /\ StoreReflectsPosition
    /\ DiskReflectsCheckpoint
    /\ CheckpointBehindPosition
    /\ PositionWithinChangelog

=============================================================================
