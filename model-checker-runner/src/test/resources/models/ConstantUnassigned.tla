---- MODULE ConstantUnassigned ----
EXTENDS Naturals
CONSTANT N
VARIABLE x
Init == x = 0
Next == x' = x
====
