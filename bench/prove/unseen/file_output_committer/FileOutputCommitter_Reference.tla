--------------------- MODULE FileOutputCommitter_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for FileOutputCommitter, used only   *)
(* to check that the benchmark has one; never given to the tool under      *)
(* test.                                                                   *)
(*                                                                         *)
(* Only the authorized attempt of a task can be committing, and only its   *)
(* output can be in the task's committed directory; a committed attempt's  *)
(* output is there.  So when the job commits (every task's authorized      *)
(* attempt has committed) each committed directory holds exactly one       *)
(* attempt's output, and no step changes it afterwards.                    *)
(***************************************************************************)
EXTENDS FileOutputCommitter

\* A committing attempt is the one the driver authorized for its task.
CommittingIsAuthorized ==
    \A t \in Task, a \in Attempt :
        status[t, a] = "committing" => authorized[t] = a

\* A task's committed directory holds output of its authorized attempt only.
TaskDirFromAuthorized ==
    \A t \in Task : taskDir[t] \subseteq {authorized[t]}

\* A committed attempt's output is in its task's committed directory.
CommittedOutputPresent ==
    \A t \in Task, a \in Attempt : status[t, a] = "committed" => a \in taskDir[t]

IndRef == /\ TypeOK
          /\ OneAttemptPublishedPerTask
          /\ CommittingIsAuthorized
          /\ TaskDirFromAuthorized
          /\ CommittedOutputPresent
=============================================================================
