--------------------------- MODULE ConsumerOffsets ---------------------------
(***************************************************************************)
(* A Kafka consumer group consuming one partition, with committed offsets  *)
(* and generation fencing.                                                 *)
(*                                                                         *)
(* The partition holds NumRecords records at offsets 0 .. NumRecords-1.    *)
(* The group coordinator assigns the partition to one consumer at a time.  *)
(* Each assignment (a rebalance) starts a new generation of the group; the *)
(* new owner learns its generation and fetches the group's committed       *)
(* offset, from which it starts consuming.  The previous owner is not told *)
(* and may go on consuming and committing with its stale generation.  An   *)
(* owner processes records one at a time (fetch, then process), advancing  *)
(* its position, the offset of the next record it will process, and now   *)
(* and then sends an offset-commit request carrying its generation and its *)
(* position.  Commit requests travel in a set of messages, so they may be *)
(* delayed, reordered, duplicated or lost.  The coordinator accepts a      *)
(* commit only if it carries the current generation, and rejects commits  *)
(* from stale generations.  A consumer may crash, losing its assignment    *)
(* and position; it can rejoin only through a later rebalance.            *)
(*                                                                         *)
(* Safety (at-least-once delivery): no record is skipped: every record     *)
(* below the committed offset has been processed by some consumer.         *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS Consumer,     \* the consumers of the group
          NumRecords,   \* the number of records in the partition
          MaxGen        \* the bound on the number of generations (rebalances)

ASSUME NumRecords \in Nat /\ MaxGen \in Nat

Record   == 0 .. NumRecords - 1   \* the offsets of the records
Position == 0 .. NumRecords       \* an offset to consume from next
Gen      == 0 .. MaxGen           \* 0: no generation (not assigned)

(* An offset-commit request: the sender's generation and position. *)
CommitRequest == [gen : 1 .. MaxGen, offset : Position]

VARIABLES generation,   \* the coordinator's current generation of the group
          member,       \* member[c]: the generation in which c believes it owns the partition (0: none)
          position,     \* position[c]: the offset of the next record c will process
          committed,    \* the committed offset stored by the coordinator
          processed,    \* the records processed so far, by any consumer
          msgs          \* the offset-commit requests sent

vars == <<generation, member, position, committed, processed, msgs>>

TypeOK ==
    /\ generation \in Gen
    /\ member \in [Consumer -> Gen]
    /\ position \in [Consumer -> Position]
    /\ committed \in Position
    /\ processed \in SUBSET Record
    /\ msgs \in SUBSET CommitRequest

Init ==
    /\ generation = 0
    /\ member = [c \in Consumer |-> 0]
    /\ position = [c \in Consumer |-> 0]
    /\ committed = 0
    /\ processed = {}
    /\ msgs = {}

(* A rebalance assigns the partition to consumer c in a new generation;   *)
(* c fetches the committed offset and will consume from there.  Any       *)
(* previous owner is not told.                                             *)
Rebalance(c) ==
    /\ generation < MaxGen
    /\ generation' = generation + 1
    /\ member' = [member EXCEPT ![c] = generation + 1]
    /\ position' = [position EXCEPT ![c] = committed]
    /\ UNCHANGED <<committed, processed, msgs>>

(* Consumer c, believing it owns the partition, fetches and processes the *)
(* record at its position.                                                 *)
Process(c) ==
    /\ member[c] # 0
    /\ position[c] < NumRecords
    /\ processed' = processed \cup {position[c]}
    /\ position' = [position EXCEPT ![c] = position[c] + 1]
    /\ UNCHANGED <<generation, member, committed, msgs>>

(* Consumer c sends a request to commit its position, tagged with the     *)
(* generation it believes it owns the partition in.                        *)
SendCommit(c) ==
    /\ member[c] # 0
    /\ msgs' = msgs \cup {[gen |-> member[c], offset |-> position[c]]}
    /\ UNCHANGED <<generation, member, position, committed, processed>>

(* The coordinator receives commit request m from the current generation  *)
(* and stores its offset.  (A request from a stale generation is rejected: *)
(* receiving it changes nothing.)                                          *)
HandleCommit(m) ==
    /\ m.gen = generation
    /\ committed' = m.offset
    /\ UNCHANGED <<generation, member, position, processed, msgs>>

(* Consumer c crashes, losing its assignment and its position. *)
Crash(c) ==
    /\ member[c] # 0
    /\ member' = [member EXCEPT ![c] = 0]
    /\ position' = [position EXCEPT ![c] = 0]
    /\ UNCHANGED <<generation, committed, processed, msgs>>

Next ==
    \/ \E c \in Consumer :
          \/ Rebalance(c)
          \/ Process(c)
          \/ SendCommit(c)
          \/ Crash(c)
    \/ \E m \in msgs : HandleCommit(m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Every record below the committed offset has been processed. *)
NoSkippedRecords ==
    \A o \in Record : o < committed => o \in processed
=============================================================================
