------------------------------- MODULE WalFlush -------------------------------
(***************************************************************************)
(* A write-ahead log with a volatile in-memory tail and a durable on-disk  *)
(* prefix, on log positions 1 .. MaxLen.                                    *)
(*                                                                         *)
(* The process appends records to the in-memory log.  Flushing has two    *)
(* steps: data blocks are written to disk one at a time (written counts   *)
(* them), and a sync makes them durable by advancing the durable length   *)
(* in the log header (diskLen).  A record is committed, and its data       *)
(* reported to the client, only once it is durable.  A crash loses memory *)
(* and any block written but not synced: recovery reloads the log from    *)
(* disk up to the durable length, and later appends overwrite the rest.    *)
(* What the clients were told (committed, reported) survives crashes.      *)
(* Disk and memory start with arbitrary contents beyond their lengths.     *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Data,     \* The record payloads.
    MaxLen    \* The capacity of the log.

ASSUME MaxLen \in Nat /\ MaxLen >= 1

Index == 1 .. MaxLen

VARIABLES
    memLog,     \* memLog[i]: record i of the in-memory log.
    memLen,     \* The length of the in-memory log.
    diskLog,    \* diskLog[i]: data block i on disk.
    written,    \* Blocks 1 .. written have been written to disk (not all synced).
    diskLen,    \* The durable length recorded in the log header.
    committed,  \* Records 1 .. committed are committed (known to clients).
    reported    \* reported[i]: the data of record i as reported to clients on commit.

vars == <<memLog, memLen, diskLog, written, diskLen, committed, reported>>

TypeOK ==
    /\ memLog \in [Index -> Data]
    /\ memLen \in 0 .. MaxLen
    /\ diskLog \in [Index -> Data]
    /\ written \in 0 .. MaxLen
    /\ diskLen \in 0 .. MaxLen
    /\ committed \in 0 .. MaxLen
    /\ reported \in [Index -> Data]

(* Empty logs over arbitrary memory and disk contents. *)
Init ==
    /\ memLog \in [Index -> Data]
    /\ memLen = 0
    /\ diskLog \in [Index -> Data]
    /\ written = 0
    /\ diskLen = 0
    /\ committed = 0
    /\ reported \in [Index -> Data]

(* The process appends a record with payload d to the in-memory log. *)
Append(d) ==
    /\ memLen < MaxLen
    /\ memLog' = [memLog EXCEPT ![memLen + 1] = d]
    /\ memLen' = memLen + 1
    /\ UNCHANGED <<diskLog, written, diskLen, committed, reported>>

(* The next unwritten record of memory is written to its disk block. *)
WriteBlock ==
    /\ written < memLen
    /\ diskLog' = [diskLog EXCEPT ![written + 1] = memLog[written + 1]]
    /\ written' = written + 1
    /\ UNCHANGED <<memLog, memLen, diskLen, committed, reported>>

(* Sync: the blocks written so far become durable (header updated). *)
Sync ==
    /\ diskLen < written
    /\ diskLen' = written
    /\ UNCHANGED <<memLog, memLen, diskLog, written, committed, reported>>

(* The next durable record is committed and its data reported. *)
Commit ==
    /\ committed < diskLen
    /\ committed' = committed + 1
    /\ reported' = [reported EXCEPT ![committed + 1] = memLog[committed + 1]]
    /\ UNCHANGED <<memLog, memLen, diskLog, written, diskLen>>

(* Crash and recovery: memory is reloaded from disk up to the durable      *)
(* length; unsynced blocks are forgotten.                                  *)
Crash ==
    /\ memLog' = diskLog
    /\ memLen' = diskLen
    /\ written' = diskLen
    /\ UNCHANGED <<diskLog, diskLen, committed, reported>>

Next ==
    \/ \E d \in Data : Append(d)
    \/ WriteBlock
    \/ Sync
    \/ Commit
    \/ Crash

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Every committed record is durable, with the data reported to clients. *)
CommittedDurable ==
    /\ committed <= diskLen
    /\ \A i \in Index : i <= committed => diskLog[i] = reported[i]
=============================================================================
