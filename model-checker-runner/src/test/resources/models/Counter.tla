---- MODULE Counter ----
\* No config on purpose: tests give its constants and invariants on the command line.
EXTENDS Naturals
CONSTANT Limit, Procs
VARIABLE x, owner
Init == x = 0 /\ owner \in Procs
Next == x < Limit /\ x' = x + 1 /\ owner' \in Procs
====
