---------------------------- MODULE CraqChainReads ----------------------------
(***************************************************************************)
(* CRAQ: chain replication with apportioned queries (Terrace and           *)
(* Freedman, USENIX ATC 2009), for a single object.                       *)
(*                                                                         *)
(* Nodes 1 .. N form a chain: node 1 is the head, node N the tail.  The    *)
(* head accepts writes, each creating the next version 1 .. MaxVer of the  *)
(* object, which it stores as dirty and sends down the chain.  A node that *)
(* receives a version newer than any it stores keeps it as dirty and       *)
(* passes it on to its successor.  When a version reaches the tail it is  *)
(* committed: the tail keeps it (all the tail's versions are clean) and    *)
(* sends an acknowledgement back up the chain; each node that receives the *)
(* acknowledgement marks the version, and so all older ones, clean, and    *)
(* passes it on to its predecessor.                                        *)
(*                                                                         *)
(* Any node may serve a read.  If the newest version it stores is clean it *)
(* answers with it.  Otherwise it asks the tail for the tail's newest      *)
(* (committed) version number and answers with that version, which it      *)
(* stores too (the version query is modelled as one atomic step).          *)
(*                                                                         *)
(* Links may reorder messages (they are kept in sets); a node discards a   *)
(* version or an acknowledgement older than what it already has.  Nodes do *)
(* not fail (chain reconfiguration is not modelled).  Only version numbers *)
(* are modelled, not the values written.                                   *)
(*                                                                         *)
(* Safety: a read, whichever node answers it, returns a version the tail   *)
(* has committed, never an uncommitted (dirty) one.  lastRead records the  *)
(* version returned by the latest read (0, the initial version, before any *)
(* read).                                                                  *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    N,        \* the length of the chain
    MaxVer    \* the largest version written

ASSUME N \in Nat /\ N >= 2 /\ MaxVer \in Nat

Node == 1 .. N
Head == 1
Tail == N

(* Version 0 is the object's initial, committed version. *)
Version == 0 .. MaxVer

(* Write propagation down the chain, and acknowledgements up the chain. *)
WriteMsg == [ver : 1 .. MaxVer, to : 2 .. N]
AckMsg == [ver : 1 .. MaxVer, to : 1 .. (N - 1)]

VARIABLES
    ver,       \* ver[n]: the newest version node n stores (clean or dirty)
    clean,     \* clean[n]: the newest version non-tail node n knows is clean
    writes,    \* versions travelling down the chain
    acks,      \* acknowledgements travelling up the chain
    lastRead   \* the version returned by the latest read

vars == <<ver, clean, writes, acks, lastRead>>

TypeOK ==
    /\ ver \in [Node -> Version]
    /\ clean \in [1 .. (N - 1) -> Version]
    /\ writes \in SUBSET WriteMsg
    /\ acks \in SUBSET AckMsg
    /\ lastRead \in Version

Init ==
    /\ ver = [n \in Node |-> 0]
    /\ clean = [n \in 1 .. (N - 1) |-> 0]
    /\ writes = {}
    /\ acks = {}
    /\ lastRead = 0

(* The head accepts a write: it stores the next version, dirty, and sends  *)
(* it to its successor.                                                    *)
HeadWrite ==
    /\ ver[Head] < MaxVer
    /\ ver' = [ver EXCEPT ![Head] = @ + 1]
    /\ writes' = writes \cup {[ver |-> ver[Head] + 1, to |-> Head + 1]}
    /\ UNCHANGED <<clean, acks, lastRead>>

(* A middle node receives a version newer than its own: it stores it,     *)
(* dirty, and passes it on to its successor.                              *)
PropagateWrite(m) ==
    /\ m.to # Tail
    /\ m.ver > ver[m.to]
    /\ ver' = [ver EXCEPT ![m.to] = m.ver]
    /\ writes' = (writes \ {m}) \cup {[ver |-> m.ver, to |-> m.to + 1]}
    /\ UNCHANGED <<clean, acks, lastRead>>

(* The tail receives a version newer than its own: the version is         *)
(* committed, and the tail acknowledges it to its predecessor.            *)
TailCommit(m) ==
    /\ m.to = Tail
    /\ m.ver > ver[Tail]
    /\ ver' = [ver EXCEPT ![Tail] = m.ver]
    /\ writes' = writes \ {m}
    /\ acks' = acks \cup {[ver |-> m.ver, to |-> Tail - 1]}
    /\ UNCHANGED <<clean, lastRead>>

(* A node receives a version no newer than its own and discards it. *)
DiscardWrite(m) ==
    /\ m.ver <= ver[m.to]
    /\ writes' = writes \ {m}
    /\ UNCHANGED <<ver, clean, acks, lastRead>>

(* A node receives an acknowledgement newer than its clean version: it     *)
(* marks that version clean and passes the acknowledgement on up.         *)
ReceiveAck(m) ==
    /\ m.ver > clean[m.to]
    /\ clean' = [clean EXCEPT ![m.to] = m.ver]
    /\ acks' = (acks \ {m}) \cup
                 (IF m.to = Head THEN {} ELSE {[ver |-> m.ver, to |-> m.to - 1]})
    /\ UNCHANGED <<ver, writes, lastRead>>

(* A node receives an acknowledgement no newer than its clean version and  *)
(* discards it.                                                           *)
DiscardAck(m) ==
    /\ m.ver <= clean[m.to]
    /\ acks' = acks \ {m}
    /\ UNCHANGED <<ver, clean, writes, lastRead>>

(* Non-tail node n, whose newest version is clean, answers a read with it. *)
ReadClean(n) ==
    /\ ver[n] = clean[n]
    /\ lastRead' = clean[n]
    /\ UNCHANGED <<ver, clean, writes, acks>>

(* Non-tail node n, whose newest version is dirty, asks the tail for its  *)
(* newest committed version and answers the read with that version.       *)
ReadDirty(n) ==
    /\ ver[n] # clean[n]
    /\ lastRead' = ver[Tail]
    /\ UNCHANGED <<ver, clean, writes, acks>>

(* The tail answers a read with its newest version. *)
ReadTail ==
    /\ lastRead' = ver[Tail]
    /\ UNCHANGED <<ver, clean, writes, acks>>

Next ==
    \/ HeadWrite
    \/ \E m \in writes : PropagateWrite(m) \/ TailCommit(m) \/ DiscardWrite(m)
    \/ \E m \in acks : ReceiveAck(m) \/ DiscardAck(m)
    \/ \E n \in 1 .. (N - 1) : ReadClean(n) \/ ReadDirty(n)
    \/ ReadTail

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Every read returns a version the tail has committed. *)
ReadsCommitted == lastRead <= ver[Tail]
=============================================================================
