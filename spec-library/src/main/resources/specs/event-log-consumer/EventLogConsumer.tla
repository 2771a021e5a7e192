--------------------------- MODULE EventLogConsumer ---------------------------
(***************************************************************************)
(* An event-sourced consumer reading a partitioned log, in the style of a  *)
(* Kafka consumer.                                                         *)
(*                                                                         *)
(* Producers append events to the partitions of a log.  Each event is     *)
(* identified by its partition and its offset (its index in the           *)
(* partition, starting at 0).  A consumer polls the events of every       *)
(* partition in offset order and applies each event's effect to a sink    *)
(* (a database, a materialized view, a projection).  From time to time it *)
(* commits its progress to the log: the committed offset of a partition   *)
(* is the offset of the next event to consume.  The committed offsets are *)
(* durable; the consumer's position and the record it is working on are   *)
(* in memory only.                                                        *)
(*                                                                         *)
(* The consumer may crash at any moment.  On restart it resumes every     *)
(* partition from the committed offset, so events that were processed     *)
(* but not yet committed are delivered again.  The goal is that every     *)
(* event's effect is applied exactly once.  The protocol reaches it with  *)
(* two rules:                                                              *)
(*                                                                         *)
(*  1. The consumer commits an offset only after the effects of all the   *)
(*     events before it have been applied (never lose an effect).         *)
(*                                                                         *)
(*  2. The sink applies an effect and records the offset of the event     *)
(*     in ONE atomic transaction, and ignores any event whose offset it   *)
(*     has already recorded (never apply an effect twice).  This is the   *)
(*     usual "store the offset with the result" idempotent sink.          *)
(*                                                                         *)
(* Failures modelled: the consumer crashes (at most MaxCrashes times),    *)
(* losing its in-memory state, and restarts from the committed offsets;   *)
(* this redelivers events, i.e. delivery is duplicated.  The log and the  *)
(* sink are durable.  Applying an effect is one atomic step.              *)
(*                                                                         *)
(* The variable `applied' is a history variable: it counts how many times *)
(* the effect of each event has been applied.  The real sink holds the    *)
(* effects themselves; the count is what exactly-once is about.           *)
(***************************************************************************)
EXTENDS Integers, TLC

CONSTANTS
    Partitions,  \* the partitions of the log (model values)
    MaxOffset,   \* events appended to each partition, at most
    MaxCrashes   \* crashes of the consumer, at most

ASSUME /\ Partitions # {}
       /\ MaxOffset \in Nat \ {0}
       /\ MaxCrashes \in Nat

Offsets == 0 .. (MaxOffset - 1)   \* offsets an event can have
NoRecord == -1                    \* the consumer is working on no record

VARIABLES
    logEnd,      \* logEnd[p]: the log end offset of p (events appended so far)
    committed,   \* committed[p]: durable committed offset of p, kept by the log
    up,          \* TRUE while the consumer is running
    position,    \* position[p]: offset of the next event the consumer polls (memory)
    inflight,    \* inflight[p]: offset of the event being processed, or NoRecord (memory)
    sinkOffset,  \* sinkOffset[p]: next offset the sink expects (durable, same
                 \*   transaction as the effects)
    applied,     \* applied[p][o]: times the effect of event o of p was applied
    crashes      \* crashes so far

vars == <<logEnd, committed, up, position, inflight, sinkOffset, applied, crashes>>

TypeOK ==
    /\ logEnd \in [Partitions -> 0 .. MaxOffset]
    /\ committed \in [Partitions -> 0 .. MaxOffset]
    /\ up \in BOOLEAN
    /\ position \in [Partitions -> 0 .. MaxOffset]
    /\ inflight \in [Partitions -> Offsets \cup {NoRecord}]
    /\ sinkOffset \in [Partitions -> 0 .. MaxOffset]
    /\ applied \in [Partitions -> [Offsets -> 0 .. (MaxCrashes + 1)]]
    /\ crashes \in 0 .. MaxCrashes

(***************************************************************************)
(* The offset up to which the running consumer has finished processing p: *)
(* every event before it has been handed to the sink.                     *)
(***************************************************************************)
Processed(p) == IF inflight[p] = NoRecord THEN position[p] ELSE inflight[p]

(***************************************************************************)
(* The offset from which the consumer will go on with p: where it is now  *)
(* if it is running, the committed offset if it has crashed.              *)
(***************************************************************************)
ResumePoint(p) == IF up THEN Processed(p) ELSE committed[p]

Init ==
    /\ logEnd = [p \in Partitions |-> 0]
    /\ committed = [p \in Partitions |-> 0]
    /\ up = TRUE
    /\ position = [p \in Partitions |-> 0]
    /\ inflight = [p \in Partitions |-> NoRecord]
    /\ sinkOffset = [p \in Partitions |-> 0]
    /\ applied = [p \in Partitions |-> [o \in Offsets |-> 0]]
    /\ crashes = 0

(***************************************************************************)
(* A producer appends an event to partition p.                            *)
(***************************************************************************)
Append(p) ==
    /\ logEnd[p] < MaxOffset
    /\ logEnd' = [logEnd EXCEPT ![p] = @ + 1]
    /\ UNCHANGED <<committed, up, position, inflight, sinkOffset, applied, crashes>>

(***************************************************************************)
(* The running consumer polls the event at its position in p and advances *)
(* its position.  It works on one event of a partition at a time.         *)
(***************************************************************************)
Poll(p) ==
    /\ up
    /\ inflight[p] = NoRecord
    /\ position[p] < logEnd[p]
    /\ inflight' = [inflight EXCEPT ![p] = position[p]]
    /\ position' = [position EXCEPT ![p] = @ + 1]
    /\ UNCHANGED <<logEnd, committed, up, sinkOffset, applied, crashes>>

(***************************************************************************)
(* The sink transaction for event o of p: apply its effect and record     *)
(* that the sink has reached offset o + 1, atomically.                    *)
(***************************************************************************)
ApplyEffect(p, o) ==
    /\ applied' = [applied EXCEPT ![p][o] = @ + 1]
    /\ sinkOffset' = [sinkOffset EXCEPT ![p] = o + 1]

(***************************************************************************)
(* The consumer hands the polled event of p to the sink.  The sink        *)
(* applies it unless its offset is below the offset the sink has already *)
(* recorded: then the event is a redelivery and its effect is already in  *)
(* the sink.                                                               *)
(***************************************************************************)
Process(p) ==
    /\ up
    /\ inflight[p] # NoRecord
    /\ IF inflight[p] >= sinkOffset[p]
          THEN ApplyEffect(p, inflight[p])
          ELSE UNCHANGED <<applied, sinkOffset>>
    /\ inflight' = [inflight EXCEPT ![p] = NoRecord]
    /\ UNCHANGED <<logEnd, committed, up, position, crashes>>

(***************************************************************************)
(* The consumer commits its progress on p: the offset up to which every   *)
(* event has been processed (as commitSync after processing does).  It    *)
(* may do so after any number of events, so commits can lag behind.      *)
(***************************************************************************)
Commit(p) ==
    /\ up
    /\ Processed(p) > committed[p]
    /\ committed' = [committed EXCEPT ![p] = Processed(p)]
    /\ UNCHANGED <<logEnd, up, position, inflight, sinkOffset, applied, crashes>>

(***************************************************************************)
(* The consumer crashes: its position and the event it was working on are *)
(* lost (reset to default values, which no action reads while it is down).*)
(***************************************************************************)
Crash ==
    /\ up
    /\ crashes < MaxCrashes
    /\ up' = FALSE
    /\ crashes' = crashes + 1
    /\ position' = [p \in Partitions |-> 0]
    /\ inflight' = [p \in Partitions |-> NoRecord]
    /\ UNCHANGED <<logEnd, committed, sinkOffset, applied>>

(***************************************************************************)
(* The consumer restarts and resumes every partition from its committed   *)
(* offset.                                                                 *)
(***************************************************************************)
Restart ==
    /\ ~up
    /\ up' = TRUE
    /\ position' = committed
    /\ UNCHANGED <<logEnd, committed, inflight, sinkOffset, applied, crashes>>

Next ==
    \/ \E p \in Partitions : Append(p) \/ Poll(p) \/ Process(p) \/ Commit(p)
    \/ Crash
    \/ Restart

Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Fairness: a running consumer keeps polling, processing and committing, *)
(* and a crashed consumer is eventually restarted.  Producers and crashes *)
(* are not fair: they may or may not happen.                              *)
(***************************************************************************)
FairSpec ==
    /\ Spec
    /\ \A p \in Partitions : WF_vars(Poll(p)) /\ WF_vars(Process(p)) /\ WF_vars(Commit(p))
    /\ WF_vars(Restart)

-----------------------------------------------------------------------------
(***************************************************************************)
(* Safety: exactly once, as two halves.                                   *)
(***************************************************************************)

\* No effect is lost: the consumer never goes on past an event whose effect
\* has not been applied, whether it is running or will restart from the
\* committed offset.
NoEffectLost ==
    \A p \in Partitions : \A o \in Offsets :
        o < ResumePoint(p) => applied[p][o] >= 1

\* No effect is applied twice, however often the event is redelivered.
NoEffectDuplicated ==
    \A p \in Partitions : \A o \in Offsets : applied[p][o] <= 1

(***************************************************************************)
(* Liveness: every appended event eventually has its effect applied       *)
(* (exactly once, by NoEffectDuplicated) and is covered by the committed  *)
(* offset.                                                                 *)
(***************************************************************************)
EveryEventEventuallyApplied ==
    \A p \in Partitions : \A o \in Offsets :
        (o < logEnd[p]) ~> (applied[p][o] = 1 /\ committed[p] > o)

Perms == Permutations(Partitions)
=============================================================================
