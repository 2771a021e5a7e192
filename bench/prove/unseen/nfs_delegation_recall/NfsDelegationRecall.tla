------------------------ MODULE NfsDelegationRecall ------------------------
(***************************************************************************)
(* NFSv4 file delegations and their recall (RFC 7530, Section 10.4,        *)
(* "Open Delegation"; RFC 8881, Section 10.4), for one file.               *)
(*                                                                         *)
(* With its reply to an OPEN, the server may delegate the file to the      *)
(* client: a read delegation when no other client has it open for writing  *)
(* or holds a write delegation, a write delegation when no other client    *)
(* has it open or holds a delegation.  A client holding a delegation opens *)
(* the file locally, and under a write delegation it caches writes (dirty  *)
(* data).  When another client's OPEN conflicts with a delegation (any     *)
(* OPEN with a write delegation, an OPEN for writing with a read           *)
(* delegation), the server does not grant it: it sends CB_RECALL to the    *)
(* holder and answers NFS4ERR_DELAY, and the client retries.  The holder   *)
(* flushes its dirty data (WRITE), stops using the delegation and returns  *)
(* it (DELEGRETURN); the server grants conflicting OPENs only once the     *)
(* return has reached it.  A holder that does not return it loses it when  *)
(* its lease expires: the server may then revoke the delegation.  A        *)
(* client whose lease has expired uses none of its state; it establishes   *)
(* a new client id, and the server discards the old state.  Opens with     *)
(* share deny none do not conflict with each other.                        *)
(*                                                                         *)
(* Model.  An OPEN, WRITE or CLOSE and its reply are one step; the         *)
(* server's record of opens is the clients' (open state of files opened    *)
(* under a delegation reaches the server before the DELEGRETURN).  The     *)
(* lease is shared: clients and server agree when it has expired (a client *)
(* stops using its state before the server may act on the expiry).        *)
(***************************************************************************)
CONSTANT Client

Mode == {"read", "write"}
DelegType == {"none", "read", "write"}

VARIABLES
    open,       \* open[c]: the mode client c has the file open in, or "none"
    deleg,      \* deleg[c]: the delegation client c believes it holds
    dirty,      \* dirty[c]: c caches writes not yet sent to the server
    leaseOk,    \* leaseOk[c]: c's lease is current (it was renewed in time)
    srvDeleg,   \* srvDeleg[c]: the delegation the server records for c
    recalling,  \* the clients the server has sent a CB_RECALL to (not yet answered)
    returning   \* the clients whose DELEGRETURN is on its way to the server

vars == <<open, deleg, dirty, leaseOk, srvDeleg, recalling, returning>>

TypeOK ==
    /\ open \in [Client -> {"none", "read", "write"}]
    /\ deleg \in [Client -> DelegType]
    /\ dirty \in [Client -> BOOLEAN]
    /\ leaseOk \in [Client -> BOOLEAN]
    /\ srvDeleg \in [Client -> DelegType]
    /\ recalling \in SUBSET Client
    /\ returning \in SUBSET Client

Init ==
    /\ open = [c \in Client |-> "none"]
    /\ deleg = [c \in Client |-> "none"]
    /\ dirty = [c \in Client |-> FALSE]
    /\ leaseOk = [c \in Client |-> TRUE]
    /\ srvDeleg = [c \in Client |-> "none"]
    /\ recalling = {}
    /\ returning = {}

-----------------------------------------------------------------------------
(* An OPEN in mode m conflicts with a delegation of type t.                *)
Conflicts(t, m) == t = "write" \/ (t = "read" /\ m = "write")

(* c holds a delegation that lets it open the file in mode m locally.      *)
DelegCovers(c, m) == deleg[c] = "write" \/ (deleg[c] = "read" /\ m = "read")

(* Client c opens the file in mode m locally, under its delegation.        *)
OpenLocal(c, m) ==
    /\ leaseOk[c]
    /\ open[c] = "none"
    /\ DelegCovers(c, m)
    /\ open' = [open EXCEPT ![c] = m]
    /\ UNCHANGED <<deleg, dirty, leaseOk, srvDeleg, recalling, returning>>

(* The server sees c's OPEN in mode m conflict with d's delegation: it     *)
(* sends d a CB_RECALL and answers c with NFS4ERR_DELAY.                   *)
Recall(c, m, d) ==
    /\ leaseOk[c]
    /\ open[c] = "none"
    /\ d # c
    /\ Conflicts(srvDeleg[d], m)
    /\ d \notin recalling
    /\ recalling' = recalling \cup {d}
    /\ UNCHANGED <<open, deleg, dirty, leaseOk, srvDeleg, returning>>

(* The server grants c's OPEN in mode m, which conflicts with no other     *)
(* client's delegation, with a delegation of type t ("none": none).        *)
OpenGrant(c, m, t) ==
    /\ leaseOk[c]
    /\ open[c] = "none"
    /\ \A d \in Client \ {c} : ~Conflicts(srvDeleg[d], m)
    /\ t \in {"none", m}
    /\ t # "none" =>
          /\ srvDeleg[c] = "none"
          /\ c \notin returning
          /\ \A d \in Client \ {c} :
                IF t = "write" THEN open[d] = "none" /\ srvDeleg[d] = "none"
                ELSE open[d] # "write" /\ srvDeleg[d] # "write"
    /\ open' = [open EXCEPT ![c] = m]
    /\ deleg' = IF t = "none" THEN deleg ELSE [deleg EXCEPT ![c] = t]
    /\ srvDeleg' = IF t = "none" THEN srvDeleg ELSE [srvDeleg EXCEPT ![c] = t]
    /\ UNCHANGED <<dirty, leaseOk, recalling, returning>>

(* c writes to the file and caches the data under its write delegation.   *)
CacheWrite(c) ==
    /\ leaseOk[c]
    /\ deleg[c] = "write"
    /\ open[c] = "write"
    /\ dirty' = [dirty EXCEPT ![c] = TRUE]
    /\ UNCHANGED <<open, deleg, leaseOk, srvDeleg, recalling, returning>>

(* c sends its cached writes to the server (WRITE).                        *)
Flush(c) ==
    /\ leaseOk[c]
    /\ dirty[c]
    /\ dirty' = [dirty EXCEPT ![c] = FALSE]
    /\ UNCHANGED <<open, deleg, leaseOk, srvDeleg, recalling, returning>>

(* c, recalled or of its own accord, has flushed its data: it stops using  *)
(* the delegation and sends DELEGRETURN.                                   *)
ReturnDeleg(c) ==
    /\ leaseOk[c]
    /\ deleg[c] # "none"
    /\ ~dirty[c]
    /\ deleg' = [deleg EXCEPT ![c] = "none"]
    /\ returning' = returning \cup {c}
    /\ UNCHANGED <<open, dirty, leaseOk, srvDeleg, recalling>>

(* The server receives c's DELEGRETURN.                                    *)
RcvReturn(c) ==
    /\ c \in returning
    /\ srvDeleg' = [srvDeleg EXCEPT ![c] = "none"]
    /\ returning' = returning \ {c}
    /\ recalling' = recalling \ {c}
    /\ UNCHANGED <<open, deleg, dirty, leaseOk>>

(* c closes the file.                                                      *)
Close(c) ==
    /\ leaseOk[c]
    /\ open[c] # "none"
    /\ open' = [open EXCEPT ![c] = "none"]
    /\ UNCHANGED <<deleg, dirty, leaseOk, srvDeleg, recalling, returning>>

(* c fails to renew its lease in time (e.g. it is partitioned away): its   *)
(* lease expires.                                                          *)
LeaseExpire(c) ==
    /\ leaseOk[c]
    /\ leaseOk' = [leaseOk EXCEPT ![c] = FALSE]
    /\ UNCHANGED <<open, deleg, dirty, srvDeleg, recalling, returning>>

(* The recalled delegation of c is not returned and c's lease has expired: *)
(* the server revokes it.                                                  *)
Revoke(c) ==
    /\ c \in recalling
    /\ ~leaseOk[c]
    /\ srvDeleg' = [srvDeleg EXCEPT ![c] = "none"]
    /\ recalling' = recalling \ {c}
    /\ UNCHANGED <<open, deleg, dirty, leaseOk, returning>>

(* c, its lease expired and no DELEGRETURN of it in flight, establishes a  *)
(* new client id: it drops all its state (and its unflushed data), and the *)
(* server discards the state of the old id.                                *)
Reconnect(c) ==
    /\ ~leaseOk[c]
    /\ c \notin returning
    /\ leaseOk' = [leaseOk EXCEPT ![c] = TRUE]
    /\ open' = [open EXCEPT ![c] = "none"]
    /\ deleg' = [deleg EXCEPT ![c] = "none"]
    /\ dirty' = [dirty EXCEPT ![c] = FALSE]
    /\ srvDeleg' = [srvDeleg EXCEPT ![c] = "none"]
    /\ recalling' = recalling \ {c}
    /\ UNCHANGED returning

Next ==
    \/ \E c \in Client, m \in Mode :
          \/ OpenLocal(c, m)
          \/ \E d \in Client : Recall(c, m, d)
          \/ \E t \in DelegType : OpenGrant(c, m, t)
    \/ \E c \in Client :
          \/ CacheWrite(c)
          \/ Flush(c)
          \/ ReturnDeleg(c)
          \/ RcvReturn(c)
          \/ Close(c)
          \/ LeaseExpire(c)
          \/ Revoke(c)
          \/ Reconnect(c)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* A client that holds a write delegation with a current lease is alone:   *)
(* no other client has the file open or holds a usable delegation.         *)
NoConflictingDelegations ==
    \A c, d \in Client :
        c # d /\ deleg[c] = "write" /\ leaseOk[c] =>
            /\ open[d] = "none"
            /\ deleg[d] = "none" \/ ~leaseOk[d]
=============================================================================
