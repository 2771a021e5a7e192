---------------------------- MODULE HighWatermark ----------------------------
(***************************************************************************)
(* One partition of a Kafka-style replicated log with a fixed leader.      *)
(*                                                                         *)
(* Every replica stores a log at positions 1 .. MaxLen (offset i-1 is      *)
(* position i) and a log end offset len[r]; storage beyond the end has     *)
(* arbitrary contents.  Producers append records to the leader's log.      *)
(* A follower fetches from its log end offset: the leader answers with     *)
(* its next record, which the follower copies, and with the leader's high  *)
(* watermark, which the follower adopts, capped at its own log end.        *)
(*                                                                         *)
(* The leader keeps the in-sync replica set (ISR; the leader is always in  *)
(* sync).  It drops from the ISR a follower that lags behind its log end,  *)
(* and adds back a follower that has caught up with its high watermark.    *)
(* It advances the high watermark to the minimum log end offset of the     *)
(* replicas in sync; the high watermark never moves back.  Consumers read  *)
(* from any replica up to that replica's high watermark.                   *)
(*                                                                         *)
(* Safety: every offset below the high watermark of any replica is present *)
(* on every in-sync replica, with the same record.                         *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Replica,  \* The replicas of the partition.
    Leader,   \* The leader, one of the replicas (fixed: no elections).
    Val,      \* The record payloads.
    MaxLen    \* The capacity of the logs.

ASSUME Leader \in Replica /\ MaxLen \in Nat /\ MaxLen >= 1

Follower == Replica \ {Leader}
Index == 1 .. MaxLen

Min(a, b) == IF a <= b THEN a ELSE b

VARIABLES
    log,  \* log[r][i]: the record at position i of replica r's log.
    len,  \* len[r]: the log end offset of replica r.
    hw,   \* hw[r]: the high watermark known to replica r (the leader's is the truth).
    isr   \* The followers the leader counts as in sync.

vars == <<log, len, hw, isr>>

TypeOK ==
    /\ log \in [Replica -> [Index -> Val]]
    /\ len \in [Replica -> 0 .. MaxLen]
    /\ hw \in [Replica -> 0 .. MaxLen]
    /\ isr \in SUBSET Follower

(* The replicas in sync: the leader and the followers of the ISR. *)
InSync == isr \cup {Leader}

(* Empty logs over arbitrary storage; all followers start in sync. *)
Init ==
    /\ log \in [Replica -> [Index -> Val]]
    /\ len = [r \in Replica |-> 0]
    /\ hw = [r \in Replica |-> 0]
    /\ isr = Follower

(* A producer appends a record with payload v to the leader's log. *)
Append(v) ==
    /\ len[Leader] < MaxLen
    /\ log' = [log EXCEPT ![Leader][len[Leader] + 1] = v]
    /\ len' = [len EXCEPT ![Leader] = len[Leader] + 1]
    /\ UNCHANGED <<hw, isr>>

(* Follower f fetches from its log end offset: it copies the leader's next *)
(* record, if there is one, and adopts the leader's high watermark, capped *)
(* at its new log end offset.                                              *)
Fetch(f) ==
    /\ LET newLen == IF len[f] < len[Leader] THEN len[f] + 1 ELSE len[f]
       IN  /\ log' = IF len[f] < len[Leader]
                       THEN [log EXCEPT ![f][len[f] + 1] = log[Leader][len[f] + 1]]
                       ELSE log
           /\ len' = [len EXCEPT ![f] = newLen]
           /\ hw' = [hw EXCEPT ![f] = Min(hw[Leader], newLen)]
    /\ UNCHANGED isr

(* The leader advances its high watermark to the minimum log end offset of *)
(* the replicas in sync.                                                   *)
AdvanceHighWatermark ==
    /\ \E n \in 0 .. MaxLen :
          /\ \A r \in InSync : len[r] >= n
          /\ \E r \in InSync : len[r] = n
          /\ n > hw[Leader]
          /\ hw' = [hw EXCEPT ![Leader] = n]
    /\ UNCHANGED <<log, len, isr>>

(* The leader drops from the ISR a follower that lags behind its log end. *)
ShrinkIsr(f) ==
    /\ f \in isr
    /\ len[f] < len[Leader]
    /\ isr' = isr \ {f}
    /\ UNCHANGED <<log, len, hw>>

(* The leader adds back a follower that has caught up with its high        *)
(* watermark.                                                              *)
ExpandIsr(f) ==
    /\ f \notin isr
    /\ len[f] >= hw[Leader]
    /\ isr' = isr \cup {f}
    /\ UNCHANGED <<log, len, hw>>

Next ==
    \/ \E v \in Val : Append(v)
    \/ AdvanceHighWatermark
    \/ \E f \in Follower : Fetch(f) \/ ShrinkIsr(f) \/ ExpandIsr(f)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Every offset below a replica's high watermark is present, with the same *)
(* record, on every in-sync replica.                                       *)
CommittedOnAllInSync ==
    \A r \in Replica, s \in InSync, i \in Index :
        i <= hw[r] => i <= len[s] /\ log[s][i] = log[r][i]
=============================================================================
