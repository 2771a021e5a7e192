------------------------- MODULE SeqLock_Reference -------------------------
(* A hand-written inductive invariant for SeqLock. *)
EXTENDS SeqLock

(* The counter is odd exactly while a write is in progress. *)
OddIffWriting ==
    Odd(seq) <=> wpc # "idle"

(* What the two words hold at each point of the writer's program: equal   *)
(* values outside the write window, the new value in word1 once written,  *)
(* and the new value in both once word2 is written.                       *)
WordsMatchWriter ==
    /\ wpc \in {"idle", "write1"} => word1 = word2
    /\ wpc = "write2" => word1 = wval
    /\ wpc = "end" => word1 = wval /\ word2 = wval

(* A reader in the middle of a read began at or before the current counter. *)
ReaderSeqNotAhead ==
    \A r \in Readers : rpc[r] \in {"read1", "read2", "check"} => rseq[r] <= seq

(* If the counter is even and has not moved since reader r began, the words *)
(* r has loaded are the words in memory now.                               *)
ReaderSeesCurrent ==
    \A r \in Readers :
        seq = rseq[r] /\ ~Odd(seq) =>
            /\ rpc[r] \in {"read2", "check"} => rw1[r] = word1
            /\ rpc[r] = "check" => rw2[r] = word2

IndRef ==
    /\ TypeOK
    /\ ConsistentRead
    /\ OddIffWriting
    /\ WordsMatchWriter
    /\ ReaderSeqNotAhead
    /\ ReaderSeesCurrent
=============================================================================
