------------------------------ MODULE FencedLock ------------------------------
(***************************************************************************)
(* A lock service with leases and fencing tokens, protecting writes to a   *)
(* storage server.                                                         *)
(*                                                                         *)
(* The lock service grants the lease to one client at a time, with a       *)
(* fencing token one greater than the last it issued.  A lease may expire  *)
(* at the service without the holder noticing (the client is paused or     *)
(* slow), after which the service may grant a new lease, with a larger     *)
(* token, to another client.  A client that believes it holds a lease     *)
(* sends writes to the storage tagged with its token; a stale client may   *)
(* still do so.  The storage remembers the highest token it has accepted   *)
(* and rejects any write with a lower token; a write with a token at least *)
(* as high is accepted and raises the highest token.  A client may give    *)
(* up its lease (or the stale lease it still believes it holds).           *)
(*                                                                         *)
(* Safety: fencing never locks out the valid lease holder: while a client  *)
(* holds the lease the service considers valid, the storage has accepted   *)
(* no write with a higher token than that client's, so every write it has  *)
(* accepted is from that lease or an older one and the holder's own writes *)
(* are still accepted.                                                     *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS Client,     \* the clients
          MaxToken,   \* the bound on the fencing tokens issued
          None        \* no client (a model value)

ASSUME MaxToken \in Nat /\ None \notin Client

Token == 0 .. MaxToken   \* 0 stands for no token

VARIABLES owner,     \* the client whose lease the service considers valid, or None
          issued,    \* the last fencing token the service issued
          token,     \* token[c]: the token of the lease c believes it holds (0: none)
          pending,   \* pending[c]: the token of c's write in flight (0: none)
          highest    \* the highest token the storage has accepted

vars == <<owner, issued, token, pending, highest>>

TypeOK ==
    /\ owner \in Client \cup {None}
    /\ issued \in Token
    /\ token \in [Client -> Token]
    /\ pending \in [Client -> Token]
    /\ highest \in Token

Init ==
    /\ owner = None
    /\ issued = 0
    /\ token = [c \in Client |-> 0]
    /\ pending = [c \in Client |-> 0]
    /\ highest = 0

(* With no valid lease outstanding, the service grants client c a lease    *)
(* with the next fencing token.                                            *)
Acquire(c) ==
    /\ owner = None
    /\ issued < MaxToken
    /\ owner' = c
    /\ issued' = issued + 1
    /\ token' = [token EXCEPT ![c] = issued + 1]
    /\ UNCHANGED <<pending, highest>>

(* The valid lease expires at the service; its holder is not told and      *)
(* still believes it holds the lease.                                      *)
Expire ==
    /\ owner # None
    /\ owner' = None
    /\ UNCHANGED <<issued, token, pending, highest>>

(* Client c gives up the lease it believes it holds; if that lease is      *)
(* still valid the service frees it.                                       *)
Release(c) ==
    /\ token[c] # 0
    /\ token' = [token EXCEPT ![c] = 0]
    /\ owner' = IF owner = c THEN None ELSE owner
    /\ UNCHANGED <<issued, pending, highest>>

(* Client c, believing it holds a lease, sends a write with its token. *)
SendWrite(c) ==
    /\ token[c] # 0
    /\ pending[c] = 0
    /\ pending' = [pending EXCEPT ![c] = token[c]]
    /\ UNCHANGED <<owner, issued, token, highest>>

(* The storage accepts c's write: its token is at least the highest seen. *)
Accept(c) ==
    /\ pending[c] # 0
    /\ pending[c] >= highest
    /\ highest' = pending[c]
    /\ pending' = [pending EXCEPT ![c] = 0]
    /\ UNCHANGED <<owner, issued, token>>

(* The storage rejects c's write: its token is below the highest seen. *)
Reject(c) ==
    /\ pending[c] # 0
    /\ pending[c] < highest
    /\ pending' = [pending EXCEPT ![c] = 0]
    /\ UNCHANGED <<owner, issued, token, highest>>

Next ==
    \/ Expire
    \/ \E c \in Client :
          \/ Acquire(c)
          \/ Release(c)
          \/ SendWrite(c)
          \/ Accept(c)
          \/ Reject(c)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* The storage has accepted no write with a token above the valid lease    *)
(* holder's.                                                               *)
HolderNotFenced ==
    \A c \in Client : owner = c => highest <= token[c]
=============================================================================
