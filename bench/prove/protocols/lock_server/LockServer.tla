----------------------------- MODULE LockServer -----------------------------
(***************************************************************************)
(* A lock server, a standard benchmark of invariant inference (lockserv in *)
(* the I4, IC3PO and Endive benchmark sets).                               *)
(*                                                                         *)
(* One server owns a single lock.  A client asks for it with a Lock        *)
(* message; when the server holds the lock it hands it over with a Grant   *)
(* message.  The client that receives the grant holds the lock until it    *)
(* releases it with an Unlock message, which returns the lock to the       *)
(* server.  Each kind of message is a Boolean per client: at most one      *)
(* message of a kind is in flight for a given client.                      *)
(***************************************************************************)
CONSTANT Node   \* The clients.

VARIABLES
    lockMsg,          \* lockMsg[n]: a Lock request from n is in flight.
    grantMsg,         \* grantMsg[n]: a Grant for n is in flight.
    unlockMsg,        \* unlockMsg[n]: an Unlock from n is in flight.
    holdsLock,        \* holdsLock[n]: client n holds the lock.
    serverHoldsLock   \* The server holds the lock.

vars == <<lockMsg, grantMsg, unlockMsg, holdsLock, serverHoldsLock>>

TypeOK ==
    /\ lockMsg \in [Node -> BOOLEAN]
    /\ grantMsg \in [Node -> BOOLEAN]
    /\ unlockMsg \in [Node -> BOOLEAN]
    /\ holdsLock \in [Node -> BOOLEAN]
    /\ serverHoldsLock \in BOOLEAN

Init ==
    /\ lockMsg = [n \in Node |-> FALSE]
    /\ grantMsg = [n \in Node |-> FALSE]
    /\ unlockMsg = [n \in Node |-> FALSE]
    /\ holdsLock = [n \in Node |-> FALSE]
    /\ serverHoldsLock = TRUE

(* Client n asks the server for the lock. *)
SendLock(n) ==
    /\ lockMsg' = [lockMsg EXCEPT ![n] = TRUE]
    /\ UNCHANGED <<grantMsg, unlockMsg, holdsLock, serverHoldsLock>>

(* The server, holding the lock, receives n's request and grants the lock  *)
(* to n.                                                                   *)
RecvLock(n) ==
    /\ serverHoldsLock
    /\ lockMsg[n]
    /\ serverHoldsLock' = FALSE
    /\ lockMsg' = [lockMsg EXCEPT ![n] = FALSE]
    /\ grantMsg' = [grantMsg EXCEPT ![n] = TRUE]
    /\ UNCHANGED <<unlockMsg, holdsLock>>

(* Client n receives the grant and now holds the lock. *)
RecvGrant(n) ==
    /\ grantMsg[n]
    /\ grantMsg' = [grantMsg EXCEPT ![n] = FALSE]
    /\ holdsLock' = [holdsLock EXCEPT ![n] = TRUE]
    /\ UNCHANGED <<lockMsg, unlockMsg, serverHoldsLock>>

(* Client n releases the lock and tells the server. *)
Unlock(n) ==
    /\ holdsLock[n]
    /\ holdsLock' = [holdsLock EXCEPT ![n] = FALSE]
    /\ unlockMsg' = [unlockMsg EXCEPT ![n] = TRUE]
    /\ UNCHANGED <<lockMsg, grantMsg, serverHoldsLock>>

(* The server receives n's release and holds the lock again. *)
RecvUnlock(n) ==
    /\ unlockMsg[n]
    /\ unlockMsg' = [unlockMsg EXCEPT ![n] = FALSE]
    /\ serverHoldsLock' = TRUE
    /\ UNCHANGED <<lockMsg, grantMsg, holdsLock>>

Next ==
    \E n \in Node :
        \/ SendLock(n)
        \/ RecvLock(n)
        \/ RecvGrant(n)
        \/ Unlock(n)
        \/ RecvUnlock(n)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Mutual exclusion: no two distinct clients hold the lock at once. *)
Mutex ==
    \A i, j \in Node : holdsLock[i] /\ holdsLock[j] => i = j
=============================================================================
