---- MODULE ActionProperty ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
Mono == [][x' > x]_x
====
