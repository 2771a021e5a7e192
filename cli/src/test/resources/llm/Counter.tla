---- MODULE Counter ----
EXTENDS Naturals
CONSTANT N
VARIABLES count, groups

TypeOK == count \in 0..N /\ groups \in SUBSET {{1, 2}, {3}}

Init == count = 0 /\ groups = {}

\* Count up to N.
Inc == count < N /\ count' = count + 1 /\ UNCHANGED groups

Next == Inc
====
