---- MODULE Precedence ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x = 1 \/ x = 0 /\ x' = x + 1
====
