---------------------------- MODULE AriesRecovery ----------------------------
(***************************************************************************)
(* Write-ahead logging and restart redo with page LSNs, as in ARIES        *)
(* (Mohan, Haderle, Lindsay, Pirahesh, Schwarz, "ARIES: A Transaction      *)
(* Recovery Method Supporting Fine-Granularity Locking and Partial         *)
(* Rollbacks Using Write-Ahead Logging", ACM TODS 17(1), 1992).            *)
(*                                                                         *)
(* Every update of a page appends a log record, numbered by its LSN, to    *)
(* the log tail in memory and stamps the buffered page with that LSN (its  *)
(* pageLSN).  The log is forced to disk up to some LSN from time to time   *)
(* (flushedLSN).  The buffer manager may write a dirty page to disk only   *)
(* once the log is on disk up to the page's pageLSN: the WAL rule.  A      *)
(* crash loses the buffer pool and the log tail beyond flushedLSN; the     *)
(* next record appended after the crash reuses the first lost LSN, as the  *)
(* log resumes at its end on disk.  Restart recovery repeats history: the  *)
(* redo pass scans the log from its start and, for each record, fixes its  *)
(* page in the buffer pool and reapplies the record iff the record's LSN   *)
(* is greater than the pageLSN, which then becomes the record's LSN.       *)
(*                                                                         *)
(* A page is represented by its pageLSN only (the record whose update it  *)
(* last reflects; records are applied to a page in LSN order).  Undo of    *)
(* loser transactions, checkpoints and the dirty page table (redo starts   *)
(* at the first record) are left out.                                      *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Page,     \* the data pages
    MaxLSN,   \* log records are numbered 1 .. MaxLSN
    None,     \* a model value: no log record at this LSN
    Out       \* a model value: the page is not in the buffer pool

LSN == 1 .. MaxLSN

ASSUME None \notin Page /\ Out \notin 0 .. MaxLSN

VARIABLES
    log,         \* log[l]: the page that log record l updates, or None
    flushedLSN,  \* the log is on disk up to flushedLSN
    buf,         \* buf[p]: the pageLSN of p in the buffer pool, or Out
    disk,        \* disk[p]: the pageLSN of p on disk
    mode,        \* "up", or "redo" during restart recovery
    redoLSN      \* the LSN of the next record the redo pass looks at

vars == <<log, flushedLSN, buf, disk, mode, redoLSN>>

TypeOK ==
    /\ log \in [LSN -> Page \cup {None}]
    /\ flushedLSN \in 0 .. MaxLSN
    /\ buf \in [Page -> (0 .. MaxLSN) \cup {Out}]
    /\ disk \in [Page -> 0 .. MaxLSN]
    /\ mode \in {"up", "redo"}
    /\ redoLSN \in 1 .. MaxLSN + 1

(* The LSN of the last record of the log (0 if it is empty).               *)
LogEnd ==
    IF \A l \in LSN : log[l] = None
      THEN 0
      ELSE CHOOSE l \in LSN : log[l] # None /\ \A m \in LSN : m > l => log[m] = None

(* The pageLSN of the current version of page p: in the buffer pool if it  *)
(* is there, otherwise on disk.                                            *)
PageLSN(p) == IF buf[p] = Out THEN disk[p] ELSE buf[p]

Init ==
    /\ log = [l \in LSN |-> None]
    /\ flushedLSN = 0
    /\ buf = [p \in Page |-> Out]
    /\ disk = [p \in Page |-> 0]
    /\ mode = "up"
    /\ redoLSN = 1

-----------------------------------------------------------------------------
(* The buffer manager reads page p from disk into the buffer pool.         *)
Fetch(p) ==
    /\ buf[p] = Out
    /\ buf' = [buf EXCEPT ![p] = disk[p]]
    /\ UNCHANGED <<log, flushedLSN, disk, mode, redoLSN>>

(* A transaction updates buffered page p: it appends a log record for the *)
(* update to the log tail and stamps the page with the record's LSN.       *)
Update(p) ==
    /\ mode = "up"
    /\ buf[p] # Out
    /\ LogEnd < MaxLSN
    /\ log' = [log EXCEPT ![LogEnd + 1] = p]
    /\ buf' = [buf EXCEPT ![p] = LogEnd + 1]
    /\ UNCHANGED <<flushedLSN, disk, mode, redoLSN>>

(* The log is forced to disk up to some LSN l (e.g. at a commit).          *)
FlushLog ==
    /\ \E l \in (flushedLSN + 1) .. LogEnd : flushedLSN' = l
    /\ UNCHANGED <<log, buf, disk, mode, redoLSN>>

(* The buffer manager writes dirty page p to disk, which the WAL rule      *)
(* allows once the log is on disk up to the page's pageLSN.                *)
FlushPage(p) ==
    /\ buf[p] # Out
    /\ buf[p] # disk[p]
    /\ buf[p] <= flushedLSN
    /\ disk' = [disk EXCEPT ![p] = buf[p]]
    /\ UNCHANGED <<log, flushedLSN, buf, mode, redoLSN>>

(* The buffer manager evicts clean page p from the buffer pool.            *)
Evict(p) ==
    /\ buf[p] # Out
    /\ buf[p] = disk[p]
    /\ buf' = [buf EXCEPT ![p] = Out]
    /\ UNCHANGED <<log, flushedLSN, disk, mode, redoLSN>>

(* Crash (also during recovery): the buffer pool and the log tail beyond   *)
(* flushedLSN are lost; restart recovery begins its redo pass at the start *)
(* of the log.                                                             *)
Crash ==
    /\ buf' = [p \in Page |-> Out]
    /\ log' = [l \in LSN |-> IF l <= flushedLSN THEN log[l] ELSE None]
    /\ mode' = "redo"
    /\ redoLSN' = 1
    /\ UNCHANGED <<flushedLSN, disk>>

(* The redo pass reaches record redoLSN, for page p, which is fixed in the *)
(* buffer pool: the record is reapplied iff its LSN is above the pageLSN.  *)
Redo(p) ==
    /\ mode = "redo"
    /\ redoLSN <= flushedLSN
    /\ log[redoLSN] = p
    /\ buf[p] # Out
    /\ buf' = [buf EXCEPT ![p] = IF buf[p] < redoLSN THEN redoLSN ELSE buf[p]]
    /\ redoLSN' = redoLSN + 1
    /\ UNCHANGED <<log, flushedLSN, disk, mode>>

(* The redo pass has reached the end of the log on disk: the database is   *)
(* up again.                                                               *)
EndRedo ==
    /\ mode = "redo"
    /\ redoLSN > flushedLSN
    /\ mode' = "up"
    /\ UNCHANGED <<log, flushedLSN, buf, disk, redoLSN>>

Next ==
    \/ \E p \in Page :
          Fetch(p) \/ Update(p) \/ FlushPage(p) \/ Evict(p) \/ Redo(p)
    \/ FlushLog
    \/ Crash
    \/ EndRedo

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No page on disk is stamped with an LSN beyond the log on disk, and once *)
(* redo is over every page reflects every log record on disk for it.       *)
DurableUpdatesReflected ==
    /\ \A p \in Page : disk[p] <= flushedLSN
    /\ mode = "up" =>
          \A l \in 1 .. flushedLSN :
              log[l] \in Page => PageLSN(log[l]) >= l
=============================================================================
