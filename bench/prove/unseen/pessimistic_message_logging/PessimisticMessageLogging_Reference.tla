------------------ MODULE PessimisticMessageLogging_Reference ------------------
(***************************************************************************)
(* A hand-written inductive invariant for PessimisticMessageLogging.       *)
(***************************************************************************)
EXTENDS PessimisticMessageLogging

(* A process's own state is recoverable: every delivery it has made is on  *)
(* its stable log.                                                         *)
DeliveredAreLogged ==
    \A p \in Proc : rsn[p] <= slog[p]

(* Every message in transit was sent from a state interval its sender can  *)
(* reproduce from its stable log.                                          *)
InTransitRecoverable ==
    \A p \in Proc : \A m \in chan[p] : m <= slog[Other(p)]

(* Every message on a stable log was sent from a state interval its sender *)
(* can reproduce from its own stable log.                                  *)
LoggedRecoverable ==
    \A p \in Proc : \A i \in 1 .. slog[p] : logged[p][i] <= slog[Other(p)]

IndRef ==
    /\ TypeOK
    /\ NoOrphans
    /\ DeliveredAreLogged
    /\ InTransitRecoverable
    /\ LoggedRecoverable
=============================================================================
