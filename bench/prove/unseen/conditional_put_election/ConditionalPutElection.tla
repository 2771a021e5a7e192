-------------------------- MODULE ConditionalPutElection --------------------------
(***************************************************************************)
(* Leader election through an object store with conditional writes, as     *)
(* done on S3, GCS or Azure Blob with ETag preconditions.                  *)
(*                                                                         *)
(* A lease object holds (owner, version).  To become leader, a node reads  *)
(* the lease, then writes itself as owner with "If-Match: <version read>". *)
(* The store accepts the write only if the lease's version is still the    *)
(* one the node read, and bumps the version; the node then believes it     *)
(* leads at the version it wrote (its term).  A leader renews its lease    *)
(* the same way (read, conditional write), which gives it a new term.  A   *)
(* node whose conditional write fails (412 Precondition Failed) learns it  *)
(* is not the leader.                                                      *)
(*                                                                         *)
(* The leader appends to a log of data objects (1.json, 2.json, ...), each *)
(* tagged with its writer and its term.  The store fences them: it accepts *)
(* a data write only if its tag is the lease's current version, and        *)
(* rejects it otherwise (the writer then steps down).  The store checks    *)
(* only the version tag, not the writer.                                   *)
(*                                                                         *)
(* Lease expiry and clocks are abstracted: any node may try to take the    *)
(* lease over at any time, so a deposed leader may keep believing it leads *)
(* (a paused process).  Nodes crash and restart, losing their local state. *)
(* The store is reliable and linearizable: each request with its response  *)
(* is one atomic step.  Data objects are abstracted to their (writer,      *)
(* version) tags; the log has room for MaxLog objects.                     *)
(***************************************************************************)
EXTENDS Integers, Sequences

CONSTANTS
    Node,       \* the nodes competing for leadership
    None,       \* marker: no owner
    MaxVer,     \* bound on the lease version
    MaxLog      \* bound on the number of data objects

ASSUME MaxVer \in Nat \ {0} /\ MaxLog \in Nat /\ None \notin Node

Ver == 0..MaxVer
NoRead == -1           \* readVer value of a node with no read pending

\* Sequences of elements of S of length at most n.
BoundedSeq(S, n) == UNION {[1..k -> S] : k \in 0..n}

VARIABLES
    lease,      \* the lease object in the store: [owner, ver]
    log,        \* the data objects the store accepted, in order: (writer, ver)
    readVer,    \* readVer[n]: lease version n read for its next conditional write
    term        \* term[n]: the version n wrote and believes it leads at (0: none)

vars == <<lease, log, readVer, term>>

TypeOK ==
    /\ lease \in [owner : Node \cup {None}, ver : Ver]
    /\ log \in BoundedSeq([writer : Node, ver : 1..MaxVer], MaxLog)
    /\ readVer \in [Node -> Ver \cup {NoRead}]
    /\ term \in [Node -> Ver]

Init ==
    /\ lease = [owner |-> None, ver |-> 0]
    /\ log = <<>>
    /\ readVer = [n \in Node |-> NoRead]
    /\ term = [n \in Node |-> 0]

-----------------------------------------------------------------------------
\* n reads the lease object (GET), remembering its version (ETag).
ReadLease(n) ==
    /\ readVer' = [readVer EXCEPT ![n] = lease.ver]
    /\ UNCHANGED <<lease, log, term>>

\* n's conditional PUT of the lease succeeds: the version is unchanged, the
\* store writes n as owner and bumps the version; n leads at that version.
AcquireLease(n) ==
    /\ readVer[n] # NoRead
    /\ lease.ver = readVer[n]
    /\ lease.ver < MaxVer
    /\ lease' = [owner |-> n, ver |-> lease.ver + 1]
    /\ term' = [term EXCEPT ![n] = lease.ver + 1]
    /\ readVer' = [readVer EXCEPT ![n] = NoRead]
    /\ UNCHANGED log

\* n's conditional PUT fails: someone wrote the lease since n read it.
\* n learns it is not the leader.
AcquireFails(n) ==
    /\ readVer[n] # NoRead
    /\ lease.ver # readVer[n]
    /\ term' = [term EXCEPT ![n] = 0]
    /\ readVer' = [readVer EXCEPT ![n] = NoRead]
    /\ UNCHANGED <<lease, log>>

\* A node that believes it leads writes the next data object, tagged with
\* its term; the tag is the lease's current version, so the store accepts it.
WriteData(n) ==
    /\ term[n] # 0
    /\ term[n] = lease.ver
    /\ Len(log) < MaxLog
    /\ log' = Append(log, [writer |-> n, ver |-> term[n]])
    /\ UNCHANGED <<lease, readVer, term>>

\* The store rejects a data write with a stale tag; the writer steps down.
WriteRejected(n) ==
    /\ term[n] # 0
    /\ term[n] # lease.ver
    /\ term' = [term EXCEPT ![n] = 0]
    /\ UNCHANGED <<lease, log, readVer>>

\* n crashes and restarts, losing its local state.
Crash(n) ==
    /\ term' = [term EXCEPT ![n] = 0]
    /\ readVer' = [readVer EXCEPT ![n] = NoRead]
    /\ UNCHANGED <<lease, log>>

Next ==
    \E n \in Node :
        \/ ReadLease(n)
        \/ AcquireLease(n)
        \/ AcquireFails(n)
        \/ WriteData(n)
        \/ WriteRejected(n)
        \/ Crash(n)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: the log is the writes of successive leaders, in order: the      *)
(* versions never decrease along the log, and all objects carrying the     *)
(* same version come from one node (the one that won the lease at that     *)
(* version).  A deposed leader never gets a write in after, or alongside,  *)
(* its successor's.                                                        *)
FencedLog ==
    \A i, j \in 1..Len(log) :
        i < j => \/ log[i].ver < log[j].ver
                 \/ log[i].ver = log[j].ver /\ log[i].writer = log[j].writer

=============================================================================
