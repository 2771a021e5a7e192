---------------------- MODULE ChandyMisraHaas_Reference ----------------------
(***************************************************************************)
(* Hand-written inductive invariant for ChandyMisraHaas, used only to      *)
(* check that the benchmark has one.  It is not part of the protocol.      *)
(***************************************************************************)
EXTENDS ChandyMisraHaas

\* Every probe in transit travels along a current wait-for edge.
ProbeOnEdge ==
    \A p \in probes : <<p.from, p.to>> \in waitFor

\* The sender of every probe in transit is its initiator or reachable from it.
ProbeTrail ==
    \A p \in probes : p.init = p.from \/ WaitsForPath(p.init, p.from)

IndRef ==
    /\ TypeOK
    /\ DeadlockOnlyOnCycle
    /\ ProbeOnEdge
    /\ ProbeTrail

=============================================================================
