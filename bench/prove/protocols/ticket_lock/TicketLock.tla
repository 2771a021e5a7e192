----------------------------- MODULE TicketLock -----------------------------
(***************************************************************************)
(* A ticket lock (Mellor-Crummey and Scott's "ticket lock", 1991), the     *)
(* ticket protocol of the Ivy and mypyvy examples.  A process takes the    *)
(* next ticket, waits until the ticket being served is its own, enters,    *)
(* and on leaving serves the next ticket.  Tickets are bounded by          *)
(* MaxTicket, so the instance is finite.                                   *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS Proc, MaxTicket

VARIABLES
    next,     \* The next ticket to hand out.
    serving,  \* The ticket being served.
    ticket,   \* ticket[p]: the last ticket p took.
    pc        \* pc[p]: "idle", "wait" or "cs".

vars == <<next, serving, ticket, pc>>

TypeOK ==
    /\ next \in 0..MaxTicket
    /\ serving \in 0..MaxTicket
    /\ ticket \in [Proc -> 0..MaxTicket]
    /\ pc \in [Proc -> {"idle", "wait", "cs"}]

Init ==
    /\ next = 0
    /\ serving = 0
    /\ ticket = [p \in Proc |-> 0]
    /\ pc = [p \in Proc |-> "idle"]

(* Process p takes the next ticket and waits. *)
Take(p) ==
    /\ pc[p] = "idle"
    /\ next < MaxTicket
    /\ ticket' = [ticket EXCEPT ![p] = next]
    /\ next' = next + 1
    /\ pc' = [pc EXCEPT ![p] = "wait"]
    /\ UNCHANGED serving

(* Process p enters once its ticket is served. *)
Enter(p) ==
    /\ pc[p] = "wait"
    /\ ticket[p] = serving
    /\ pc' = [pc EXCEPT ![p] = "cs"]
    /\ UNCHANGED <<next, serving, ticket>>

(* Process p leaves and the next ticket is served (tickets stay bounded). *)
Leave(p) ==
    /\ pc[p] = "cs"
    /\ serving < MaxTicket
    /\ serving' = serving + 1
    /\ pc' = [pc EXCEPT ![p] = "idle"]
    /\ UNCHANGED <<next, ticket>>

Next == \E p \in Proc : Take(p) \/ Enter(p) \/ Leave(p)

Spec == Init /\ [][Next]_vars

(* No two processes are in the critical section at once. *)
Mutex == \A p, q \in Proc : pc[p] = "cs" /\ pc[q] = "cs" => p = q
=============================================================================
