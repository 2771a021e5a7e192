------------------------- MODULE InnodbDoublewrite -------------------------
(***************************************************************************)
(* The InnoDB doublewrite buffer (MySQL Reference Manual, "Doublewrite     *)
(* Buffer"), which protects data pages against torn writes.                *)
(*                                                                         *)
(* A page write to a data file is not atomic: if the server or the machine *)
(* crashes in the middle of it, the page on disk is torn (part old, part   *)
(* new, with a bad checksum), and redo recovery cannot repair it, since    *)
(* redo records apply to an intact page.  So InnoDB flushes dirty pages    *)
(* from the buffer pool in batches:                                        *)
(*  1. the page cleaner copies the pages of the batch into the doublewrite *)
(*     buffer and writes it to its area on disk in one sequential write;   *)
(*  2. it fsyncs the doublewrite area;                                     *)
(*  3. it writes every page of the batch to its place in the data file;    *)
(*  4. it fsyncs the data files, and the batch is done.                    *)
(* Pages of a batch are io-fixed: they are not modified until it is done.  *)
(* A crash may tear any write not yet fsynced.  Crash recovery first       *)
(* scans the doublewrite area: every data page that is torn and has an     *)
(* intact copy there is overwritten with the copy; then redo is applied.   *)
(*                                                                         *)
(* A page is represented by its version (the number of modifications      *)
(* applied to it).  The redo log is taken to be durable, so a crash loses  *)
(* no modification: after recovery, redo brings every intact page back to  *)
(* its buffer pool version.                                                *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Page,     \* the data pages
    MaxVer,   \* the most modifications of a page
    Torn,     \* a model value: a torn page image
    Empty     \* a model value: a doublewrite slot that holds no copy

Ver == 0..MaxVer

ASSUME Torn \notin Ver /\ Empty \notin Ver /\ Torn # Empty

VARIABLES
    mem,        \* mem[p]: the version of page p in the buffer pool
    disk,       \* disk[p]: the image of page p in its data file
    dwb,        \* dwb[p]: the image of p's copy in the doublewrite area on disk
    batch,      \* the pages of the flush batch in progress
    phase,      \* the page cleaner: idle, dwSync (doublewrite written, not yet
                \* fsynced) or pageWrite (writing pages in place)
    written,    \* the pages of the batch written in place, not yet fsynced
    mode        \* "up", or "recovery" after a crash

vars == <<mem, disk, dwb, batch, phase, written, mode>>

TypeOK ==
    /\ mem \in [Page -> Ver]
    /\ disk \in [Page -> Ver \cup {Torn}]
    /\ dwb \in [Page -> Ver \cup {Torn, Empty}]
    /\ batch \in SUBSET Page
    /\ phase \in {"idle", "dwSync", "pageWrite"}
    /\ written \in SUBSET Page
    /\ mode \in {"up", "recovery"}

Init ==
    /\ mem = [p \in Page |-> 0]
    /\ disk = [p \in Page |-> 0]
    /\ dwb = [p \in Page |-> Empty]
    /\ batch = {}
    /\ phase = "idle"
    /\ written = {}
    /\ mode = "up"

-----------------------------------------------------------------------------
(* A transaction modifies page p in the buffer pool (the change is redo    *)
(* logged); pages of the batch being flushed are io-fixed.                 *)
Modify(p) ==
    /\ mode = "up"
    /\ p \notin batch
    /\ mem[p] < MaxVer
    /\ mem' = [mem EXCEPT ![p] = @ + 1]
    /\ UNCHANGED <<disk, dwb, batch, phase, written, mode>>

(* The page cleaner picks a batch of dirty pages, copies them into the     *)
(* doublewrite buffer and writes it to the doublewrite area.               *)
StartBatch ==
    /\ mode = "up"
    /\ phase = "idle"
    /\ \E B \in SUBSET Page :
          /\ B # {}
          /\ \A p \in B : disk[p] # mem[p]
          /\ batch' = B
          /\ dwb' = [p \in Page |-> IF p \in B THEN mem[p] ELSE dwb[p]]
    /\ phase' = "dwSync"
    /\ UNCHANGED <<mem, disk, written, mode>>

(* The doublewrite area is fsynced: the pages may be written in place.     *)
SyncDoublewrite ==
    /\ mode = "up"
    /\ phase = "dwSync"
    /\ phase' = "pageWrite"
    /\ UNCHANGED <<mem, disk, dwb, batch, written, mode>>

(* Page p of the batch is written to its place in the data file.           *)
WritePage(p) ==
    /\ mode = "up"
    /\ phase = "pageWrite"
    /\ p \in batch \ written
    /\ disk' = [disk EXCEPT ![p] = mem[p]]
    /\ written' = written \cup {p}
    /\ UNCHANGED <<mem, dwb, batch, phase, mode>>

(* Every page of the batch is written: the data files are fsynced and the  *)
(* batch is done.                                                          *)
SyncData ==
    /\ mode = "up"
    /\ phase = "pageWrite"
    /\ written = batch
    /\ phase' = "idle"
    /\ batch' = {}
    /\ written' = {}
    /\ UNCHANGED <<mem, disk, dwb, mode>>

(* Crash: the page cleaner's work is lost, and every write not yet         *)
(* fsynced (the doublewrite copies of the batch before the doublewrite     *)
(* fsync, the pages written in place before the data fsync) may be torn.   *)
Crash ==
    /\ mode = "up"
    /\ \E tornDw \in SUBSET (IF phase = "dwSync" THEN batch ELSE {}),
          tornData \in SUBSET written :
          /\ dwb' = [p \in Page |-> IF p \in tornDw THEN Torn ELSE dwb[p]]
          /\ disk' = [p \in Page |-> IF p \in tornData THEN Torn ELSE disk[p]]
    /\ mode' = "recovery"
    /\ phase' = "idle"
    /\ batch' = {}
    /\ written' = {}
    /\ UNCHANGED mem

(* Recovery finds data page p torn and an intact copy of it in the         *)
(* doublewrite area, and restores the page from the copy.                  *)
RestorePage(p) ==
    /\ mode = "recovery"
    /\ disk[p] = Torn
    /\ dwb[p] \in Ver
    /\ disk' = [disk EXCEPT ![p] = dwb[p]]
    /\ UNCHANGED <<mem, dwb, batch, phase, written, mode>>

(* The doublewrite scan is over (no torn page has an intact copy left to   *)
(* restore); redo is applied and the server is up again.                   *)
EndRecovery ==
    /\ mode = "recovery"
    /\ ~\E p \in Page : disk[p] = Torn /\ dwb[p] \in Ver
    /\ mode' = "up"
    /\ UNCHANGED <<mem, disk, dwb, batch, phase, written>>

Next ==
    \/ \E p \in Page : Modify(p) \/ WritePage(p) \/ RestorePage(p)
    \/ StartBatch
    \/ SyncDoublewrite
    \/ SyncData
    \/ Crash
    \/ EndRecovery

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* While the server is up, no data page is torn: recovery never leaves a   *)
(* page that redo cannot be applied to.                                    *)
NoTornPageWhenUp ==
    mode = "up" => \A p \in Page : disk[p] # Torn
=============================================================================
