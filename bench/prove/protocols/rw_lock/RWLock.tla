------------------------------- MODULE RWLock -------------------------------
(***************************************************************************)
(* A readers-writer lock (Courtois, Heymans and Parnas, 1971) kept as a    *)
(* counter of readers and a writer flag.  A process may start reading      *)
(* when no process writes, and start writing when no process reads or      *)
(* writes; it releases what it took.  The lock admits at most MaxReaders   *)
(* readers at once.                                                        *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Proc,         \* The processes.
    MaxReaders    \* How many processes may read at once.

VARIABLES
    readers,   \* The number of processes reading.
    writer,    \* Whether a process is writing.
    pc         \* pc[p]: "idle", "reading" or "writing".

vars == <<readers, writer, pc>>

TypeOK ==
    /\ readers \in 0..MaxReaders
    /\ writer \in BOOLEAN
    /\ pc \in [Proc -> {"idle", "reading", "writing"}]

Init ==
    /\ readers = 0
    /\ writer = FALSE
    /\ pc = [p \in Proc |-> "idle"]

(* Process p starts reading: no process writes and a reader slot is free. *)
AcquireRead(p) ==
    /\ pc[p] = "idle"
    /\ ~writer
    /\ readers < MaxReaders
    /\ readers' = readers + 1
    /\ pc' = [pc EXCEPT ![p] = "reading"]
    /\ UNCHANGED writer

(* Process p stops reading (the counter never goes below zero). *)
ReleaseRead(p) ==
    /\ pc[p] = "reading"
    /\ readers > 0
    /\ readers' = readers - 1
    /\ pc' = [pc EXCEPT ![p] = "idle"]
    /\ UNCHANGED writer

(* Process p starts writing: no process reads or writes. *)
AcquireWrite(p) ==
    /\ pc[p] = "idle"
    /\ ~writer
    /\ readers = 0
    /\ writer' = TRUE
    /\ pc' = [pc EXCEPT ![p] = "writing"]
    /\ UNCHANGED readers

(* Process p stops writing. *)
ReleaseWrite(p) ==
    /\ pc[p] = "writing"
    /\ writer' = FALSE
    /\ pc' = [pc EXCEPT ![p] = "idle"]
    /\ UNCHANGED readers

Next ==
    \E p \in Proc :
        \/ AcquireRead(p)
        \/ ReleaseRead(p)
        \/ AcquireWrite(p)
        \/ ReleaseWrite(p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* A writing process is alone: no other process reads or writes. *)
WriterExclusion ==
    \A p, q \in Proc : pc[p] = "writing" => p = q \/ pc[q] = "idle"
=============================================================================
