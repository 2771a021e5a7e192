-------------------- MODULE TransactionalOutbox_Reference --------------------
(***************************************************************************)
(* A hand-written inductive invariant for TransactionalOutbox, used only  *)
(* to check that the benchmark has one; never given to the tool under     *)
(* test.                                                                   *)
(*                                                                         *)
(* An outbox row exists only once its transaction committed, so every     *)
(* message the relay publishes, and hence every message the consumer      *)
(* applies, is for a committed business row.  Every applied message has   *)
(* its id in the processed table, so a second copy is never applied.      *)
(***************************************************************************)
EXTENDS TransactionalOutbox

(* A visible outbox row belongs to a committed business row. *)
OutboxCommitted ==
    \A e \in Event : outbox[e] # "none" => business[e] = "committed"

(* Every message in the broker is for a committed business row. *)
BrokerCommitted ==
    \A m \in broker : business[m.id] = "committed"

(* The id of every applied message is in the processed table. *)
AppliedRecorded ==
    \A m \in applied : m.id \in processed

IndRef ==
    /\ TypeOK
    /\ ExactlyOnceEffects
    /\ OutboxCommitted
    /\ BrokerCommitted
    /\ AppliedRecorded
=============================================================================
