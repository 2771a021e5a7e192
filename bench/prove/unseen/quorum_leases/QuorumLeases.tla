----------------------------- MODULE QuorumLeases -----------------------------
(***************************************************************************)
(* Quorum read leases for local reads, after Moraru, Andersen and Kaminsky,*)
(* "Paxos Quorum Leases: Fast Reads Without Sacrificing Writes" (SoCC      *)
(* 2014), for one replicated object.                                       *)
(*                                                                         *)
(* Grantors (the Paxos acceptors) grant read leases to holders (replicas   *)
(* that serve reads).  A lease is a promise by its grantor, valid until an *)
(* expiry time: until then the grantor will not accept a write that the    *)
(* holder has not acknowledged.  A holder may serve reads from its local   *)
(* copy while it holds unexpired leases from a majority of grantors and    *)
(* has no write that it acknowledged but does not yet know to be           *)
(* committed.                                                              *)
(*                                                                         *)
(* Writes are numbered 1, 2, ... in the order the leader issues them; the  *)
(* leader issues write w + 1 once write w is committed.  A holder          *)
(* acknowledges a write by applying it to its copy (pending until it       *)
(* learns the commit).  A grantor accepts a write only once every holder   *)
(* of an unexpired lease from it has acknowledged the write; the write is  *)
(* committed when a majority of grantors have accepted it.  So a write is  *)
(* committed only after every holder of a (majority-granted) unexpired     *)
(* lease has acknowledged it, or the lease has expired.  A grantor grants  *)
(* or renews a lease only to a holder that has acknowledged every write    *)
(* the grantor has accepted (the grant carries that write number).         *)
(*                                                                         *)
(* Time is a bounded global tick counter (clocks do not drift here) and a  *)
(* lease is an expiry time: the lease from g to h is valid while           *)
(* clock < expiry[g][h].  Message passing is abstracted: a grant, an       *)
(* acknowledgement or a commit notice is delivered in the step that uses   *)
(* it; a delayed or lost message is a step that happens late or never.     *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Grantor,    \* the replicas that grant leases and accept writes
    Holder,     \* the replicas that may hold read leases
    MaxVer,     \* writes are numbered 1..MaxVer (0: the initial value)
    MaxTime,    \* the clock runs from 0 to MaxTime
    LeaseDur    \* a lease lasts LeaseDur ticks

ASSUME LeaseDur \in 1..MaxTime

Ver == 0..MaxVer
Time == 0..MaxTime

VARIABLES
    clock,      \* the current time
    expiry,     \* expiry[g][h]: when the lease g granted to h expires (0: never granted)
    accVer,     \* accVer[g]: the highest write grantor g has accepted
    ackVer,     \* ackVer[h]: the highest write holder h has acknowledged (applied)
    readVer     \* readVer[h]: the highest write h knows committed; its local reads return it

vars == <<clock, expiry, accVer, ackVer, readVer>>

TypeOK ==
    /\ clock \in Time
    /\ expiry \in [Grantor -> [Holder -> Time]]
    /\ accVer \in [Grantor -> Ver]
    /\ ackVer \in [Holder -> Ver]
    /\ readVer \in [Holder -> Ver]

-----------------------------------------------------------------------------
Majority == {Q \in SUBSET Grantor : 2 * Cardinality(Q) > Cardinality(Grantor)}

Max(S) == CHOOSE x \in S : \A y \in S : y <= x

(* The latest committed write: the highest one a majority has accepted.    *)
Committed == Max({w \in Ver : \E Q \in Majority : \A g \in Q : accVer[g] >= w})

(* Holder h holds a valid quorum lease: unexpired grants from a majority.  *)
LeaseValid(h) == {g \in Grantor : clock < expiry[g][h]} \in Majority

(* Holder h may serve a read locally: it holds a valid lease and has no    *)
(* acknowledged write whose commit it has not yet learned.                 *)
CanReadLocally(h) == LeaseValid(h) /\ readVer[h] = ackVer[h]

-----------------------------------------------------------------------------
Init ==
    /\ clock = 0
    /\ expiry = [g \in Grantor |-> [h \in Holder |-> 0]]
    /\ accVer = [g \in Grantor |-> 0]
    /\ ackVer = [h \in Holder |-> 0]
    /\ readVer = [h \in Holder |-> 0]

(* Time passes.                                                            *)
Tick ==
    /\ clock < MaxTime
    /\ clock' = clock + 1
    /\ UNCHANGED <<expiry, accVer, ackVer, readVer>>

(* Grantor g grants (or renews) a lease to holder h until clock+LeaseDur.  *)
(* The grant carries accVer[g]; h takes it only if it has acknowledged     *)
(* that write.                                                             *)
Grant(g, h) ==
    /\ clock + LeaseDur <= MaxTime
    /\ ackVer[h] >= accVer[g]
    /\ expiry' = [expiry EXCEPT ![g][h] = clock + LeaseDur]
    /\ UNCHANGED <<clock, accVer, ackVer, readVer>>

(* Holder h receives the next write (issued by the leader once the write   *)
(* before it is committed), applies it and acknowledges it.                *)
Acknowledge(h) ==
    /\ ackVer[h] < MaxVer
    /\ ackVer[h] + 1 <= Committed + 1
    /\ ackVer' = [ackVer EXCEPT ![h] = ackVer[h] + 1]
    /\ UNCHANGED <<clock, expiry, accVer, readVer>>

(* Grantor g accepts the next write, once every holder of an unexpired     *)
(* lease from g has acknowledged it.                                       *)
Accept(g) ==
    /\ accVer[g] < MaxVer
    /\ accVer[g] + 1 <= Committed + 1
    /\ \A h \in Holder : clock < expiry[g][h] => ackVer[h] >= accVer[g] + 1
    /\ accVer' = [accVer EXCEPT ![g] = accVer[g] + 1]
    /\ UNCHANGED <<clock, expiry, ackVer, readVer>>

(* Holder h learns that the next write it acknowledged is committed.       *)
LearnCommit(h) ==
    /\ readVer[h] < ackVer[h]
    /\ readVer[h] + 1 <= Committed
    /\ readVer' = [readVer EXCEPT ![h] = readVer[h] + 1]
    /\ UNCHANGED <<clock, expiry, accVer, ackVer>>

Next ==
    \/ Tick
    \/ \E g \in Grantor, h \in Holder : Grant(g, h)
    \/ \E h \in Holder : Acknowledge(h)
    \/ \E g \in Grantor : Accept(g)
    \/ \E h \in Holder : LearnCommit(h)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: a holder that serves a local read under a valid lease returns   *)
(* the latest committed write.                                             *)
LocalReadsReturnCommitted ==
    \A h \in Holder : CanReadLocally(h) => readVer[h] = Committed

=============================================================================
