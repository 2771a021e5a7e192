-------------------------- MODULE PNCounter_Reference --------------------------
(***************************************************************************)
(* Hand-written inductive invariant for PNCounter, used only to check that *)
(* the benchmark instance has one.                                         *)
(***************************************************************************)
EXTENDS PNCounter

\* A state in flight knows no more of s's updates than s has made.
InFlightNoPhantomUpdates ==
    \A l \in Link : chan[l] # NoMsg =>
        \A s \in Replica : chan[l].p[s] <= p[s][s] /\ chan[l].n[s] <= n[s][s]

IndRef ==
    /\ TypeOK
    /\ NoPhantomUpdates
    /\ InFlightNoPhantomUpdates

=============================================================================
