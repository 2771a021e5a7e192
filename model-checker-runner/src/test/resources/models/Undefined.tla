---- MODULE Undefined ----
(* A step is undefined from x = 3 with y = 1, which is never reachable. *)
EXTENDS Naturals
VARIABLES x, y
TypeOK == x \in 0..3 /\ y \in 0..1
Init == x = 0 /\ y = 0
Next == x' = (IF x = 3 /\ y = 1 THEN <<>>[1] ELSE (x + 2) % 4) /\ UNCHANGED y
====
