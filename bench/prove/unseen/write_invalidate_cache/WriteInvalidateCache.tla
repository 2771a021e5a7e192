------------------------ MODULE WriteInvalidateCache ------------------------
(***************************************************************************)
(* A write-invalidate cache protocol over a network.                       *)
(*                                                                         *)
(* A home node holds the authoritative value of one object together with   *)
(* its version, and a directory: the set of caches that may hold a copy    *)
(* (the sharers).  A cache that has no valid copy fetches one: the home    *)
(* adds it to the sharers and replies with the value and its version.  A   *)
(* writer's update is performed at the home: the home sends an             *)
(* invalidation, carrying the new version, to every sharer and the write   *)
(* completes, installing the new value and version, only after every       *)
(* sharer has acknowledged its invalidation.  While a write is in progress *)
(* the home serves no fetch.  A cache may also drop its copy silently      *)
(* (eviction); the home then still lists it and invalidates it later,      *)
(* which is harmless.                                                      *)
(*                                                                         *)
(* Messages form a set: they are delayed and delivered in any order, but   *)
(* not lost.  So a fetch reply may still be in flight when the home starts *)
(* a write and invalidates its receiver; the invalidation can overtake the *)
(* reply.  The cache therefore keeps, with its line, a version: the        *)
(* version of its copy, raised to the version of every invalidation it     *)
(* receives.  A reply whose version is older than that is stale: the       *)
(* cache discards it instead of installing it.                             *)
(*                                                                         *)
(* Abstractions: one object; the value is represented by its version; a    *)
(* fetch request is delivered to the home and served in the same step (its *)
(* delay does not matter, the home serves it only when no write is in      *)
(* progress); the reply, the invalidations and the acknowledgements travel *)
(* through the network.                                                    *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Caches,   \* the caches
    MaxVer    \* no write beyond this version

Versions == 0..MaxVer

Messages ==
         [type : {"data"}, dst : Caches, ver : Versions]     \* fetch reply
    \cup [type : {"inv"},  dst : Caches, ver : 1..MaxVer]    \* invalidation
    \cup [type : {"ack"},  src : Caches, ver : 1..MaxVer]    \* its acknowledgement

VARIABLES
    hver,     \* the version of the home's value (of the last completed write)
    busy,     \* a write of version hver + 1 is in progress at the home
    sharers,  \* the home's directory: caches that may hold a copy
    cstate,   \* cstate[c]: "Invalid", "Pending" (fetch sent) or "Valid"
    cver,     \* cver[c]: version of c's copy, raised by invalidations
    msgs      \* the messages in flight

TypeOK ==
    /\ hver    \in Versions
    /\ busy    \in BOOLEAN
    /\ sharers \in SUBSET Caches
    /\ cstate  \in [Caches -> {"Invalid", "Pending", "Valid"}]
    /\ cver    \in [Caches -> Versions]
    /\ msgs    \in SUBSET Messages

vars == <<hver, busy, sharers, cstate, cver, msgs>>

-----------------------------------------------------------------------------
Max(a, b) == IF a >= b THEN a ELSE b

Init ==
    /\ hver    = 0
    /\ busy    = FALSE
    /\ sharers = {}
    /\ cstate  = [c \in Caches |-> "Invalid"]
    /\ cver    = [c \in Caches |-> 0]
    /\ msgs    = {}

(* A writer's update arrives at the home: invalidate every sharer.         *)
StartWrite ==
    /\ ~busy
    /\ hver < MaxVer
    /\ busy' = TRUE
    /\ msgs' = msgs \cup {[type |-> "inv", dst |-> c, ver |-> hver + 1] : c \in sharers}
    /\ UNCHANGED <<hver, sharers, cstate, cver>>

(* The home receives an invalidation ack and removes the cache from the    *)
(* directory.                                                              *)
RecvAck(m) ==
    /\ m.type = "ack"
    /\ busy
    /\ m.ver = hver + 1
    /\ sharers' = sharers \ {m.src}
    /\ msgs'    = msgs \ {m}
    /\ UNCHANGED <<hver, busy, cstate, cver>>

(* Every invalidation is acknowledged: the write completes.                *)
CompleteWrite ==
    /\ busy
    /\ sharers = {}
    /\ hver' = hver + 1
    /\ busy' = FALSE
    /\ UNCHANGED <<sharers, cstate, cver, msgs>>

(* Cache c fetches a copy: the home records c and replies with the value   *)
(* and its version.                                                        *)
Fetch(c) ==
    /\ cstate[c] = "Invalid"
    /\ ~busy
    /\ cstate'  = [cstate EXCEPT ![c] = "Pending"]
    /\ sharers' = sharers \cup {c}
    /\ msgs'    = msgs \cup {[type |-> "data", dst |-> c, ver |-> hver]}
    /\ UNCHANGED <<hver, busy, cver>>

(* Cache c receives the fetch reply: it installs the copy unless it has    *)
(* been invalidated for a newer version meanwhile.                         *)
RecvData(m) ==
    /\ m.type = "data"
    /\ cstate[m.dst] = "Pending"
    /\ IF m.ver >= cver[m.dst]
         THEN /\ cstate' = [cstate EXCEPT ![m.dst] = "Valid"]
              /\ cver'   = [cver EXCEPT ![m.dst] = m.ver]
         ELSE /\ cstate' = [cstate EXCEPT ![m.dst] = "Invalid"]
              /\ UNCHANGED cver
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<hver, busy, sharers>>

(* Cache c receives an invalidation: it drops a valid copy, remembers the  *)
(* new version, and acknowledges.                                          *)
RecvInv(m) ==
    /\ m.type = "inv"
    /\ cstate' = [cstate EXCEPT ![m.dst] = IF @ = "Valid" THEN "Invalid" ELSE @]
    /\ cver'   = [cver EXCEPT ![m.dst] = Max(@, m.ver)]
    /\ msgs'   = (msgs \ {m}) \cup {[type |-> "ack", src |-> m.dst, ver |-> m.ver]}
    /\ UNCHANGED <<hver, busy, sharers>>

(* Cache c evicts its copy silently.                                       *)
Evict(c) ==
    /\ cstate[c] = "Valid"
    /\ cstate' = [cstate EXCEPT ![c] = "Invalid"]
    /\ UNCHANGED <<hver, busy, sharers, cver, msgs>>

Next ==
    \/ StartWrite
    \/ CompleteWrite
    \/ \E c \in Caches : Fetch(c) \/ Evict(c)
    \/ \E m \in msgs : RecvAck(m) \/ RecvData(m) \/ RecvInv(m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: once a write has completed, no cache holds a valid copy of an   *)
(* older version.                                                          *)
NoStaleValidCopy ==
    \A c \in Caches : cstate[c] = "Valid" => cver[c] >= hver

=============================================================================
