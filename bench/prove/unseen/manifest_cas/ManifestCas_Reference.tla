------------------------ MODULE ManifestCas_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for ManifestCas, used only to check  *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* The catalog's pointer is the tip of the committed chain, and every      *)
(* committed or pending file has already been written, so writing a fresh *)
(* file never changes the parent of a file that matters.                   *)
(***************************************************************************)
EXTENDS ManifestCas

(* The current metadata file has been committed. *)
CurrentCommitted ==
    current \in committed

(* No committed file has the current metadata file as its parent. *)
CurrentIsTip ==
    \A f \in committed \ {Initial} : parent[f] # current

(* Every committed file has been written: it is below the next fresh name. *)
CommittedWritten ==
    \A f \in committed : f < nextFile

(* Every writer's pending file has been written. *)
PendingWritten ==
    \A w \in Writer : pending[w] < nextFile

IndRef ==
    /\ TypeOK
    /\ LinearHistory
    /\ CurrentCommitted
    /\ CurrentIsTip
    /\ CommittedWritten
    /\ PendingWritten
=============================================================================
