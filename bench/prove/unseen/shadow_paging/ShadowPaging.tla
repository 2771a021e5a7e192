---------------------------- MODULE ShadowPaging ----------------------------
(***************************************************************************)
(* Shadow-paging commit (as in System R's shadow pages, LMDB and other     *)
(* copy-on-write B-trees).  A database of logical pages is stored in       *)
(* physical pages on disk; a durable root (the page table) maps each       *)
(* logical page to the physical page holding its committed contents.      *)
(*                                                                         *)
(* A transaction never overwrites a page the root points at.  The first    *)
(* time it writes logical page l it allocates a free physical page, copies *)
(* l's current page into it in the buffer pool (a shadow page) and points  *)
(* its private page table (shadow) at the copy; later writes to l modify   *)
(* the copy in the buffer.  Dirty buffer pages are flushed to disk by      *)
(* Flush.  To commit, once every page its table points at is flushed, the  *)
(* transaction atomically replaces the root by its table (a single-sector  *)
(* write of the root pointer); the pages it replaced become free.  An      *)
(* abort frees the shadow pages and discards their buffered contents.      *)
(*                                                                         *)
(* A crash loses all volatile state: the buffer pool (unflushed writes),   *)
(* the free list and any running transaction; the durable root and the     *)
(* flushed pages survive.  Recovery rebuilds the free list by garbage-     *)
(* collecting every physical page the root does not reference.            *)
(*                                                                         *)
(* Page contents are abstracted: a page is either clean (its disk image is *)
(* its latest contents) or dirty (its latest contents are only in the      *)
(* buffer pool).                                                           *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    LPage,   \* Logical pages of the database.
    PPage    \* Physical pages on disk.

ASSUME Cardinality(PPage) > Cardinality(LPage)

VARIABLES
    root,     \* Durable: root[l] is the physical page of logical page l.
    dirty,    \* dirty[p]: p has buffered contents not yet flushed to disk.
    free,     \* Volatile: the allocator's free list.
    shadow,   \* Volatile: the running transaction's page table.
    status    \* "idle", "active" (a transaction runs) or "down" (crashed).

vars == <<root, dirty, free, shadow, status>>

TypeOK ==
    /\ root \in [LPage -> PPage]
    /\ dirty \in [PPage -> BOOLEAN]
    /\ free \subseteq PPage
    /\ shadow \in [LPage -> PPage]
    /\ status \in {"idle", "active", "down"}

Range(f) == {f[l] : l \in LPage}

Init ==
    /\ root \in {f \in [LPage -> PPage] : \A l, m \in LPage : l # m => f[l] # f[m]}
    /\ dirty = [p \in PPage |-> FALSE]
    /\ free = PPage \ Range(root)
    /\ shadow = root
    /\ status = "idle"

-----------------------------------------------------------------------------
(* A transaction starts from the committed page table.                     *)
Begin ==
    /\ status = "idle"
    /\ status' = "active"
    /\ shadow' = root
    /\ UNCHANGED <<root, dirty, free>>

(* First write to l: allocate free page p and copy l's page into it in the *)
(* buffer pool, modified; the transaction's table now points at p.        *)
CopyOnWrite(l, p) ==
    /\ status = "active"
    /\ shadow[l] = root[l]
    /\ p \in free
    /\ free' = free \ {p}
    /\ dirty' = [dirty EXCEPT ![p] = TRUE]
    /\ shadow' = [shadow EXCEPT ![l] = p]
    /\ UNCHANGED <<root, status>>

(* A further write to l modifies its shadow page in the buffer pool.       *)
Write(l) ==
    /\ status = "active"
    /\ shadow[l] # root[l]
    /\ dirty' = [dirty EXCEPT ![shadow[l]] = TRUE]
    /\ UNCHANGED <<root, free, shadow, status>>

(* The buffer manager writes a dirty page to disk.                         *)
Flush(p) ==
    /\ status # "down"
    /\ dirty[p]
    /\ dirty' = [dirty EXCEPT ![p] = FALSE]
    /\ UNCHANGED <<root, free, shadow, status>>

(* Commit: once every page of the transaction's table is on disk, swap the *)
(* root atomically; the pages it no longer references are freed.           *)
Commit ==
    /\ status = "active"
    /\ \A l \in LPage : ~dirty[shadow[l]]
    /\ root' = shadow
    /\ free' = free \cup {root[l] : l \in {m \in LPage : shadow[m] # root[m]}}
    /\ status' = "idle"
    /\ UNCHANGED <<dirty, shadow>>

(* Abort: free the shadow pages and drop their buffered contents.          *)
Abort ==
    /\ status = "active"
    /\ LET S == {shadow[l] : l \in {m \in LPage : shadow[m] # root[m]}}
       IN  /\ free' = free \cup S
           /\ dirty' = [p \in PPage |-> IF p \in S THEN FALSE ELSE dirty[p]]
    /\ shadow' = root
    /\ status' = "idle"
    /\ UNCHANGED root

(* Crash: the buffer pool, the free list and the transaction are lost.     *)
Crash ==
    /\ status # "down"
    /\ dirty' = [p \in PPage |-> FALSE]
    /\ free' = {}
    /\ shadow' = root
    /\ status' = "down"
    /\ UNCHANGED root

(* Recovery: garbage-collect every page the durable root does not use.     *)
Recover ==
    /\ status = "down"
    /\ free' = PPage \ Range(root)
    /\ status' = "idle"
    /\ UNCHANGED <<root, dirty, shadow>>

Next ==
    \/ Begin \/ Commit \/ Abort \/ Crash \/ Recover
    \/ \E l \in LPage : Write(l) \/ \E p \in PPage : CopyOnWrite(l, p)
    \/ \E p \in PPage : Flush(p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* The durable root never references a page whose latest contents are     *)
(* still only in the buffer pool: after a crash, every page reachable from *)
(* the root holds its committed contents.                                  *)
RootPagesDurable ==
    \A l \in LPage : ~dirty[root[l]]
=============================================================================
