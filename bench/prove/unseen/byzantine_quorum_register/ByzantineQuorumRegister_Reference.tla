------------------- MODULE ByzantineQuorumRegister_Reference -------------------
(***************************************************************************)
(* A hand-written inductive invariant for ByzantineQuorumRegister.         *)
(***************************************************************************)
EXTENDS ByzantineQuorumRegister

(* A write in progress has a timestamp: its predecessor is the last        *)
(* completed write (0 being the initial pair).                             *)
WritingHasTimestamp ==
    wphase = "writing" => wts >= 1

(* A correct server holds no pair newer than the writer's latest write.    *)
StoreNotAhead ==
    \A s \in Correct : store[s] <= wts

(* The last completed write is held (or overtaken) by the correct servers *)
(* of some quorum.                                                         *)
LastWriteAtQuorum ==
    \E Q \in Quorum : \A s \in Q \cap Correct : store[s] >= LastCompleted

(* A read that has overlapped no write so far runs while the writer is     *)
(* idle, and the last completed write is still the one it started after.   *)
QuietReadNoWrite ==
    (rphase = "reading" /\ ~overlap) => (wphase = "idle" /\ rstart = wts)

IndRef ==
    /\ TypeOK
    /\ ReadReturnsWritten
    /\ WritingHasTimestamp
    /\ StoreNotAhead
    /\ LastWriteAtQuorum
    /\ QuietReadNoWrite
=============================================================================
