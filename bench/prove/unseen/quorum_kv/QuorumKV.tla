------------------------------- MODULE QuorumKV -------------------------------
(***************************************************************************)
(* A Dynamo-style replicated key-value register with strict quorums (no  *)
(* sloppy quorums or hinted handoff): one key stored on the N replicas of *)
(* Replica, written to a write quorum of W replicas and read from a read  *)
(* quorum of R replicas, where R + W > N.                                 *)
(*                                                                         *)
(* Each replica keeps the highest version of the value it has seen.  A    *)
(* client write picks the next version and sends it to every replica; a   *)
(* replica that receives it keeps the higher of its version and the new   *)
(* one, and acknowledges.  The write completes when the client holds W    *)
(* acknowledgements for that version.  A client that times out abandons   *)
(* its write and may start the next one; acknowledgements for an older    *)
(* version are discarded, so only the acknowledgements for the current    *)
(* write are kept.  A read asks every replica for its version, waits for  *)
(* R replies and returns the highest version among them.                  *)
(*                                                                         *)
(* Messages can be lost: a write request may never reach a replica, or    *)
(* reach it late (after the client has moved on to a later version); an  *)
(* acknowledgement may be lost; a replica may never answer a read.  A     *)
(* read reply is modelled as arriving when it is sent: replicas only move *)
(* forward, so a reply that arrives later carries a version no higher.    *)
(*                                                                         *)
(* The variable lastDone records, for the safety property, the version of *)
(* the last completed write, and readStart its value when the current     *)
(* read started.                                                          *)
(*                                                                         *)
(* Safety: a completed read returns a version at least the version of the *)
(* last write that completed before the read started.                     *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Replica,   \* the replicas of the key
          W,         \* the write quorum size
          R,         \* the read quorum size
          MaxVer     \* the bound on the versions written

ASSUME /\ W \in 1 .. Cardinality(Replica)
       /\ R \in 1 .. Cardinality(Replica)
       /\ R + W > Cardinality(Replica)
       /\ MaxVer \in Nat

Version == 0 .. MaxVer    \* version 0 is the initial value

VARIABLES stored,     \* stored[n]: the highest version replica n has seen
          wver,       \* the version of the client's latest write
          acks,       \* the replicas whose ack for wver is in the network
          lastDone,   \* the version of the last completed write
          rstate,     \* the reader: "idle", "reading" or "done"
          replied,    \* the replicas that have answered the current read
          rmax,       \* the highest version among those answers
          readStart   \* lastDone when the current read started

vars == <<stored, wver, acks, lastDone, rstate, replied, rmax, readStart>>

TypeOK ==
    /\ stored \in [Replica -> Version]
    /\ wver \in Version
    /\ acks \in SUBSET Replica
    /\ lastDone \in Version
    /\ rstate \in {"idle", "reading", "done"}
    /\ replied \in SUBSET Replica
    /\ rmax \in Version
    /\ readStart \in Version

Max(a, b) == IF a >= b THEN a ELSE b

Init ==
    /\ stored = [n \in Replica |-> 0]
    /\ wver = 0
    /\ acks = {}
    /\ lastDone = 0
    /\ rstate = "idle"
    /\ replied = {}
    /\ rmax = 0
    /\ readStart = 0

(* The client starts a write of the next version and sends it to every    *)
(* replica.  Any earlier write still in progress is abandoned.             *)
StartWrite ==
    /\ wver < MaxVer
    /\ wver' = wver + 1
    /\ acks' = {}
    /\ UNCHANGED <<stored, lastDone, rstate, replied, rmax, readStart>>

(* Replica n receives the write of version v (possibly late), keeps the    *)
(* higher version and acknowledges.  The client keeps the ack only if v is *)
(* the version of its current write.                                       *)
ApplyWrite(n, v) ==
    /\ v \in 1 .. wver
    /\ stored' = [stored EXCEPT ![n] = Max(@, v)]
    /\ acks' = IF v = wver THEN acks \cup {n} ELSE acks
    /\ UNCHANGED <<wver, lastDone, rstate, replied, rmax, readStart>>

(* The network loses replica n's ack for the current write. *)
LoseAck(n) ==
    /\ n \in acks
    /\ acks' = acks \ {n}
    /\ UNCHANGED <<stored, wver, lastDone, rstate, replied, rmax, readStart>>

(* The client holds W acks for its current write: the write completes. *)
CompleteWrite ==
    /\ lastDone < wver
    /\ Cardinality(acks) >= W
    /\ lastDone' = wver
    /\ UNCHANGED <<stored, wver, acks, rstate, replied, rmax, readStart>>

(* The reader starts a read and asks every replica for its version. *)
StartRead ==
    /\ rstate # "reading"
    /\ rstate' = "reading"
    /\ replied' = {}
    /\ rmax' = 0
    /\ readStart' = lastDone
    /\ UNCHANGED <<stored, wver, acks, lastDone>>

(* Replica n answers the current read with its version. *)
Reply(n) ==
    /\ rstate = "reading"
    /\ n \notin replied
    /\ replied' = replied \cup {n}
    /\ rmax' = Max(rmax, stored[n])
    /\ UNCHANGED <<stored, wver, acks, lastDone, rstate, readStart>>

(* The reader holds R replies: the read completes and returns rmax. *)
CompleteRead ==
    /\ rstate = "reading"
    /\ Cardinality(replied) >= R
    /\ rstate' = "done"
    /\ UNCHANGED <<stored, wver, acks, lastDone, replied, rmax, readStart>>

Next ==
    \/ StartWrite
    \/ \E n \in Replica, v \in Version : ApplyWrite(n, v)
    \/ \E n \in Replica : LoseAck(n)
    \/ CompleteWrite
    \/ StartRead
    \/ \E n \in Replica : Reply(n)
    \/ CompleteRead

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* A completed read returns a version at least that of the last write      *)
(* completed before the read started.                                      *)
ReadSeesLatestWrite ==
    rstate = "done" => rmax >= readStart
=============================================================================
