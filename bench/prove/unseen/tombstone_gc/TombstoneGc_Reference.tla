------------------------ MODULE TombstoneGc_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for TombstoneGc, used only to check  *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* A replica acknowledges only while holding the tombstone, which it keeps *)
(* until the tag is collected (merging cannot lower a tombstone); so when  *)
(* a replica first collects, every replica holds the tombstone, and from  *)
(* then on no replica holds the add-tag live, which merging preserves.     *)
(***************************************************************************)
EXTENDS TombstoneGc

(* An acknowledger still holds the tombstone unless the tag has been collected. *)
AckedHoldsTomb ==
    \A m \in acks : st[m.from][m.tag] = "tomb" \/ life[m.tag] = "collected"

(* No replica knows anything of a tag not yet handed out. *)
UnusedUnknown ==
    \A t \in Tag, r \in Replica : life[t] = "unused" => st[r][t] = "none"

IndRef ==
    /\ TypeOK
    /\ NoResurrection
    /\ AckedHoldsTomb
    /\ UnusedUnknown
=============================================================================
