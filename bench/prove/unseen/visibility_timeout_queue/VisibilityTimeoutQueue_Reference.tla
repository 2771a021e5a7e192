------------------- MODULE VisibilityTimeoutQueue_Reference -------------------
(***************************************************************************)
(* Hand-written inductive invariant for VisibilityTimeoutQueue, used only  *)
(* to check that the benchmark has one.                                    *)
(***************************************************************************)
EXTENDS VisibilityTimeoutQueue

\* A job with a recorded completion is deleted (and so is never delivered again).
CompletedJobDeleted ==
    \A c \in completions : status[c.job] = "deleted"

\* A receipt held by a worker has already been issued.
HeldReceiptIssued ==
    \A w \in Worker : held[w] /= None => held[w].rcpt <= receipt[held[w].job]

\* A worker holding a job's current receipt is the worker it was delivered to.
CurrentReceiptHeldByRecipient ==
    \A w \in Worker :
        held[w] /= None /\ held[w].rcpt = receipt[held[w].job]
            => deliveredTo[held[w].job] = w

\* A receipt in a delete request has already been issued.
RequestedReceiptIssued ==
    \A m \in msgs : m.rcpt <= receipt[m.job]

\* A delete request with a job's current receipt comes from the worker it was delivered to.
CurrentReceiptRequestFromRecipient ==
    \A m \in msgs : m.rcpt = receipt[m.job] => m.worker = deliveredTo[m.job]

IndRef ==
    /\ TypeOK
    /\ CompletedOnceByCurrentHolder
    /\ CompletedJobDeleted
    /\ HeldReceiptIssued
    /\ CurrentReceiptHeldByRecipient
    /\ RequestedReceiptIssued
    /\ CurrentReceiptRequestFromRecipient

=============================================================================
