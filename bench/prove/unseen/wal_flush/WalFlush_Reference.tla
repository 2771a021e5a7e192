-------------------------- MODULE WalFlush_Reference --------------------------
(***************************************************************************)
(* A hand-written inductive invariant for WalFlush, used only to check     *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* The durable prefix lies within the written prefix, which lies within    *)
(* the in-memory log, and every written block holds the data of the        *)
(* in-memory record at its position.                                       *)
(***************************************************************************)
EXTENDS WalFlush

(* diskLen <= written <= memLen. *)
FlushOrder ==
    /\ diskLen <= written
    /\ written <= memLen

(* The written disk blocks match the in-memory log. *)
WrittenMatchesMemory ==
    \A i \in Index : i <= written => diskLog[i] = memLog[i]

IndRef ==
    /\ TypeOK
    /\ CommittedDurable
    /\ FlushOrder
    /\ WrittenMatchesMemory
=============================================================================
