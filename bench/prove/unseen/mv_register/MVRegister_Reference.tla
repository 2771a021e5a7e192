------------------------- MODULE MVRegister_Reference -------------------------
(***************************************************************************)
(* Hand-written inductive invariant for MVRegister, used only to check     *)
(* that the benchmark instance has one.                                    *)
(***************************************************************************)
EXTENDS MVRegister

\* Every state in flight is itself free of stale siblings.
MsgsNoStaleSibling ==
    \A m \in msgs : \A e, f \in m : ~Dominates(f.vv, e.vv)

IndRef ==
    /\ TypeOK
    /\ NoStaleSibling
    /\ MsgsNoStaleSibling

=============================================================================
