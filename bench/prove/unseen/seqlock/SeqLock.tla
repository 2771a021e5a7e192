------------------------------ MODULE SeqLock ------------------------------
(***************************************************************************)
(* A sequence lock (seqlock), as in the Linux kernel: one writer, readers *)
(* that never block the writer and retry instead.                          *)
(*                                                                         *)
(* The protected value is two words, word1 and word2, that the writer     *)
(* always updates together.  The writer increments the sequence counter   *)
(* (it becomes odd: a write is in progress), writes word1, writes word2,  *)
(* and increments the counter again (even: the value is stable).  A       *)
(* reader reads the counter, reads word1, reads word2 (two separate       *)
(* loads), then reads the counter again: it accepts the two words only if *)
(* the counter was even and has not changed; otherwise it retries.  After *)
(* accepting, a reader may start another read.                             *)
(*                                                                         *)
(* Every load and store of a word or of the counter is one atomic step,   *)
(* under sequential consistency (the memory barriers of a real seqlock    *)
(* are what make this assumption hold).  The counter is bounded by        *)
(* MaxSeq: the writer does not start a write that would take it past      *)
(* MaxSeq (a wrapping counter could let a reader miss whole writes).      *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Readers,  \* The set of readers.
    Data,     \* The values a word can hold.
    MaxSeq    \* Bound on the sequence counter.

ASSUME MaxSeq \in Nat

VARIABLES
    seq,      \* The sequence counter.
    word1,    \* First word of the protected value.
    word2,    \* Second word of the protected value.
    wpc,      \* Writer's program counter.
    wval,     \* The value the writer is writing (writer-local).
    rpc,      \* rpc[r]: reader r's program counter.
    rseq,     \* rseq[r]: the counter value r read when it began.
    rw1,      \* rw1[r]: the value r read from word1.
    rw2       \* rw2[r]: the value r read from word2.

vars == <<seq, word1, word2, wpc, wval, rpc, rseq, rw1, rw2>>

TypeOK ==
    /\ seq \in 0..MaxSeq
    /\ word1 \in Data
    /\ word2 \in Data
    /\ wpc \in {"idle", "write1", "write2", "end"}
    /\ wval \in Data
    /\ rpc \in [Readers -> {"begin", "read1", "read2", "check", "done"}]
    /\ rseq \in [Readers -> 0..MaxSeq]
    /\ rw1 \in [Readers -> Data]
    /\ rw2 \in [Readers -> Data]

Init ==
    /\ seq = 0
    /\ \E d \in Data : word1 = d /\ word2 = d
    /\ wpc = "idle"
    /\ wval \in Data
    /\ rpc = [r \in Readers |-> "begin"]
    /\ rseq = [r \in Readers |-> 0]
    /\ rw1 \in [Readers -> Data]
    /\ rw2 \in [Readers -> Data]

Odd(n) == n % 2 = 1

-----------------------------------------------------------------------------
(* Writer: start writing value d; the counter becomes odd. *)
WriteBegin(d) ==
    /\ wpc = "idle"
    /\ seq + 2 <= MaxSeq
    /\ seq' = seq + 1
    /\ wval' = d
    /\ wpc' = "write1"
    /\ UNCHANGED <<word1, word2, rpc, rseq, rw1, rw2>>

(* Writer: store the first word. *)
WriteWord1 ==
    /\ wpc = "write1"
    /\ word1' = wval
    /\ wpc' = "write2"
    /\ UNCHANGED <<seq, word2, wval, rpc, rseq, rw1, rw2>>

(* Writer: store the second word. *)
WriteWord2 ==
    /\ wpc = "write2"
    /\ word2' = wval
    /\ wpc' = "end"
    /\ UNCHANGED <<seq, word1, wval, rpc, rseq, rw1, rw2>>

(* Writer: finish the write; the counter becomes even again. *)
WriteEnd ==
    /\ wpc = "end"
    /\ seq' = seq + 1
    /\ wpc' = "idle"
    /\ UNCHANGED <<word1, word2, wval, rpc, rseq, rw1, rw2>>

(* Reader r: read the counter. *)
ReadBegin(r) ==
    /\ rpc[r] = "begin"
    /\ rseq' = [rseq EXCEPT ![r] = seq]
    /\ rpc' = [rpc EXCEPT ![r] = "read1"]
    /\ UNCHANGED <<seq, word1, word2, wpc, wval, rw1, rw2>>

(* Reader r: load the first word. *)
ReadWord1(r) ==
    /\ rpc[r] = "read1"
    /\ rw1' = [rw1 EXCEPT ![r] = word1]
    /\ rpc' = [rpc EXCEPT ![r] = "read2"]
    /\ UNCHANGED <<seq, word1, word2, wpc, wval, rseq, rw2>>

(* Reader r: load the second word. *)
ReadWord2(r) ==
    /\ rpc[r] = "read2"
    /\ rw2' = [rw2 EXCEPT ![r] = word2]
    /\ rpc' = [rpc EXCEPT ![r] = "check"]
    /\ UNCHANGED <<seq, word1, word2, wpc, wval, rseq, rw1>>

(* Reader r: re-read the counter; accept if it was even and is unchanged, *)
(* otherwise retry from the beginning.                                    *)
ReadCheck(r) ==
    /\ rpc[r] = "check"
    /\ rpc' = [rpc EXCEPT ![r] = IF seq = rseq[r] /\ ~Odd(rseq[r])
                                     THEN "done" ELSE "begin"]
    /\ UNCHANGED <<seq, word1, word2, wpc, wval, rseq, rw1, rw2>>

(* Reader r: has used the value it accepted and starts another read. *)
ReadAgain(r) ==
    /\ rpc[r] = "done"
    /\ rpc' = [rpc EXCEPT ![r] = "begin"]
    /\ UNCHANGED <<seq, word1, word2, wpc, wval, rseq, rw1, rw2>>

Next ==
    \/ \E d \in Data : WriteBegin(d)
    \/ WriteWord1
    \/ WriteWord2
    \/ WriteEnd
    \/ \E r \in Readers :
          \/ ReadBegin(r)
          \/ ReadWord1(r)
          \/ ReadWord2(r)
          \/ ReadCheck(r)
          \/ ReadAgain(r)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* A reader that accepted holds a consistent pair: the writer stores the   *)
(* same value in both words, so both words come from the same write.       *)
ConsistentRead ==
    \A r \in Readers : rpc[r] = "done" => rw1[r] = rw2[r]
=============================================================================
