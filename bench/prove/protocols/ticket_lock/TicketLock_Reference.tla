------------------------- MODULE TicketLock_Reference -------------------------
(***************************************************************************)
(* A hand-written inductive invariant for TicketLock, used only to check   *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* Processes that are not idle hold different tickets, all handed out      *)
(* already and none served before; the one in the critical section holds   *)
(* the ticket being served.                                                *)
(***************************************************************************)
EXTENDS TicketLock

(* Processes that are not idle hold different tickets (four predicates). *)
DistinctTickets ==
    \A p, q \in Proc : p = q \/ pc[p] = "idle" \/ pc[q] = "idle" \/ ~(ticket[p] = ticket[q])

(* A ticket held by a process that is not idle was handed out, and is not served yet or is served now. *)
TicketsHandedOut == \A p \in Proc : pc[p] = "idle" \/ ticket[p] < next
TicketsNotPast == \A p \in Proc : pc[p] = "idle" \/ serving <= ticket[p]

(* The process in the critical section holds the ticket being served. *)
CsIsServed == \A p \in Proc : ~(pc[p] = "cs") \/ ticket[p] = serving

ServingBehindNext == serving <= next

IndRef == TypeOK /\ Mutex /\ DistinctTickets /\ TicketsHandedOut /\ TicketsNotPast /\ CsIsServed /\ ServingBehindNext
=============================================================================
