------------------------- MODULE GFSChunkVersions -------------------------
(***************************************************************************)
(* Chunk version numbers in the Google File System (Ghemawat, Gobioff and *)
(* Leung, SOSP 2003, sections 3.1 and 4.5), for a single chunk.           *)
(*                                                                         *)
(* The master keeps, for the chunk, its current version number and the   *)
(* list of chunkservers it believes hold an up-to-date replica; that list *)
(* is what it returns to clients asking where the chunk is.  Whenever the *)
(* master grants a lease on the chunk to one replica (the primary), it    *)
(* first increases the version number and informs the up-to-date         *)
(* replicas it can reach; those record the new version on disk.  A        *)
(* replica that is down or unreachable at that moment misses the bump and *)
(* is stale; the master drops it from its list.  When a chunkserver       *)
(* restarts (and periodically, in HeartBeats) it reports the version of   *)
(* its replica; the master lists it again only if the reported version is *)
(* the current one, and ignores stale replicas (they are garbage          *)
(* collected later, which is not modelled).                               *)
(*                                                                         *)
(* Each chunkserver talks to the master over one connection, so at most  *)
(* its latest report is in flight: heartbeat[s] is the version carried by *)
(* the report of s the master has not yet processed (None if there is    *)
(* none).  A report can be delayed arbitrarily long, while the replica's  *)
(* version changes under it, and a newer report replaces an unprocessed   *)
(* older one.  The master does not fail.                                  *)
(* Versions are bounded by MaxVersion.                                    *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Server,      \* The chunkservers holding a replica of the chunk.
    MaxVersion,  \* The master grants no lease beyond this version.
    None         \* No primary: no lease is outstanding.

ASSUME MaxVersion \in Nat /\ None \notin Server /\ None \notin Nat

VARIABLES
    masterVersion,  \* The chunk version number recorded by the master.
    locations,      \* The replicas the master lists to clients.
    primary,        \* The replica holding the lease, or None.
    replicaVersion, \* replicaVersion[s]: the version recorded on chunkserver s's disk.
    heartbeat       \* heartbeat[s]: the version in s's unprocessed report to the master, or None.

vars == <<masterVersion, locations, primary, replicaVersion, heartbeat>>

Versions == 0..MaxVersion

TypeOK ==
    /\ masterVersion \in Versions
    /\ locations \in SUBSET Server
    /\ primary \in Server \cup {None}
    /\ replicaVersion \in [Server -> Versions]
    /\ heartbeat \in [Server -> Versions \cup {None}]

Init ==
    /\ masterVersion = 0
    /\ locations = Server
    /\ primary = None
    /\ replicaVersion = [s \in Server |-> 0]
    /\ heartbeat = [s \in Server |-> None]

-----------------------------------------------------------------------------
(***************************************************************************)
(* No lease is outstanding; the master grants one to p, a listed replica. *)
(* It increases the version and informs the listed replicas; those in     *)
(* `reached' (p among them) record the new version, the others miss it    *)
(* (they are down or partitioned) and are dropped from the list.  Only    *)
(* then is the primary known to clients.                                  *)
(***************************************************************************)
GrantLease(p, reached) ==
    /\ primary = None
    /\ masterVersion < MaxVersion
    /\ p \in reached
    /\ reached \subseteq locations
    /\ masterVersion' = masterVersion + 1
    /\ replicaVersion' = [s \in Server |->
                            IF s \in reached THEN masterVersion + 1
                                             ELSE replicaVersion[s]]
    /\ locations' = reached
    /\ primary' = p
    /\ UNCHANGED heartbeat

(* The lease runs out (or the primary does not ask for an extension). *)
LeaseExpires ==
    /\ primary # None
    /\ primary' = None
    /\ UNCHANGED <<masterVersion, locations, replicaVersion, heartbeat>>

(***************************************************************************)
(* The master stops hearing HeartBeats from s and removes it from the     *)
(* list (s may in fact be alive and still up to date).                    *)
(***************************************************************************)
DropReplica(s) ==
    /\ s \in locations
    /\ locations' = locations \ {s}
    /\ UNCHANGED <<masterVersion, primary, replicaVersion, heartbeat>>

(* Chunkserver s (at restart, or in a HeartBeat) reports its replica's version. *)
SendReport(s) ==
    /\ heartbeat' = [heartbeat EXCEPT ![s] = replicaVersion[s]]
    /\ UNCHANGED <<masterVersion, locations, primary, replicaVersion>>

(***************************************************************************)
(* The master processes the report of s.  A replica reporting the current *)
(* version is listed again; a replica reporting an older version is stale *)
(* and is not listed.                                                     *)
(***************************************************************************)
ReceiveReport(s) ==
    /\ heartbeat[s] # None
    /\ locations' = IF heartbeat[s] = masterVersion
                       THEN locations \cup {s}
                       ELSE locations
    /\ heartbeat' = [heartbeat EXCEPT ![s] = None]
    /\ UNCHANGED <<masterVersion, primary, replicaVersion>>

Next ==
    \/ \E p \in Server, reached \in SUBSET Server : GrantLease(p, reached)
    \/ LeaseExpires
    \/ \E s \in Server : DropReplica(s)
    \/ \E s \in Server : SendReport(s)
    \/ \E s \in Server : ReceiveReport(s)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(***************************************************************************)
(* Every replica the master gives to clients as a location holds the      *)
(* current version: clients never read from a stale replica.              *)
(***************************************************************************)
LocationsUpToDate ==
    \A s \in locations : replicaVersion[s] = masterVersion
=============================================================================
