----------------------- MODULE EphemeralLock_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for EphemeralLock.                   *)
(***************************************************************************)
EXTENDS EphemeralLock

(* A client with a live session that believes it holds the lock owns the   *)
(* lock node through that session.                                         *)
LiveHolderOwnsNode ==
    \A c \in Client : holds[c] /\ sstatus[c] = "live" => owner = <<c, epoch[c]>>

(* Only a client that considers itself connected believes it holds the     *)
(* lock.                                                                   *)
HolderIsConnected ==
    \A c \in Client : holds[c] => cview[c] = "connected"

(* A client that has no session, or knows its session expired, is right:   *)
(* the server has no live session for it.  A live session has a number.    *)
ClientViewSound ==
    \A c \in Client :
        /\ cview[c] # "connected" => sstatus[c] # "live"
        /\ sstatus[c] = "live" => epoch[c] >= 1

IndRef ==
    /\ TypeOK
    /\ LockHeldByLiveSession
    /\ LiveHolderOwnsNode
    /\ HolderIsConnected
    /\ ClientViewSound
=============================================================================
