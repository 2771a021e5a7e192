------------------------ MODULE ReferenceListingGC ------------------------
(***************************************************************************)
(* Distributed garbage collection by reference listing, as in the network  *)
(* objects of Birrell, Evers, Nelson, Owicki and Wobber ("Distributed      *)
(* garbage collection for network objects", DEC SRC Research Report 116,   *)
(* 1993; "Network objects", SOSP 1993), for one object.                    *)
(*                                                                         *)
(* The owner of the object keeps its dirty set: the clients that may hold  *)
(* a surrogate (a proxy) for it.                                           *)
(*  - A client that receives a reference to the object and has no          *)
(*    surrogate makes a dirty call to the owner, which adds it to the      *)
(*    dirty set; when the call returns the client creates the surrogate.   *)
(*  - When the client's local collector finds the surrogate unreachable,   *)
(*    the client drops it and makes a clean call, which removes it from    *)
(*    the dirty set.                                                       *)
(*  - References are passed in messages by the owner or by any client      *)
(*    holding a surrogate.  The sender keeps its own reference (the object *)
(*    itself, or its surrogate) pinned in its transmission table until the*)
(*    receiver acknowledges, which it does once it has a surrogate, so the *)
(*    dirty set cannot become empty while a reference is in transit.       *)
(*  - The owner reclaims the object when its dirty set is empty and no     *)
(*    transmission of its own is pending (its local references are         *)
(*    abstracted: they may be dropped at any time).                        *)
(*                                                                         *)
(* A dirty or clean call is a remote call: the request and the reply are   *)
(* separate messages, so the owner acts on the call at some point between  *)
(* the client making it and learning its result.  A client has at most one *)
(* call in progress: a reference arriving while a clean call is in         *)
(* progress waits until it is done (so the sequence numbers the paper      *)
(* attaches to calls, against reordering, are not needed), and references  *)
(* arriving while a dirty call is in progress are acknowledged when it     *)
(* returns.  Messages are reliable; failures are not modelled.             *)
(***************************************************************************)
CONSTANTS
    Owner,      \* the process that owns the object
    Client      \* the other processes

ASSUME Owner \notin Client

Holder == Client \cup {Owner}

(* Transmission channels: sender (the owner or a client) to a client. *)
Pair == {pr \in Holder \X Client : pr[1] # pr[2]}

(* The state of a client's surrogate and of its call in progress:         *)
(*   "none"     no surrogate                                              *)
(*   "dcall"    dirty call made, not yet handled by the owner             *)
(*   "dreply"   dirty call handled, its reply on the way                  *)
(*   "present"  the surrogate exists                                      *)
(*   "ccall"    surrogate dropped, clean call not yet handled             *)
(*   "creply"   clean call handled, its reply on the way                  *)
SurrState == {"none", "dcall", "dreply", "present", "ccall", "creply"}

(* The state of a transmission of the reference from s to c:              *)
(*   "idle"     none pending                                              *)
(*   "sent"     the reference is in transit to c                          *)
(*   "held"     c has it and waits for its surrogate to acknowledge it    *)
(*   "ack"      c's acknowledgement is in transit to s                    *)
(* In the last three states the sender keeps its reference pinned.        *)
XferState == {"idle", "sent", "held", "ack"}

VARIABLES
    dirty,      \* the owner's dirty set
    collected,  \* the owner has reclaimed the object
    surr,       \* surr[c]: the state of c's surrogate
    xfer        \* xfer[<<s, c>>]: the state of the transmission from s to c

vars == <<dirty, collected, surr, xfer>>

TypeOK ==
    /\ dirty \in SUBSET Client
    /\ collected \in BOOLEAN
    /\ surr \in [Client -> SurrState]
    /\ xfer \in [Pair -> XferState]

Init ==
    /\ dirty = {}
    /\ collected = FALSE
    /\ surr = [c \in Client |-> "none"]
    /\ xfer = [pr \in Pair |-> "idle"]

-----------------------------------------------------------------------------
(* The owner sends a reference to the object to client c (and pins the    *)
(* object until c acknowledges).                                          *)
OwnerSend(c) ==
    /\ ~collected
    /\ xfer[<<Owner, c>>] = "idle"
    /\ xfer' = [xfer EXCEPT ![<<Owner, c>>] = "sent"]
    /\ UNCHANGED <<dirty, collected, surr>>

(* Client s, holding a surrogate, sends the reference to client c (and    *)
(* pins its surrogate until c acknowledges).                              *)
ClientSend(s, c) ==
    /\ surr[s] = "present"
    /\ xfer[<<s, c>>] = "idle"
    /\ xfer' = [xfer EXCEPT ![<<s, c>>] = "sent"]
    /\ UNCHANGED <<dirty, collected, surr>>

(* Client c receives the reference from s: with a surrogate it            *)
(* acknowledges at once; without one it makes a dirty call (or joins the  *)
(* one in progress) and acknowledges when the surrogate exists.  While a  *)
(* clean call is in progress the message waits.                           *)
Receive(s, c) ==
    /\ xfer[<<s, c>>] = "sent"
    /\ surr[c] \in {"none", "dcall", "dreply", "present"}
    /\ IF surr[c] = "present"
         THEN /\ xfer' = [xfer EXCEPT ![<<s, c>>] = "ack"]
              /\ UNCHANGED surr
         ELSE /\ xfer' = [xfer EXCEPT ![<<s, c>>] = "held"]
              /\ surr' = [surr EXCEPT ![c] = IF @ = "none" THEN "dcall" ELSE @]
    /\ UNCHANGED <<dirty, collected>>

(* The owner handles c's dirty call: c joins the dirty set. *)
OwnerDirty(c) ==
    /\ surr[c] = "dcall"
    /\ dirty' = dirty \cup {c}
    /\ surr' = [surr EXCEPT ![c] = "dreply"]
    /\ UNCHANGED <<collected, xfer>>

(* c's dirty call returns: it creates the surrogate and acknowledges the  *)
(* references it was holding.                                             *)
DirtyReturn(c) ==
    /\ surr[c] = "dreply"
    /\ surr' = [surr EXCEPT ![c] = "present"]
    /\ xfer' = [pr \in Pair |-> IF pr[2] = c /\ xfer[pr] = "held" THEN "ack" ELSE xfer[pr]]
    /\ UNCHANGED <<dirty, collected>>

(* The acknowledgement of c reaches s, which unpins its reference. *)
ReceiveAck(s, c) ==
    /\ xfer[<<s, c>>] = "ack"
    /\ xfer' = [xfer EXCEPT ![<<s, c>>] = "idle"]
    /\ UNCHANGED <<dirty, collected, surr>>

(* c's local collector reclaims its surrogate (no local reference left    *)
(* and none of its transmissions pending); c makes a clean call.          *)
ClientDrop(c) ==
    /\ surr[c] = "present"
    /\ \A x \in Client \ {c} : xfer[<<c, x>>] = "idle"
    /\ surr' = [surr EXCEPT ![c] = "ccall"]
    /\ UNCHANGED <<dirty, collected, xfer>>

(* The owner handles c's clean call: c leaves the dirty set. *)
OwnerClean(c) ==
    /\ surr[c] = "ccall"
    /\ dirty' = dirty \ {c}
    /\ surr' = [surr EXCEPT ![c] = "creply"]
    /\ UNCHANGED <<collected, xfer>>

(* c's clean call returns. *)
CleanReturn(c) ==
    /\ surr[c] = "creply"
    /\ surr' = [surr EXCEPT ![c] = "none"]
    /\ UNCHANGED <<dirty, collected, xfer>>

(* The owner reclaims the object: its dirty set is empty and none of its  *)
(* own transmissions is pending.                                          *)
Collect ==
    /\ ~collected
    /\ dirty = {}
    /\ \A c \in Client : xfer[<<Owner, c>>] = "idle"
    /\ collected' = TRUE
    /\ UNCHANGED <<dirty, surr, xfer>>

Next ==
    \/ Collect
    \/ \E c \in Client :
          \/ OwnerSend(c) \/ OwnerDirty(c) \/ DirtyReturn(c)
          \/ ClientDrop(c) \/ OwnerClean(c) \/ CleanReturn(c)
    \/ \E s, c \in Client : s # c /\ ClientSend(s, c)
    \/ \E pr \in Pair : Receive(pr[1], pr[2]) \/ ReceiveAck(pr[1], pr[2])

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Once the object is reclaimed, no client holds a surrogate for it or is  *)
(* about to get one, and no reference to it is in transit.               *)
NoDanglingReference ==
    collected =>
        /\ \A c \in Client : surr[c] \in {"none", "ccall", "creply"}
        /\ \A pr \in Pair : xfer[pr] = "idle"
=============================================================================
