----------------------- MODULE ConsumerOffsets_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for ConsumerOffsets, used only to    *)
(* check that the benchmark has one; never given to the tool under test.  *)
(*                                                                         *)
(* Every offset that can become the committed offset, a consumer's         *)
(* position or an offset carried by a commit request, only has processed  *)
(* records below it.                                                       *)
(***************************************************************************)
EXTENDS ConsumerOffsets

(* Every record below a consumer's position has been processed. *)
PositionProcessed ==
    \A c \in Consumer, o \in Record : o < position[c] => o \in processed

(* Every record below the offset of a commit request has been processed. *)
CommitRequestProcessed ==
    \A m \in msgs, o \in Record : o < m.offset => o \in processed

IndRef ==
    /\ TypeOK
    /\ NoSkippedRecords
    /\ PositionProcessed
    /\ CommitRequestProcessed
=============================================================================
