------------------------ MODULE OnlineSchemaChange ------------------------
(***************************************************************************)
(* Online, asynchronous schema change in F1 (Rae et al., "Online,         *)
(* Asynchronous Schema Change in F1", VLDB 2013).                         *)
(*                                                                         *)
(* Adding a schema element (an index, say) is split into a chain of       *)
(* schema versions, one state apart: absent, delete-only, write-only and  *)
(* public (the backfill that runs in write-only is not modelled).  Any    *)
(* two adjacent versions are compatible, so the change is safe as long as *)
(* no two servers ever use versions more than one step apart.             *)
(*                                                                         *)
(* There is no global synchronisation.  The schema change coordinator     *)
(* writes the next version to the shared schema store; each F1 server     *)
(* loads the latest version lazily, whenever it renews its schema lease,  *)
(* and may only use its schema while its lease lasts: a server whose      *)
(* lease has run out stops serving until it loads the schema again.  The  *)
(* coordinator publishes a new version only once a full lease period has  *)
(* passed since it published the previous one.                            *)
(*                                                                         *)
(* Time is discrete.  Tick advances the clock by one unit: every lease    *)
(* has one unit less to run and the coordinator's timer advances (it      *)
(* stops at LeasePeriod, the only value it needs to tell apart).          *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS
    Server,       \* The F1 servers.
    LeasePeriod   \* Length of a schema lease, in clock ticks.

ASSUME LeasePeriod \in Nat \ {0}

(* The schema versions of the change, in order: version k is in state SchemaState[k+1]. *)
SchemaState == <<"absent", "delete-only", "write-only", "public">>
MaxVersion == Len(SchemaState) - 1
Versions == 0..MaxVersion

VARIABLES
    latest,      \* The latest schema version published in the schema store.
    elapsed,     \* Ticks since the coordinator published `latest' (stops at LeasePeriod).
    schema,      \* schema[s]: the schema version server s has loaded.
    leaseLeft    \* leaseLeft[s]: ticks left on s's schema lease (0: expired).

vars == <<latest, elapsed, schema, leaseLeft>>

TypeOK ==
    /\ latest \in Versions
    /\ elapsed \in 0..LeasePeriod
    /\ schema \in [Server -> Versions]
    /\ leaseLeft \in [Server -> 0..LeasePeriod]

(* A server uses its schema only while its lease has not run out. *)
InUse(s) == leaseLeft[s] > 0

Init ==
    /\ latest = 0
    /\ elapsed = LeasePeriod
    /\ schema = [s \in Server |-> 0]
    /\ leaseLeft = [s \in Server |-> 0]

-----------------------------------------------------------------------------
(***************************************************************************)
(* The coordinator writes the next schema version to the store.  It waits *)
(* a full lease period after the previous publication: by then every      *)
(* lease taken on an older version has run out.                           *)
(***************************************************************************)
Publish ==
    /\ latest < MaxVersion
    /\ elapsed = LeasePeriod
    /\ latest' = latest + 1
    /\ elapsed' = 0
    /\ UNCHANGED <<schema, leaseLeft>>

(***************************************************************************)
(* Server s renews its schema lease: it reads the schema store, loads the *)
(* latest version and holds a fresh lease on it.  Servers do this lazily, *)
(* at any time, so different servers can use different versions.          *)
(***************************************************************************)
RenewLease(s) ==
    /\ schema' = [schema EXCEPT ![s] = latest]
    /\ leaseLeft' = [leaseLeft EXCEPT ![s] = LeasePeriod]
    /\ UNCHANGED <<latest, elapsed>>

(* One unit of time passes. *)
Tick ==
    /\ elapsed' = IF elapsed < LeasePeriod THEN elapsed + 1 ELSE elapsed
    /\ leaseLeft' = [s \in Server |-> IF leaseLeft[s] > 0 THEN leaseLeft[s] - 1 ELSE 0]
    /\ UNCHANGED <<latest, schema>>

Next ==
    \/ Publish
    \/ \E s \in Server : RenewLease(s)
    \/ Tick

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(***************************************************************************)
(* At most two adjacent schema versions are in use at any time: no two    *)
(* serving servers use versions more than one step apart.                 *)
(***************************************************************************)
AtMostTwoAdjacentVersions ==
    \A s, t \in Server : InUse(s) /\ InUse(t) => schema[s] <= schema[t] + 1
=============================================================================
