---------------------------- MODULE EphemeralLock ----------------------------
(***************************************************************************)
(* A lock built on ZooKeeper-style sessions and ephemeral nodes.           *)
(*                                                                         *)
(* Each client opens a session with the ensemble (modelled as one server). *)
(* While the session is live the client sends heartbeats; the server       *)
(* counts session ticks without a heartbeat and expires the session after  *)
(* MaxMissed of them.  Expiring a session deletes every ephemeral node the *)
(* session owns, in the same atomic step.                                  *)
(*                                                                         *)
(* To take the lock, a client with a live session creates the ephemeral    *)
(* node /lock; the create succeeds only if no such node exists, and the    *)
(* client then believes it holds the lock.  It releases the lock by        *)
(* deleting the node.  A client that has been cut off does not know its   *)
(* session is gone: it goes on believing it holds the lock until it learns *)
(* of the expiry (on reconnecting, the server answers "session expired").  *)
(* It may then open a new session (with a fresh session id) and try again. *)
(*                                                                         *)
(* The session of client c with number e is the pair <<c, e>>; the server  *)
(* keeps the status of each client's newest session (older ones are       *)
(* closed for good).  A create/delete request and its reply are one step.  *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Client,      \* The clients competing for the lock.
    MaxSession,  \* How many sessions each client may open.
    MaxMissed,   \* Heartbeat intervals without a heartbeat before expiry.
    NoOwner      \* A model value: /lock does not exist.

Session == Client \X (1..MaxSession)

ASSUME NoOwner \notin Session

VARIABLES
    epoch,    \* epoch[c]: number of c's newest session (0: none opened yet).
    sstatus,  \* sstatus[c]: the server's status of that session.
    missed,   \* missed[c]: heartbeat intervals it has gone without a heartbeat.
    owner,    \* The owner session of the ephemeral node /lock, or NoOwner.
    cview,    \* cview[c]: the client's view of its own session.
    holds     \* holds[c]: client c believes it holds the lock.

vars == <<epoch, sstatus, missed, owner, cview, holds>>

TypeOK ==
    /\ epoch \in [Client -> 0..MaxSession]
    /\ sstatus \in [Client -> {"none", "live", "expired"}]
    /\ missed \in [Client -> 0..MaxMissed]
    /\ owner \in Session \cup {NoOwner}
    /\ cview \in [Client -> {"none", "connected", "expired"}]
    /\ holds \in [Client -> BOOLEAN]

(* Session <<c, e>> is live at the server.                                 *)
IsLive(s) == s[2] = epoch[s[1]] /\ sstatus[s[1]] = "live"

Init ==
    /\ epoch = [c \in Client |-> 0]
    /\ sstatus = [c \in Client |-> "none"]
    /\ missed = [c \in Client |-> 0]
    /\ owner = NoOwner
    /\ cview = [c \in Client |-> "none"]
    /\ holds = [c \in Client |-> FALSE]

-----------------------------------------------------------------------------
(* Client c, having no session or knowing its last one expired, opens a    *)
(* new session.                                                            *)
OpenSession(c) ==
    /\ cview[c] \in {"none", "expired"}
    /\ epoch[c] < MaxSession
    /\ epoch' = [epoch EXCEPT ![c] = @ + 1]
    /\ sstatus' = [sstatus EXCEPT ![c] = "live"]
    /\ missed' = [missed EXCEPT ![c] = 0]
    /\ cview' = [cview EXCEPT ![c] = "connected"]
    /\ UNCHANGED <<owner, holds>>

(* A heartbeat from c reaches the server while its session is live.        *)
Heartbeat(c) ==
    /\ cview[c] = "connected"
    /\ sstatus[c] = "live"
    /\ missed' = [missed EXCEPT ![c] = 0]
    /\ UNCHANGED <<epoch, sstatus, owner, cview, holds>>

(* A heartbeat interval passes at the server without a heartbeat from c.   *)
MissHeartbeat(c) ==
    /\ sstatus[c] = "live"
    /\ missed[c] < MaxMissed
    /\ missed' = [missed EXCEPT ![c] = @ + 1]
    /\ UNCHANGED <<epoch, sstatus, owner, cview, holds>>

(* The server expires c's session and deletes its ephemeral nodes.         *)
Expire(c) ==
    /\ sstatus[c] = "live"
    /\ missed[c] = MaxMissed
    /\ sstatus' = [sstatus EXCEPT ![c] = "expired"]
    /\ owner' = IF owner = <<c, epoch[c]>> THEN NoOwner ELSE owner
    /\ UNCHANGED <<epoch, missed, cview, holds>>

(* c learns that its session has expired and gives up the lock.            *)
LearnExpired(c) ==
    /\ cview[c] = "connected"
    /\ sstatus[c] = "expired"
    /\ cview' = [cview EXCEPT ![c] = "expired"]
    /\ holds' = [holds EXCEPT ![c] = FALSE]
    /\ UNCHANGED <<epoch, sstatus, missed, owner>>

(* c creates the ephemeral node /lock, which succeeds if it does not exist.*)
Acquire(c) ==
    /\ cview[c] = "connected"
    /\ sstatus[c] = "live"
    /\ ~holds[c]
    /\ owner = NoOwner
    /\ owner' = <<c, epoch[c]>>
    /\ holds' = [holds EXCEPT ![c] = TRUE]
    /\ UNCHANGED <<epoch, sstatus, missed, cview>>

(* c deletes /lock to release the lock.                                    *)
Release(c) ==
    /\ holds[c]
    /\ cview[c] = "connected"
    /\ sstatus[c] = "live"
    /\ owner = <<c, epoch[c]>>
    /\ owner' = NoOwner
    /\ holds' = [holds EXCEPT ![c] = FALSE]
    /\ UNCHANGED <<epoch, sstatus, missed, cview>>

Next ==
    \E c \in Client :
        \/ OpenSession(c) \/ Heartbeat(c) \/ MissHeartbeat(c) \/ Expire(c)
        \/ LearnExpired(c) \/ Acquire(c) \/ Release(c)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* At most one client with a live session believes it holds the lock, and  *)
(* the lock node, if it exists, belongs to a live session.                 *)
LockHeldByLiveSession ==
    /\ \A c, d \in Client :
          (c # d /\ holds[c] /\ holds[d]) =>
              ~(IsLive(<<c, epoch[c]>>) /\ IsLive(<<d, epoch[d]>>))
    /\ owner # NoOwner => IsLive(owner)
=============================================================================
