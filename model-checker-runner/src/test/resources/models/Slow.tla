---- MODULE Slow ----
\* A model big enough to run for minutes: used to test timeouts and cancellation.
EXTENDS Naturals
VARIABLES a, b, c
Init == a = 0 /\ b = 0 /\ c = 0
Next == \/ a' = (a + 1) % 1000 /\ UNCHANGED <<b, c>>
        \/ b' = (b + 1) % 1000 /\ UNCHANGED <<a, c>>
        \/ c' = (c + 1) % 1000 /\ UNCHANGED <<a, b>>
====
