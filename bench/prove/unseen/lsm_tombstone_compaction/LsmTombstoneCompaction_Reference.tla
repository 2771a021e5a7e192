------------------- MODULE LsmTombstoneCompaction_Reference -------------------
(***************************************************************************)
(* Hand-written inductive invariant for LsmTombstoneCompaction, used only  *)
(* to check that the benchmark has one.                                    *)
(***************************************************************************)
EXTENDS LsmTombstoneCompaction

(* Every stored version is no newer than the latest write. *)
SeqBoundsEntries ==
    \A k \in Key : mem[k].seq <= seq /\ l0[k].seq <= seq /\ l1[k].seq <= seq

(* Higher levels hold strictly newer versions of a key than lower levels. *)
LevelsOrderedBySeq ==
    \A k \in Key :
        /\ mem[k] # Absent /\ l0[k] # Absent => mem[k].seq > l0[k].seq
        /\ mem[k] # Absent /\ l1[k] # Absent => mem[k].seq > l1[k].seq
        /\ l0[k] # Absent /\ l1[k] # Absent => l0[k].seq > l1[k].seq

IndRef ==
    /\ TypeOK
    /\ NoResurrection
    /\ SeqBoundsEntries
    /\ LevelsOrderedBySeq

=============================================================================
