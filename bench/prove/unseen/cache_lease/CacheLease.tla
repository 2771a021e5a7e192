----------------------------- MODULE CacheLease -----------------------------
(***************************************************************************)
(* Lease-based cache consistency (Gray and Cheriton, SOSP 1989) for one    *)
(* key.                                                                    *)
(*                                                                         *)
(* A server owns the key's value (here its version ver).  A client that   *)
(* misses in its cache fetches the value together with a lease of length  *)
(* Lease, and serves reads from its cached copy for as long as the lease   *)
(* is valid by its own clock.  The server records when the last lease it   *)
(* granted on the key ends (by its clock) and delays every write until    *)
(* that time, so that no valid lease can still cover the old value.       *)
(*                                                                         *)
(* Clocks: the server's clock is the reference (now).  Client clocks tick  *)
(* independently and may drift away from the server's, but clock          *)
(* synchronisation keeps each within Skew of the server's clock.  Since a  *)
(* client's clock may run up to 2 * Skew slower over a lease than the     *)
(* server's, the client shortens its lease by that margin: it treats the   *)
(* lease as ending at its clock's reading at the fetch plus Lease - 2*Skew. *)
(* Clients may also drop their cached copy at any time (eviction,         *)
(* restart).  Times beyond MaxTime are not explored.                       *)
(*                                                                         *)
(* Safety: no client holds a stale cached value while its lease is valid  *)
(* by its own clock, so no read returns a stale value.                     *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Client,   \* the clients
    Lease,    \* the lease length, in ticks of the server's clock
    Skew,     \* the largest offset of a client clock from the server's
    MaxVer,   \* the largest version of the value
    MaxTime   \* the last clock reading explored

ASSUME Lease \in Nat /\ Skew \in Nat /\ Lease >= 2 * Skew /\ MaxTime \in Nat

Time == 0 .. MaxTime

VARIABLES
    now,        \* the server's clock
    cclock,     \* cclock[c]: client c's clock
    ver,        \* the server's current version of the value
    leaseEnd,   \* server time at which every lease granted so far has ended
    cver,       \* cver[c]: the version in c's cache
    cexp        \* cexp[c]: when c's lease ends, by c's clock

vars == <<now, cclock, ver, leaseEnd, cver, cexp>>

TypeOK ==
    /\ now \in Time
    /\ cclock \in [Client -> Time]
    /\ ver \in 0 .. MaxVer
    /\ leaseEnd \in Time
    /\ cver \in [Client -> 0 .. MaxVer]
    /\ cexp \in [Client -> Time]

(* Clocks start within Skew of the server's; no client holds a lease. *)
Init ==
    /\ now = 0
    /\ cclock \in [Client -> 0 .. Skew]
    /\ ver = 0
    /\ leaseEnd = 0
    /\ cver = [c \in Client |-> 0]
    /\ cexp = [c \in Client |-> 0]

(* c's lease is valid by c's own clock. *)
Valid(c) == cclock[c] < cexp[c]

(* The server's clock ticks, as long as it does not get more than Skew    *)
(* ahead of any client clock.                                              *)
ServerTick ==
    /\ now < MaxTime
    /\ \A c \in Client : now + 1 <= cclock[c] + Skew
    /\ now' = now + 1
    /\ UNCHANGED <<cclock, ver, leaseEnd, cver, cexp>>

(* Client c's clock ticks, as long as it does not get more than Skew      *)
(* ahead of the server's.                                                  *)
ClientTick(c) ==
    /\ cclock[c] < MaxTime
    /\ cclock[c] + 1 <= now + Skew
    /\ cclock' = [cclock EXCEPT ![c] = cclock[c] + 1]
    /\ UNCHANGED <<now, ver, leaseEnd, cver, cexp>>

(* Client c misses (no valid lease) and fetches the value with a lease.   *)
(* The server extends leaseEnd to cover the new lease; c records the      *)
(* lease's end by its own clock, shortened by the drift margin.            *)
Fetch(c) ==
    /\ ~Valid(c)
    /\ now + Lease <= MaxTime
    /\ cclock[c] + Lease - 2 * Skew <= MaxTime
    /\ leaseEnd' = IF now + Lease > leaseEnd THEN now + Lease ELSE leaseEnd
    /\ cver' = [cver EXCEPT ![c] = ver]
    /\ cexp' = [cexp EXCEPT ![c] = cclock[c] + Lease - 2 * Skew]
    /\ UNCHANGED <<now, cclock, ver>>

(* Client c drops its cached copy and its lease. *)
Evict(c) ==
    /\ cexp' = [cexp EXCEPT ![c] = 0]
    /\ UNCHANGED <<now, cclock, ver, leaseEnd, cver>>

(* The server applies a write, once every lease it granted has ended. *)
Write ==
    /\ leaseEnd <= now
    /\ ver < MaxVer
    /\ ver' = ver + 1
    /\ UNCHANGED <<now, cclock, leaseEnd, cver, cexp>>

Next ==
    \/ ServerTick
    \/ Write
    \/ \E c \in Client : ClientTick(c) \/ Fetch(c) \/ Evict(c)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* A client whose lease is valid by its clock caches the current value. *)
NoStaleRead ==
    \A c \in Client : Valid(c) => cver[c] = ver
=============================================================================
