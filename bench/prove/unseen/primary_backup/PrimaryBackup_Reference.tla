----------------------- MODULE PrimaryBackup_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for PrimaryBackup, used only to      *)
(* check that the benchmark has one.  It is not part of the protocol.      *)
(***************************************************************************)
EXTENDS PrimaryBackup

\* No message was sent in a view that has not started yet.
NoMsgFromFutureView ==
    \A m \in msgs : m.view <= view

\* A running backup holds every acknowledged write: it is the next primary.
BackupHoldsAcked ==
    up[Backup(view)] => acked \subseteq data[Backup(view)]

\* A write forwarded in the current view is held by the running primary.
ForwardedAtPrimary ==
    \A m \in msgs : m.type = "fwd" /\ m.view = view /\ up[Primary(view)]
                        => m.write \in data[Primary(view)]

\* A write acked in the current view is held by both servers while they run.
AckedByViewHeld ==
    \A m \in msgs : m.type = "ack" /\ m.view = view =>
        /\ up[Primary(view)] => m.write \in data[Primary(view)]
        /\ up[Backup(view)]  => m.write \in data[Backup(view)]

IndRef ==
    /\ TypeOK
    /\ AckedWritesAtPrimary
    /\ NoMsgFromFutureView
    /\ BackupHoldsAcked
    /\ ForwardedAtPrimary
    /\ AckedByViewHeld

=============================================================================
