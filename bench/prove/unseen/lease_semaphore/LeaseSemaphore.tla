--------------------------- MODULE LeaseSemaphore ---------------------------
(***************************************************************************)
(* A distributed semaphore whose K permits are handed out as leases.       *)
(*                                                                         *)
(* A coordinator (a lock service) grants permits to clients.  A permit is  *)
(* a lease: the client may use it for Lease ticks of its own clock, and    *)
(* the coordinator counts it as taken until Lease + Skew ticks of its own  *)
(* clock have passed since it granted it.  Skew bounds how far a client's  *)
(* clock may fall behind the coordinator's during one lease.  Clients      *)
(* never return a permit by a message that must arrive: a client that      *)
(* crashes or is cut off loses its permit when its lease runs out, and the *)
(* coordinator can reissue the permit when it has waited long enough.      *)
(*                                                                         *)
(* A client starts its lease timer when it sends its request, before the   *)
(* coordinator starts its own, so the delay of the request only shortens   *)
(* the client's view of the lease.  The reply is delivered in the step     *)
(* that grants it.  A client may also give its permit back early: it stops *)
(* using it, then tells the coordinator (one step).  A client that crashes *)
(* simply stops taking steps; its timer keeps running.                     *)
(*                                                                         *)
(* Time is discrete, as in LeaseClockDrift.  A Tick is one tick of the     *)
(* coordinator's clock, in which every running timer counts down by one,   *)
(* except the timers of the clients whose clocks run slow in that tick:    *)
(* they fall one tick behind.  lag[c] counts the ticks client c's clock    *)
(* has fallen behind since it sent its request; it stays within Skew.      *)
(* Leases are countdown timers, so the model is finite.                    *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Client,   \* The clients.
    K,        \* The number of permits.
    Lease,    \* The lease term, in ticks of the client's clock.
    Skew      \* How many ticks a client's clock may lag the coordinator's during a lease.

ASSUME
    /\ K \in Nat \ {0}
    /\ Lease \in Nat \ {0}
    /\ Skew \in Nat

VARIABLES
    phase,       \* phase[c]: "idle", "waiting" (request sent) or "holding" (permit granted).
    clientLeft,  \* clientLeft[c]: ticks of c's clock until its lease timer runs out (0: not running).
    lag,         \* lag[c]: ticks c's clock has fallen behind the coordinator's since its request.
    coordLeft    \* coordLeft[c]: ticks of the coordinator's clock until the permit it granted c is free.

vars == <<phase, clientLeft, lag, coordLeft>>

TypeOK ==
    /\ phase \in [Client -> {"idle", "waiting", "holding"}]
    /\ clientLeft \in [Client -> 0..Lease]
    /\ lag \in [Client -> 0..Skew]
    /\ coordLeft \in [Client -> 0..(Lease + Skew)]

Dec(n) == IF n > 0 THEN n - 1 ELSE 0

(* The clients to which the coordinator counts a permit as taken. *)
Taken == {c \in Client : coordLeft[c] > 0}

Init ==
    /\ phase = [c \in Client |-> "idle"]
    /\ clientLeft = [c \in Client |-> 0]
    /\ lag = [c \in Client |-> 0]
    /\ coordLeft = [c \in Client |-> 0]

-----------------------------------------------------------------------------
(***************************************************************************)
(* Idle client c starts its lease timer and sends a request for a permit.  *)
(***************************************************************************)
Request(c) ==
    /\ phase[c] = "idle"
    /\ phase' = [phase EXCEPT ![c] = "waiting"]
    /\ clientLeft' = [clientLeft EXCEPT ![c] = Lease]
    /\ lag' = [lag EXCEPT ![c] = 0]
    /\ UNCHANGED coordLeft

(***************************************************************************)
(* The coordinator receives c's request while c still waits.  Fewer than   *)
(* K permits are taken by other clients on its clock, so it grants one to  *)
(* c (or renews the one c had) and counts it as taken for Lease + Skew     *)
(* ticks.  From now until its timer runs out, c uses the permit.           *)
(***************************************************************************)
Grant(c) ==
    /\ phase[c] = "waiting"
    /\ Cardinality(Taken \ {c}) < K
    /\ coordLeft' = [coordLeft EXCEPT ![c] = Lease + Skew]
    /\ phase' = [phase EXCEPT ![c] = "holding"]
    /\ UNCHANGED <<clientLeft, lag>>

(***************************************************************************)
(* Client c gives its permit back early: it stops using it and tells the   *)
(* coordinator, which frees it.                                            *)
(***************************************************************************)
Release(c) ==
    /\ phase[c] = "holding"
    /\ phase' = [phase EXCEPT ![c] = "idle"]
    /\ clientLeft' = [clientLeft EXCEPT ![c] = 0]
    /\ coordLeft' = [coordLeft EXCEPT ![c] = 0]
    /\ UNCHANGED lag

(***************************************************************************)
(* One tick of the coordinator's clock.  The clocks of the clients in      *)
(* slow do not advance in this tick (each may fall at most Skew ticks      *)
(* behind during a lease); every other running timer counts down.  A       *)
(* client whose timer runs out stops using its permit, or stops waiting.   *)
(***************************************************************************)
Tick(slow) ==
    /\ \A c \in slow : clientLeft[c] > 0 /\ lag[c] < Skew
    /\ coordLeft' = [c \in Client |-> Dec(coordLeft[c])]
    /\ clientLeft' = [c \in Client |-> IF c \in slow THEN clientLeft[c] ELSE Dec(clientLeft[c])]
    /\ lag' = [c \in Client |-> IF c \in slow THEN lag[c] + 1 ELSE lag[c]]
    /\ phase' = [c \in Client |-> IF clientLeft'[c] = 0 THEN "idle" ELSE phase[c]]

-----------------------------------------------------------------------------
Next ==
    \/ \E c \in Client : Request(c)
    \/ \E c \in Client : Grant(c)
    \/ \E c \in Client : Release(c)
    \/ \E slow \in SUBSET Client : Tick(slow)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: at most K clients believe they hold a permit. *)
AtMostKHolders ==
    Cardinality({c \in Client : phase[c] = "holding"}) <= K
=============================================================================
