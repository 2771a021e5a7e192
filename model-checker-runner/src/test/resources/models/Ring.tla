---- MODULE Ring ----
\* Three counters modulo 4: 64 states, enough to spread over distributed workers.
EXTENDS Naturals
VARIABLES a, b, c
Init == a = 0 /\ b = 0 /\ c = 0
Next == \/ a' = (a + 1) % 4 /\ UNCHANGED <<b, c>>
        \/ b' = (b + 1) % 4 /\ UNCHANGED <<a, c>>
        \/ c' = (c + 1) % 4 /\ UNCHANGED <<a, b>>
Bounded == a < 4 /\ b < 4 /\ c < 4
====
