------------------------- MODULE FileOutputCommitter -------------------------
(***************************************************************************)
(* The commit protocol of Hadoop's FileOutputCommitter (algorithm v1) as   *)
(* driven by Spark's OutputCommitCoordinator, writing to object storage.   *)
(*                                                                         *)
(* Each task of a job may run as several attempts (speculative execution). *)
(* An attempt writes its output into its own attempt directory.  When it   *)
(* has finished it asks the driver for permission to commit; the driver    *)
(* authorizes at most one attempt per task and denies the others, which    *)
(* then abort.  The authorized attempt commits the task by renaming its    *)
(* attempt directory to the task's committed directory.  On object         *)
(* storage a rename is not atomic: the output is copied to the committed   *)
(* directory and only then is the attempt directory deleted and success    *)
(* reported, so an attempt that crashes mid-commit may already have put    *)
(* its output in the committed directory.  When the driver learns that the *)
(* authorized attempt failed before reporting success, it deletes the      *)
(* task's committed directory and revokes the authorization, so that       *)
(* another attempt may commit the task.  Once every task has been          *)
(* committed, the driver commits the job: the committed task directories   *)
(* are merged into the destination and become the job's published output   *)
(* (modelled as one step, after which they do not change).                 *)
(*                                                                         *)
(* Modelled faults: any attempt may crash before or during its task commit *)
(* (crash-stop: a failed attempt takes no further steps); attempts run in  *)
(* any order and speed, so a speculative attempt may finish first.  The    *)
(* driver learns an attempt's outcome from its status (the executor's      *)
(* status update), which is read directly.  The contents of attempt        *)
(* directories are left implicit: an attempt's output is named by the      *)
(* attempt.                                                                *)
(*                                                                         *)
(* Safety: once the job has committed, the published output holds exactly  *)
(* one attempt's output for every task (never two attempts of one task).   *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Task,      \* the job's tasks
          Attempt,   \* attempt ids of each task (original and speculative)
          None       \* "no attempt authorized"

Status == {"running",     \* writing output to its attempt directory
           "committing",  \* authorized; copying output to the committed directory
           "committed",   \* task commit done and reported to the driver
           "failed"}      \* crashed, or denied permission and aborted

VARIABLES status,        \* status[t, a]: the state of attempt a of task t
          authorized,    \* driver: the attempt of each task allowed to commit, or None
          taskDir,       \* storage: attempts whose output is in each task's committed directory
          jobCommitted   \* driver: the job commit has published the output

vars == <<status, authorized, taskDir, jobCommitted>>

TypeOK == /\ status \in [Task \X Attempt -> Status]
          /\ authorized \in [Task -> Attempt \cup {None}]
          /\ taskDir \in [Task -> SUBSET Attempt]
          /\ jobCommitted \in BOOLEAN

Init == /\ status = [ta \in Task \X Attempt |-> "running"]
        /\ authorized = [t \in Task |-> None]
        /\ taskDir = [t \in Task |-> {}]
        /\ jobCommitted = FALSE

\* Attempt a of task t has written its output and asks the driver whether
\* it may commit.  The driver authorizes it if no attempt of t holds the
\* authorization; otherwise the commit is denied and the attempt aborts.
RequestCommit(t, a) ==
    /\ status[t, a] = "running"
    /\ IF authorized[t] = None
         THEN /\ authorized' = [authorized EXCEPT ![t] = a]
              /\ status' = [status EXCEPT ![t, a] = "committing"]
         ELSE /\ status' = [status EXCEPT ![t, a] = "failed"]
              /\ UNCHANGED authorized
    /\ UNCHANGED <<taskDir, jobCommitted>>

\* The authorized attempt copies its output into the task's committed
\* directory (first half of the rename on object storage).
CopyToTaskDir(t, a) ==
    /\ status[t, a] = "committing"
    /\ a \notin taskDir[t]
    /\ taskDir' = [taskDir EXCEPT ![t] = @ \cup {a}]
    /\ UNCHANGED <<status, authorized, jobCommitted>>

\* The attempt deletes its attempt directory, completing the rename, and
\* reports the successful task commit.
FinishCommit(t, a) ==
    /\ status[t, a] = "committing"
    /\ a \in taskDir[t]
    /\ status' = [status EXCEPT ![t, a] = "committed"]
    /\ UNCHANGED <<authorized, taskDir, jobCommitted>>

\* An attempt crashes, possibly in the middle of its task commit.
Crash(t, a) ==
    /\ status[t, a] \in {"running", "committing"}
    /\ status' = [status EXCEPT ![t, a] = "failed"]
    /\ UNCHANGED <<authorized, taskDir, jobCommitted>>

\* The driver learns that the authorized attempt of t failed before
\* reporting success: it deletes whatever that attempt may have put in the
\* task's committed directory and revokes the authorization.
AbortTaskCommit(t) ==
    /\ ~jobCommitted
    /\ authorized[t] # None
    /\ status[t, authorized[t]] = "failed"
    /\ taskDir' = [taskDir EXCEPT ![t] = {}]
    /\ authorized' = [authorized EXCEPT ![t] = None]
    /\ UNCHANGED <<status, jobCommitted>>

\* Every task has a committed attempt: the driver commits the job,
\* publishing the committed task directories.
CommitJob ==
    /\ ~jobCommitted
    /\ \A t \in Task : authorized[t] # None /\ status[t, authorized[t]] = "committed"
    /\ jobCommitted' = TRUE
    /\ UNCHANGED <<status, authorized, taskDir>>

Next == \/ CommitJob
        \/ \E t \in Task : \/ AbortTaskCommit(t)
                           \/ \E a \in Attempt : \/ RequestCommit(t, a)
                                                 \/ CopyToTaskDir(t, a)
                                                 \/ FinishCommit(t, a)
                                                 \/ Crash(t, a)

Spec == Init /\ [][Next]_vars

\* Once the job has committed, its published output (the committed task
\* directories) holds the output of exactly one attempt of every task.
OneAttemptPublishedPerTask ==
    jobCommitted => \A t \in Task : Cardinality(taskDir[t]) = 1
=============================================================================
