------------------ MODULE BookKeeperLedgerRecovery_Reference ------------------
(***************************************************************************)
(* A hand-written inductive invariant for BookKeeperLedgerRecovery.        *)
(***************************************************************************)
EXTENDS BookKeeperLedgerRecovery

(* Every confirmed entry is stored on an ack quorum.                       *)
ConfirmedReplicated ==
    \A e \in Entry : e <= lac => Replicated(e)

(* The bookies that reported the entry being read missing are fenced and   *)
(* still lack it.                                                          *)
NegativesFenced ==
    rec.st = "reading" =>
        \A b \in rec.neg : fenced[b] /\ rec.e \notin stored[b]

(* After the close, the entry following the last one is missing from Qw -  *)
(* Qa + 1 fenced bookies, so it can never reach an ack quorum.             *)
ClosedBoundaryFenced ==
    (rec.st = "closed" /\ rec.last < N) =>
        \E Q \in FenceQuorum : \A b \in Q : fenced[b] /\ rec.last + 1 \notin stored[b]

IndRef ==
    /\ TypeOK
    /\ NoConfirmedEntryLost
    /\ ConfirmedReplicated
    /\ NegativesFenced
    /\ ClosedBoundaryFenced
=============================================================================
