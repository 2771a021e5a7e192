-------------------- MODULE ClientSessionTable_Reference --------------------
(* A hand-written inductive invariant for ClientSessionTable.              *)
EXTENDS ClientSessionTable

(* A client only ever sends requests for commands it has issued.           *)
RequestsIssued ==
    \A m \in requests : m.seq <= clientSeq[m.client]

(* A client issues command k+1 only after command k was applied, so it is  *)
(* at most one command ahead of its session-table entry.                   *)
ClientAtMostOneAhead ==
    \A c \in Clients : clientSeq[c] <= session[c].seq + 1

(* A client that is not waiting has had the reply to its latest command,   *)
(* which the state machine has therefore applied.                          *)
ReplyOnlyAfterApply ==
    \A c \in Clients : ~waiting[c] => clientSeq[c] <= session[c].seq

(* A client waits only for a command it has issued.                       *)
WaitingOnIssued ==
    \A c \in Clients : waiting[c] => clientSeq[c] >= 1

IndRef ==
    /\ TypeOK
    /\ ExactlyOnce
    /\ RequestsIssued
    /\ ClientAtMostOneAhead
    /\ ReplyOnlyAfterApply
    /\ WaitingOnIssued

=============================================================================
