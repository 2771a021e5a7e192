----------------------- MODULE LeaderEpochTruncation -----------------------
(***************************************************************************)
(* Kafka-style log replication of one partition with leader epochs         *)
(* (KIP-101, with the refinement of KIP-279).                              *)
(*                                                                         *)
(* A partition is replicated on a set of replicas.  A controller elects    *)
(* the leader from the in-sync replicas (ISR) and gives it a new, higher   *)
(* leader epoch.  The leader appends records to its log; every record is   *)
(* tagged with the epoch in which it was written.  Followers copy the      *)
(* leader's log by fetching the record at their log end offset.  The high  *)
(* watermark (HW) is the offset up to which every in-sync replica holds    *)
(* the log; records below it are committed.                                *)
(*                                                                         *)
(* A follower of a new epoch may hold records that the new leader never    *)
(* had (uncommitted records of an older leader).  Before fetching, it      *)
(* truncates its log: it sends an OffsetsForLeaderEpoch request with the   *)
(* epoch of its last record; the leader answers with the largest epoch     *)
(* of its own log not above it and the end offset of that epoch.  If the   *)
(* follower has records of that epoch, it truncates to the smaller of the  *)
(* two end offsets and starts fetching; otherwise it truncates to the end  *)
(* of its largest epoch below the answered one and asks again (KIP-279).   *)
(* An epoch that neither log contains is represented by NoEpoch (-1),      *)
(* whose end offset is 0.                                                  *)
(*                                                                         *)
(* The leader counts a follower's log end offset for the HW only once the  *)
(* follower has fetched in the current epoch, i.e. after its truncation    *)
(* (Kafka resets the remote replicas' offsets when a leader is elected).   *)
(* It adds a follower back to the ISR when the follower fetches in the     *)
(* current epoch and has caught up to the HW and to the start of the       *)
(* current epoch; it may drop a lagging follower from the ISR at any time. *)
(*                                                                         *)
(* Abstractions: a record is represented by its epoch (the pair of offset  *)
(* and epoch identifies it); a request and its response are one atomic     *)
(* step; the controller's state (leader, epoch, ISR) is one reliable       *)
(* variable each, and the HW is the partition's HW, kept across elections  *)
(* (in Kafka the new leader's HW may lag behind it but never exceeds it).  *)
(* Unclean leader election is disabled.                                    *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets

CONSTANTS
    Replicas,   \* the replicas of the partition
    MaxEpoch,   \* no election beyond this leader epoch
    MaxLen      \* the leader appends no record beyond this log length

Epochs  == 0..MaxEpoch
NoEpoch == -1
\* All logs of at most MaxLen records, each record tagged with its epoch.
Logs == UNION {[1..n -> Epochs] : n \in 0..MaxLen}

VARIABLES
    log,         \* log[r]: the records of replica r (their epochs)
    epoch,       \* the current leader epoch
    leader,      \* the leader of the current epoch
    isr,         \* the in-sync replicas
    hw,          \* the high watermark
    fetchState   \* fetchState[r]: "Truncating" or "Fetching" (follower state)

TypeOK ==
    /\ log        \in [Replicas -> Logs]
    /\ epoch      \in Epochs
    /\ leader     \in Replicas
    /\ isr        \in SUBSET Replicas
    /\ hw         \in 0..MaxLen
    /\ fetchState \in [Replicas -> {"Truncating", "Fetching"}]

vars == <<log, epoch, leader, isr, hw, fetchState>>

-----------------------------------------------------------------------------
Min(a, b) == IF a <= b THEN a ELSE b
MinOf(S)  == CHOOSE m \in S : \A n \in S : m <= n
MaxOf(S)  == CHOOSE m \in S : \A n \in S : m >= n

LastEpoch(s) == IF Len(s) = 0 THEN NoEpoch ELSE s[Len(s)]

\* The largest epoch of log s that is at most e, or NoEpoch.
LargestEpochAtMost(s, e) ==
    LET E == {s[j] : j \in 1..Len(s)} \cap 0..e
    IN  IF E = {} THEN NoEpoch ELSE MaxOf(E)

\* The end offset of epoch e in log s: the number of records of epoch <= e.
EndOffset(s, e) == Cardinality({j \in 1..Len(s) : s[j] <= e})

Prefix(s, n) == SubSeq(s, 1, n)

Init ==
    /\ log        = [r \in Replicas |-> <<>>]
    /\ epoch      = 0
    /\ leader     \in Replicas
    /\ isr        = Replicas
    /\ hw         = 0
    /\ fetchState = [r \in Replicas |-> IF r = leader THEN "Fetching" ELSE "Truncating"]

-----------------------------------------------------------------------------
(* The controller elects r, an in-sync replica, leader of the next epoch   *)
(* (the old leader failed, or a preferred-leader election).  The ISR is    *)
(* unchanged; every follower must truncate before fetching again.          *)
ElectLeader(r) ==
    /\ r \in isr
    /\ epoch < MaxEpoch
    /\ epoch'      = epoch + 1
    /\ leader'     = r
    /\ fetchState' = [s \in Replicas |-> IF s = r THEN "Fetching" ELSE "Truncating"]
    /\ UNCHANGED <<log, isr, hw>>

(* The leader appends a produced record, tagged with its epoch.            *)
LeaderAppend ==
    /\ Len(log[leader]) < MaxLen
    /\ log' = [log EXCEPT ![leader] = Append(@, epoch)]
    /\ UNCHANGED <<epoch, leader, isr, hw, fetchState>>

(* One OffsetsForLeaderEpoch round trip of follower f, and its truncation. *)
Truncate(f) ==
    /\ f # leader
    /\ fetchState[f] = "Truncating"
    /\ LET e  == LastEpoch(log[f])
           eL == LargestEpochAtMost(log[leader], e)   \* the leader's answer:
           X  == EndOffset(log[leader], eL)           \*   epoch and end offset
           eF == LargestEpochAtMost(log[f], eL)
           Y  == EndOffset(log[f], eF)
       IN  IF eF = eL
             THEN /\ log' = [log EXCEPT ![f] = Prefix(@, Min(X, Y))]
                  /\ fetchState' = [fetchState EXCEPT ![f] = "Fetching"]
             ELSE /\ log' = [log EXCEPT ![f] = Prefix(@, Y)]
                  /\ UNCHANGED fetchState
    /\ UNCHANGED <<epoch, leader, isr, hw>>

(* Follower f fetches the record at its log end offset from the leader.    *)
Fetch(f) ==
    /\ f # leader
    /\ fetchState[f] = "Fetching"
    /\ Len(log[f]) < Len(log[leader])
    /\ log' = [log EXCEPT ![f] = Append(@, log[leader][Len(log[f]) + 1])]
    /\ UNCHANGED <<epoch, leader, isr, hw, fetchState>>

(* The leader adds follower f back to the ISR: f fetches in the current    *)
(* epoch and has caught up to the HW and to the start of the epoch.        *)
ExpandIsr(f) ==
    /\ f # leader
    /\ f \notin isr
    /\ fetchState[f] = "Fetching"
    /\ Len(log[f]) >= hw
    /\ Len(log[f]) >= EndOffset(log[leader], epoch - 1)
    /\ isr' = isr \cup {f}
    /\ UNCHANGED <<log, epoch, leader, hw, fetchState>>

(* The leader drops a lagging (or failed) follower f from the ISR.         *)
ShrinkIsr(f) ==
    /\ f # leader
    /\ f \in isr
    /\ isr' = isr \ {f}
    /\ UNCHANGED <<log, epoch, leader, hw, fetchState>>

(* The leader advances the HW to the smallest log end offset of the ISR,   *)
(* once every in-sync follower has fetched in the current epoch.           *)
AdvanceHw ==
    /\ \A r \in isr : r = leader \/ fetchState[r] = "Fetching"
    /\ LET newHw == MinOf({Len(log[r]) : r \in isr \cup {leader}})
       IN  /\ newHw > hw
           /\ hw' = newHw
    /\ UNCHANGED <<log, epoch, leader, isr, fetchState>>

Next ==
    \/ \E r \in Replicas : ElectLeader(r)
    \/ LeaderAppend
    \/ \E f \in Replicas : Truncate(f)
    \/ \E f \in Replicas : Fetch(f)
    \/ \E f \in Replicas : ExpandIsr(f)
    \/ \E f \in Replicas : ShrinkIsr(f)
    \/ AdvanceHw

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: every in-sync replica holds the leader's log up to the HW, so a *)
(* committed record survives any election (the leader comes from the ISR). *)
HighWatermarkAgreement ==
    \A r \in isr :
        /\ hw <= Len(log[r])
        /\ hw <= Len(log[leader])
        /\ \A i \in 1..hw : log[r][i] = log[leader][i]

=============================================================================
