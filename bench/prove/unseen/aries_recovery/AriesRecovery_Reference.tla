------------------------ MODULE AriesRecovery_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for AriesRecovery.                   *)
(***************************************************************************)
EXTENDS AriesRecovery

(* The log is a prefix of LSNs: no record follows an empty LSN, and every  *)
(* LSN up to flushedLSN holds a record.                                    *)
LogIsPrefix ==
    /\ \A l \in LSN : log[l] = None => \A m \in LSN : m > l => log[m] = None
    /\ \A l \in 1 .. flushedLSN : log[l] # None

(* While the database is up, every page reflects every record of the log   *)
(* for it, on disk or still in the tail.                                   *)
UpReflectsWholeLog ==
    mode = "up" =>
        \A l \in LSN : log[l] \in Page => PageLSN(log[l]) >= l

(* During redo the log ends at flushedLSN (the tail was lost), and every   *)
(* record the redo pass has passed is reflected in its page.               *)
RedoReflectsPassedRecords ==
    mode = "redo" =>
        /\ \A l \in LSN : l > flushedLSN => log[l] = None
        /\ \A l \in LSN : l < redoLSN /\ log[l] \in Page => PageLSN(log[l]) >= l

IndRef ==
    /\ TypeOK
    /\ DurableUpdatesReflected
    /\ LogIsPrefix
    /\ UpReflectsWholeLog
    /\ RedoReflectsPassedRecords
=============================================================================
