--------------------------- MODULE ChandyMisraHaas ---------------------------
(***************************************************************************)
(* Chandy, Misra and Haas's edge-chasing algorithm for distributed         *)
(* deadlock detection in the AND (resource) model ("Distributed deadlock   *)
(* detection", ACM TOCS 1983).                                             *)
(*                                                                         *)
(* An active process may request a set of resources held by other          *)
(* processes; it then blocks until every request is granted (AND model).   *)
(* The wait-for graph has an edge j -> k while j waits for k.  A process   *)
(* grants a pending request only while it is itself active.                *)
(*                                                                         *)
(* A blocked process i initiates detection by sending a probe (i, i, k) to *)
(* every process k it waits for.  A process k receiving probe (i, j, k)    *)
(* discards it unless k is blocked and has not yet granted j's request     *)
(* (j still waits for k); otherwise, if k = i, k declares itself           *)
(* deadlocked, and if not, it sends probe (i, k, m) to every m it waits    *)
(* for.  Channels are FIFO in the paper: a probe that j sent to k before k *)
(* granted j's request reaches k before any later request of j, and is     *)
(* then discarded.  We model this by removing, at the grant, the probes    *)
(* from j to k still in transit.  Probes in transit are a set, and at most *)
(* MaxInFlight of them are in the network at once (a send that would       *)
(* exceed this bound waits).  The dependent_k(i) flags of the paper, which *)
(* only stop a process from forwarding the same probe twice, are omitted.  *)
(*                                                                         *)
(* Safety: a process declares deadlock only if it lies on a cycle of the   *)
(* wait-for graph (all processes on it being blocked, none can ever be     *)
(* granted).                                                               *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Proc,           \* the processes
    MaxInFlight     \* bound on the number of probes in the network

\* Possible wait-for edges <<j, k>>: j waits for k.
Edges == {e \in Proc \X Proc : e[1] # e[2]}

\* Probe (init, from, to): started by init, sent by from to to.
Probes == {p \in [init : Proc, from : Proc, to : Proc] : p.from # p.to}

VARIABLES
    waitFor,    \* the wait-for graph, a set of edges
    probes,     \* probes in transit
    deadlocked  \* processes that have declared themselves deadlocked

vars == << waitFor, probes, deadlocked >>

TypeOK ==
    /\ waitFor \in SUBSET Edges
    /\ probes \in {S \in SUBSET Probes : Cardinality(S) <= MaxInFlight}
    /\ deadlocked \in SUBSET Proc

Init ==
    /\ waitFor = {}
    /\ probes = {}
    /\ deadlocked = {}

\* The processes j waits for.
Succs(j) == {k \in Proc : <<j, k>> \in waitFor}

Blocked(j) == Succs(j) # {}

-----------------------------------------------------------------------------
(* The underlying computation.                                             *)

\* Active process j requests resources held by the processes in S and blocks.
Request(j, S) ==
    /\ ~Blocked(j)
    /\ S # {}
    /\ j \notin S
    /\ waitFor' = waitFor \cup {<<j, k>> : k \in S}
    /\ UNCHANGED << probes, deadlocked >>

\* Active process k grants j's request; probes from j to k still in transit
\* will be discarded by k, so they are dropped now.
Grant(k, j) ==
    /\ <<j, k>> \in waitFor
    /\ ~Blocked(k)
    /\ waitFor' = waitFor \ {<<j, k>>}
    /\ probes' = {p \in probes : ~(p.from = j /\ p.to = k)}
    /\ UNCHANGED deadlocked

-----------------------------------------------------------------------------
(* The probe computation.                                                  *)

\* Blocked process i starts a detection: one probe per process it waits for.
Initiate(i) ==
    LET new == {[init |-> i, from |-> i, to |-> k] : k \in Succs(i)}
    IN  /\ Blocked(i)
        /\ Cardinality(probes \cup new) <= MaxInFlight
        /\ probes' = probes \cup new
        /\ UNCHANGED << waitFor, deadlocked >>

\* A meaningful probe of another initiator: pass it on along every edge out of k.
Forward(k, p) ==
    LET new == {[init |-> p.init, from |-> k, to |-> m] : m \in Succs(k)}
    IN  /\ p \in probes
        /\ p.to = k
        /\ p.init # k
        /\ Blocked(k)
        /\ <<p.from, k>> \in waitFor
        /\ Cardinality((probes \ {p}) \cup new) <= MaxInFlight
        /\ probes' = (probes \ {p}) \cup new
        /\ UNCHANGED << waitFor, deadlocked >>

\* A meaningful probe that k itself initiated came back: k is deadlocked.
Declare(k, p) ==
    /\ p \in probes
    /\ p.to = k
    /\ p.init = k
    /\ Blocked(k)
    /\ <<p.from, k>> \in waitFor
    /\ probes' = probes \ {p}
    /\ deadlocked' = deadlocked \cup {k}
    /\ UNCHANGED waitFor

\* A probe that is not meaningful (k is active, or has granted the sender).
Discard(k, p) ==
    /\ p \in probes
    /\ p.to = k
    /\ ~(Blocked(k) /\ <<p.from, k>> \in waitFor)
    /\ probes' = probes \ {p}
    /\ UNCHANGED << waitFor, deadlocked >>

Next ==
    \/ \E j \in Proc, S \in SUBSET Proc : Request(j, S)
    \/ \E j, k \in Proc : Grant(k, j)
    \/ \E i \in Proc : Initiate(i)
    \/ \E k \in Proc, p \in Probes : Forward(k, p) \/ Declare(k, p) \/ Discard(k, p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------

\* There is a path of one or more wait-for edges from a to b.
RECURSIVE PathOfLength(_, _, _)
PathOfLength(a, b, n) ==
    IF n = 1 THEN <<a, b>> \in waitFor
    ELSE \E c \in Proc : <<a, c>> \in waitFor /\ PathOfLength(c, b, n - 1)

WaitsForPath(a, b) == \E n \in 1 .. Cardinality(Proc) : PathOfLength(a, b, n)

\* A process that declared deadlock lies on a cycle of the wait-for graph.
DeadlockOnlyOnCycle ==
    \A i \in deadlocked : WaitsForPath(i, i)

=============================================================================
