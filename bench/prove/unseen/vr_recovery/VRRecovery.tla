---------------------------- MODULE VRRecovery ----------------------------
(***************************************************************************)
(* Viewstamped Replication with crash recovery (Liskov and Cowling,        *)
(* "Viewstamped Replication Revisited", 2012, sections 4.1-4.3).           *)
(*                                                                         *)
(* Replicas 1..R; the primary of view v is replica (v % R) + 1.  Every     *)
(* operation has an op-number (its index in the log), and the model keeps  *)
(* only the length of each replica's log, its op-number: a log is the      *)
(* prefix of the operation sequence of the current primary.                *)
(*                                                                         *)
(* Normal case: the primary of the view appends a client request to its   *)
(* log (and sends PREPARE); a backup in the same view that has the log up  *)
(* to op n-1 appends op n and answers PREPAREOK(v, n).  With primary plus  *)
(* f PREPAREOKs the operation is committed.  PrepareOK messages stay in    *)
(* the network (msgs is the set of messages ever sent); commit-numbers and *)
(* the execution of operations are not modelled.                          *)
(*                                                                         *)
(* View change (collapsed to one step): a quorum of normal replicas in     *)
(* views below v, including the primary of v, moves to view v; the new     *)
(* log is the one with the largest last normal view, then the largest      *)
(* op-number, among the quorum (DOVIEWCHANGE), and every member of the     *)
(* quorum installs it (STARTVIEW).  A replica left in an older view        *)
(* catches up when it hears from the primary of a newer view: it moves to  *)
(* that view and takes the primary's log (state transfer).                 *)
(*                                                                         *)
(* Recovery: a replica crashes and loses all its state (view and log), as  *)
(* with no disk.  It sends RECOVERY with a fresh nonce to all replicas;    *)
(* normal replicas answer RECOVERYRESPONSE with their view, and the        *)
(* primary of that view also with its log.  The recovering replica waits   *)
(* for f+1 answers to its nonce, including one from the primary of the     *)
(* latest view among them, then adopts that view and the primary's log and *)
(* becomes normal.  The exchange is collapsed into one step that reads the *)
(* answers of f+1 normal replicas: the fresh nonce guarantees that only    *)
(* answers sent after the crash are counted.  As VR assumes, at most f     *)
(* replicas are failed (recovering) at a time.                             *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    R,         \* number of replicas (2f+1)
    MaxView,   \* largest view number
    MaxOp      \* largest op-number (bound on log length)

ASSUME R \in Nat /\ R % 2 = 1 /\ MaxView \in Nat /\ MaxOp \in Nat

Replica == 1..R
F == (R - 1) \div 2
View == 0..MaxView
Primary(v) == (v % R) + 1
Quorum == {Q \in SUBSET Replica : Cardinality(Q) = F + 1}

(* PREPAREOK(v, n) from backup src.                                        *)
PrepareOKMsg ==
    {m \in [src : Replica, view : View, op : 1..MaxOp] :
        m.src # Primary(m.view)}

VARIABLES
    status,   \* status[r] \in {"normal", "recovering"}
    view,     \* view[r]: the view replica r is in
    opnum,    \* opnum[r]: op-number of r = length of r's log
    msgs      \* PREPAREOK messages sent

vars == <<status, view, opnum, msgs>>

TypeOK ==
    /\ status \in [Replica -> {"normal", "recovering"}]
    /\ view \in [Replica -> View]
    /\ opnum \in [Replica -> 0..MaxOp]
    /\ msgs \in SUBSET PrepareOKMsg

Init ==
    /\ status = [r \in Replica |-> "normal"]
    /\ view = [r \in Replica |-> 0]
    /\ opnum = [r \in Replica |-> 0]
    /\ msgs = {}

IsPrimary(p) == status[p] = "normal" /\ Primary(view[p]) = p

-----------------------------------------------------------------------------
(* Normal operation *)

(* The primary p accepts a client request: it appends the operation to its *)
(* log and sends PREPARE to the backups.                                   *)
ClientRequest(p) ==
    /\ IsPrimary(p)
    /\ opnum[p] < MaxOp
    /\ opnum' = [opnum EXCEPT ![p] = @ + 1]
    /\ UNCHANGED <<status, view, msgs>>

(* Backup b, in the primary's view with op-number n-1, receives PREPARE    *)
(* for op n: appends it and answers PREPAREOK(v, n).                       *)
PrepareOK(b, p) ==
    /\ b # p
    /\ IsPrimary(p)
    /\ status[b] = "normal"
    /\ view[b] = view[p]
    /\ opnum[b] < opnum[p]
    /\ opnum' = [opnum EXCEPT ![b] = @ + 1]
    /\ msgs' = msgs \cup {[src |-> b, view |-> view[b], op |-> opnum[b] + 1]}
    /\ UNCHANGED <<status, view>>

-----------------------------------------------------------------------------
(* View change *)

(* The member of Q whose log DOVIEWCHANGE selects: largest last normal     *)
(* view, then largest op-number.                                           *)
Chosen(Q) ==
    CHOOSE c \in Q : \A q \in Q :
        \/ view[q] < view[c]
        \/ view[q] = view[c] /\ opnum[q] <= opnum[c]

ViewChange(Q, v) ==
    /\ Primary(v) \in Q
    /\ \A q \in Q : status[q] = "normal" /\ view[q] < v
    /\ view' = [r \in Replica |-> IF r \in Q THEN v ELSE view[r]]
    /\ opnum' = [r \in Replica |-> IF r \in Q THEN opnum[Chosen(Q)]
                                            ELSE opnum[r]]
    /\ UNCHANGED <<status, msgs>>

(* A replica in an older view hears from the primary p of a newer view and *)
(* moves to it, taking p's log (state transfer).                           *)
CatchUp(r, p) ==
    /\ status[r] = "normal"
    /\ IsPrimary(p)
    /\ view[r] < view[p]
    /\ view' = [view EXCEPT ![r] = view[p]]
    /\ opnum' = [opnum EXCEPT ![r] = opnum[p]]
    /\ UNCHANGED <<status, msgs>>

-----------------------------------------------------------------------------
(* Crash and recovery *)

(* Replica r crashes and restarts with no state; it sends RECOVERY with a  *)
(* fresh nonce.  At most F replicas are failed at a time.                  *)
Crash(r) ==
    /\ status[r] = "normal"
    /\ Cardinality({s \in Replica : status[s] = "recovering"}) < F
    /\ status' = [status EXCEPT ![r] = "recovering"]
    /\ view' = [view EXCEPT ![r] = 0]
    /\ opnum' = [opnum EXCEPT ![r] = 0]
    /\ UNCHANGED msgs

(* r has RECOVERYRESPONSEs to its nonce from the F+1 normal replicas in Q; *)
(* among them is the one of p, the primary of the latest view lv in Q.     *)
(* r adopts view lv and p's log and resumes normal operation.              *)
Recover(r, Q) ==
    LET lv == CHOOSE x \in {view[q] : q \in Q} :
                  \A q \in Q : view[q] <= x
        p  == Primary(lv)
    IN
    /\ status[r] = "recovering"
    /\ r \notin Q
    /\ \A q \in Q : status[q] = "normal"
    /\ p \in Q
    /\ view[p] = lv
    /\ status' = [status EXCEPT ![r] = "normal"]
    /\ view' = [view EXCEPT ![r] = lv]
    /\ opnum' = [opnum EXCEPT ![r] = opnum[p]]
    /\ UNCHANGED msgs

Next ==
    \/ \E p \in Replica : ClientRequest(p)
    \/ \E b, p \in Replica : PrepareOK(b, p)
    \/ \E Q \in Quorum, v \in View : ViewChange(Q, v)
    \/ \E r, p \in Replica : CatchUp(r, p)
    \/ \E r \in Replica : Crash(r)
    \/ \E r \in Replica, Q \in Quorum : Recover(r, Q)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(***************************************************************************)
(* Safety: a replica never loses an operation it has acknowledged, in      *)
(* particular across a crash and recovery: every normal replica's log      *)
(* contains every operation it sent a PREPAREOK for.  (Each such           *)
(* operation is committed: with R = 3 the primary and one PREPAREOK form a *)
(* quorum.)                                                                *)
(***************************************************************************)
AckedOpsKept ==
    \A m \in msgs :
        status[m.src] = "normal" => opnum[m.src] >= m.op
=============================================================================
