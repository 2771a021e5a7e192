------------------------ MODULE VisibilityTimeoutQueue ------------------------
(***************************************************************************)
(* A work queue with visibility timeouts, in the style of Amazon SQS.      *)
(*                                                                         *)
(* A job waits in the queue while it is visible.  A worker receives a      *)
(* visible job; the queue makes it invisible and hands the worker a        *)
(* receipt handle, a number that identifies this particular delivery (the  *)
(* queue draws it from a per-job counter, so each delivery gets a new      *)
(* one).  The queue also notes in its delivery log which worker the       *)
(* latest delivery went to.  When the worker has processed the job it      *)
(* asks the queue, by message, to delete the job, presenting its receipt.  *)
(* The queue deletes the job, and records its completion, only if the job  *)
(* is not deleted yet and the receipt is the job's current receipt; a      *)
(* delete with a stale receipt is rejected (no state change).              *)
(*                                                                         *)
(* Workers may be arbitrarily slow and may crash, losing the job they      *)
(* hold.  The visibility timeout is not tied to a clock: it may expire at  *)
(* any time while the job is invisible, and the job becomes visible again, *)
(* so a later delivery (to the same or another worker) gets a new receipt  *)
(* while the earlier holder may still be working.  Delete requests travel  *)
(* in a set: they may be delayed, reordered, duplicated (handling a        *)
(* request does not consume it) and lost.                                  *)
(*                                                                         *)
(* Safety: a job's completion is recorded at most once, and only by the    *)
(* worker holding the job's current receipt (the worker the latest         *)
(* delivery went to).                                                      *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Job,         \* the jobs in the queue
    Worker,      \* the workers
    MaxReceipt,  \* bound on the deliveries of a job (receipts are 1..MaxReceipt)
    None         \* no worker / no job held

Receipt == 1..MaxReceipt

(* A delivery held by a worker: the job and its receipt handle. *)
Delivery == [job : Job, rcpt : Receipt]

(* A delete request from a worker, carrying the receipt it holds. *)
DeleteMsg == [job : Job, worker : Worker, rcpt : Receipt]

VARIABLES
    status,       \* status[j]: "visible", "invisible" or "deleted"
    receipt,      \* receipt[j]: receipt of the latest delivery of j (0: never delivered)
    deliveredTo,  \* deliveredTo[j]: worker the latest delivery of j went to (delivery log)
    held,         \* held[w]: the delivery worker w is processing, or None
    msgs,         \* delete requests in flight
    completions   \* completion log: [job, worker] records written by successful deletes

vars == <<status, receipt, deliveredTo, held, msgs, completions>>

TypeOK ==
    /\ status \in [Job -> {"visible", "invisible", "deleted"}]
    /\ receipt \in [Job -> 0..MaxReceipt]
    /\ deliveredTo \in [Job -> Worker \cup {None}]
    /\ held \in [Worker -> Delivery \cup {None}]
    /\ msgs \in SUBSET DeleteMsg
    /\ completions \in SUBSET [job : Job, worker : Worker]

Init ==
    /\ status = [j \in Job |-> "visible"]
    /\ receipt = [j \in Job |-> 0]
    /\ deliveredTo = [j \in Job |-> None]
    /\ held = [w \in Worker |-> None]
    /\ msgs = {}
    /\ completions = {}

(* Idle worker w receives visible job j, which becomes invisible; the     *)
(* delivery gets the next receipt handle.                                  *)
Receive(w, j) ==
    /\ held[w] = None
    /\ status[j] = "visible"
    /\ receipt[j] < MaxReceipt
    /\ status' = [status EXCEPT ![j] = "invisible"]
    /\ receipt' = [receipt EXCEPT ![j] = @ + 1]
    /\ deliveredTo' = [deliveredTo EXCEPT ![j] = w]
    /\ held' = [held EXCEPT ![w] = [job |-> j, rcpt |-> receipt[j] + 1]]
    /\ UNCHANGED <<msgs, completions>>

(* The visibility timeout of invisible job j expires: j is visible again. *)
VisibilityTimeout(j) ==
    /\ status[j] = "invisible"
    /\ status' = [status EXCEPT ![j] = "visible"]
    /\ UNCHANGED <<receipt, deliveredTo, held, msgs, completions>>

(* Worker w has processed its job and asks the queue to delete it, with   *)
(* its receipt.  It then moves on, whatever the answer.                   *)
RequestDelete(w) ==
    /\ held[w] /= None
    /\ msgs' = msgs \cup {[job |-> held[w].job, worker |-> w, rcpt |-> held[w].rcpt]}
    /\ held' = [held EXCEPT ![w] = None]
    /\ UNCHANGED <<status, receipt, deliveredTo, completions>>

(* Worker w crashes and forgets the job it was processing. *)
WorkerCrash(w) ==
    /\ held[w] /= None
    /\ held' = [held EXCEPT ![w] = None]
    /\ UNCHANGED <<status, receipt, deliveredTo, msgs, completions>>

(* The queue accepts a delete request that carries the job's current      *)
(* receipt: the job is deleted and its completion recorded.  A request    *)
(* with a stale receipt, or for a deleted job, is rejected and changes    *)
(* nothing.  The request is not consumed: the network may deliver it      *)
(* again.                                                                  *)
AcceptDelete(m) ==
    /\ m \in msgs
    /\ status[m.job] /= "deleted"
    /\ m.rcpt = receipt[m.job]
    /\ status' = [status EXCEPT ![m.job] = "deleted"]
    /\ completions' = completions \cup {[job |-> m.job, worker |-> m.worker]}
    /\ UNCHANGED <<receipt, deliveredTo, held, msgs>>

(* The network loses a delete request. *)
LoseMsg(m) ==
    /\ m \in msgs
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<status, receipt, deliveredTo, held, completions>>

Next ==
    \/ \E w \in Worker, j \in Job : Receive(w, j)
    \/ \E j \in Job : VisibilityTimeout(j)
    \/ \E w \in Worker : RequestDelete(w) \/ WorkerCrash(w)
    \/ \E m \in msgs : AcceptDelete(m) \/ LoseMsg(m)

Spec == Init /\ [][Next]_vars

(* Safety: at most one completion per job, recorded by the worker that    *)
(* holds the job's current receipt.                                        *)
CompletedOnceByCurrentHolder ==
    /\ \A c, d \in completions : c.job = d.job => c = d
    /\ \A c \in completions : c.worker = deliveredTo[c.job]

=============================================================================
