------------------------- MODULE ReadRepair_Reference -------------------------
(***************************************************************************)
(* A hand-written inductive invariant for ReadRepair, used only to check  *)
(* that the benchmark has one; never given to the tool under test.        *)
(*                                                                         *)
(* Once the last write has completed, a quorum stores at least its        *)
(* version, and since versions never decrease, that quorum stays.  During *)
(* a read that has seen only older versions, every answer came from a     *)
(* replica then outside that set, and the set only grows, so a quorum of  *)
(* replicas that have not answered yet stores the written version; two    *)
(* quorums intersect, so the read cannot complete with an older version.  *)
(***************************************************************************)
EXTENDS ReadRepair

(* The replicas storing at least the last written version. *)
HaveWritten == {r \in Replica : version[r] >= written}

(* Outside a write, the last write is stored by a quorum. *)
WrittenOnQuorum ==
    op # "write" => IsQuorum(HaveWritten)

(* A read that has seen only older versions still has a quorum storing    *)
(* the written version among the replicas that have not answered.         *)
UnansweredQuorum ==
    op = "read" /\ readMax < written => IsQuorum(HaveWritten \ replies)

IndRef ==
    /\ TypeOK
    /\ KeptWritesFreshReads
    /\ WrittenOnQuorum
    /\ UnansweredQuorum
=============================================================================
