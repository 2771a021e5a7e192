-------------------------- MODULE DirectoryCoherence --------------------------
(***************************************************************************)
(* A directory-based MSI cache coherence protocol with a home node, for    *)
(* one memory block (Culler and Singh, "Parallel Computer Architecture: A  *)
(* Hardware/Software Approach", 1999, ch. 8).                              *)
(*                                                                         *)
(* A cache holds the block Invalid, Shared (read-only) or Modified         *)
(* (read-write, the only valid copy).  On a read miss it sends GetS to the *)
(* home and waits (IS); on a write miss GetM (IM); on a write to a Shared  *)
(* copy GetM as an upgrade, keeping its readable copy meanwhile (SM).  It  *)
(* may drop a Shared copy silently.  The home's directory records the      *)
(* sharers or the owner of the block.  It serves one request at a time:    *)
(*  - GetS with an owner: it sends the owner a downgrade (M to S, with a   *)
(*    sharing writeback); otherwise it replies with the data at once;      *)
(*  - GetM: it sends an invalidation to the owner or to every other        *)
(*    listed sharer; otherwise it replies at once;                         *)
(* and it records the new sharers or owner.  Each invalidated or           *)
(* downgraded cache acknowledges (an owner's acknowledgement carries the   *)
(* data); when every acknowledgement is in, the home sends the data reply. *)
(* The requester installs it and acknowledges in turn (completion), which  *)
(* ends the transaction at the home.                                       *)
(*                                                                         *)
(* Model.  Data values are not represented.  A request is in flight while  *)
(* its cache waits in IS, IM or SM and the home has not taken it up (the   *)
(* home is idle).  The home sends at most one message to a cache per       *)
(* transaction, so each home-to-cache channel is one slot; so is each      *)
(* cache-to-home acknowledgement channel.  Evictions of Modified blocks    *)
(* (writebacks) are left out.                                              *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Cache,      \* the caches
    None        \* a model value: no owner, no requester, no message

ASSUME None \notin Cache

CacheState == {"I", "S", "M", "IS", "IM", "SM"}
HomeMsg == {"Inv", "Down", "Data"}

VARIABLES
    cst,        \* cst[c]: the state of the block in cache c
    toCache,    \* toCache[c]: the message from the home in flight to c, or None
    ack,        \* ack[c]: an acknowledgement from c is in flight to the home
    owner,      \* directory: the owner of the block (Modified), or None
    sharers,    \* directory: the caches listed as sharers
    busy,       \* the requester whose transaction the home is serving, or None
    pending     \* the caches whose acknowledgement the home awaits

vars == <<cst, toCache, ack, owner, sharers, busy, pending>>

TypeOK ==
    /\ cst \in [Cache -> CacheState]
    /\ toCache \in [Cache -> HomeMsg \cup {None}]
    /\ ack \in [Cache -> BOOLEAN]
    /\ owner \in Cache \cup {None}
    /\ sharers \in SUBSET Cache
    /\ busy \in Cache \cup {None}
    /\ pending \in SUBSET Cache

Init ==
    /\ cst = [c \in Cache |-> "I"]
    /\ toCache = [c \in Cache |-> None]
    /\ ack = [c \in Cache |-> FALSE]
    /\ owner = None
    /\ sharers = {}
    /\ busy = None
    /\ pending = {}

-----------------------------------------------------------------------------
(* Cache c misses on a read and sends GetS.                                *)
IssueGetS(c) ==
    /\ cst[c] = "I"
    /\ cst' = [cst EXCEPT ![c] = "IS"]
    /\ UNCHANGED <<toCache, ack, owner, sharers, busy, pending>>

(* Cache c misses on a write (IM) or writes its Shared copy (SM) and sends *)
(* GetM.                                                                   *)
IssueGetM(c) ==
    /\ cst[c] \in {"I", "S"}
    /\ cst' = [cst EXCEPT ![c] = IF cst[c] = "I" THEN "IM" ELSE "SM"]
    /\ UNCHANGED <<toCache, ack, owner, sharers, busy, pending>>

(* Cache c drops its Shared copy without telling the home.                 *)
EvictShared(c) ==
    /\ cst[c] = "S"
    /\ cst' = [cst EXCEPT ![c] = "I"]
    /\ UNCHANGED <<toCache, ack, owner, sharers, busy, pending>>

(* The idle home takes up GetS from cache r.  With an owner, it sends it a *)
(* downgrade and lists both as sharers; otherwise it replies with the data *)
(* and lists r.                                                            *)
HomeGetS(r) ==
    /\ busy = None
    /\ cst[r] = "IS"
    /\ busy' = r
    /\ IF owner = None
         THEN /\ toCache' = [toCache EXCEPT ![r] = "Data"]
              /\ pending' = {}
         ELSE /\ toCache' = [toCache EXCEPT ![owner] = "Down"]
              /\ pending' = {owner}
    /\ sharers' = sharers \cup {r} \cup (IF owner = None THEN {} ELSE {owner})
    /\ owner' = None
    /\ UNCHANGED <<cst, ack>>

(* The idle home takes up GetM from cache r.  It sends an invalidation to  *)
(* the owner and to every other listed sharer, or, if there is none,       *)
(* replies with the data at once; r becomes the owner.                     *)
HomeGetM(r) ==
    /\ busy = None
    /\ cst[r] \in {"IM", "SM"}
    /\ LET others == (sharers \cup (IF owner = None THEN {} ELSE {owner})) \ {r}
       IN  /\ toCache' = [c \in Cache |->
                             IF c \in others THEN "Inv"
                             ELSE IF c = r /\ others = {} THEN "Data"
                             ELSE toCache[c]]
           /\ pending' = others
    /\ busy' = r
    /\ owner' = r
    /\ sharers' = {}
    /\ UNCHANGED <<cst, ack>>

(* Cache c receives an invalidation: it drops any copy (a requester that   *)
(* was upgrading now waits without one) and acknowledges, with the data if *)
(* it was the owner.  (A cache that dropped its copy silently may be       *)
(* invalidated again.)                                                     *)
RecvInv(c) ==
    /\ toCache[c] = "Inv"
    /\ cst' = [cst EXCEPT ![c] = CASE cst[c] \in {"S", "M"} -> "I"
                                   [] cst[c] = "SM" -> "IM"
                                   [] OTHER -> cst[c]]
    /\ toCache' = [toCache EXCEPT ![c] = None]
    /\ ack' = [ack EXCEPT ![c] = TRUE]
    /\ UNCHANGED <<owner, sharers, busy, pending>>

(* The owner c receives a downgrade: it keeps a Shared copy and sends the  *)
(* data back (sharing writeback).                                          *)
RecvDown(c) ==
    /\ toCache[c] = "Down"
    /\ cst' = [cst EXCEPT ![c] = IF cst[c] = "M" THEN "S" ELSE cst[c]]
    /\ toCache' = [toCache EXCEPT ![c] = None]
    /\ ack' = [ack EXCEPT ![c] = TRUE]
    /\ UNCHANGED <<owner, sharers, busy, pending>>

(* The home receives the acknowledgement of c, which it awaits; when it is *)
(* the last, it sends the data reply to the requester.                     *)
HomeRecvAck(c) ==
    /\ busy # None
    /\ ack[c]
    /\ c \in pending
    /\ ack' = [ack EXCEPT ![c] = FALSE]
    /\ pending' = pending \ {c}
    /\ toCache' = IF pending = {c} THEN [toCache EXCEPT ![busy] = "Data"] ELSE toCache
    /\ UNCHANGED <<cst, owner, sharers, busy>>

(* The requester c receives the data reply: it installs the block Shared   *)
(* or Modified and acknowledges completion.                                *)
RecvData(c) ==
    /\ toCache[c] = "Data"
    /\ cst' = [cst EXCEPT ![c] = IF cst[c] = "IS" THEN "S" ELSE "M"]
    /\ toCache' = [toCache EXCEPT ![c] = None]
    /\ ack' = [ack EXCEPT ![c] = TRUE]
    /\ UNCHANGED <<owner, sharers, busy, pending>>

(* The home receives the requester's completion: the transaction ends.     *)
HomeComplete ==
    /\ busy # None
    /\ pending = {}
    /\ ack[busy]
    /\ ack' = [ack EXCEPT ![busy] = FALSE]
    /\ busy' = None
    /\ UNCHANGED <<cst, toCache, owner, sharers, pending>>

Next ==
    \/ \E c \in Cache :
          \/ IssueGetS(c) \/ IssueGetM(c) \/ EvictShared(c)
          \/ HomeGetS(c) \/ HomeGetM(c)
          \/ RecvInv(c) \/ RecvDown(c) \/ HomeRecvAck(c) \/ RecvData(c)
    \/ HomeComplete

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Single writer, multiple readers: a cache in M has the only valid copy;  *)
(* no other cache is in M or holds a readable Shared copy (S, or SM while  *)
(* upgrading).                                                             *)
SWMR ==
    \A c, d \in Cache :
        c # d /\ cst[c] = "M" => cst[d] \notin {"M", "S", "SM"}
=============================================================================
