---- MODULE EvalError ----
EXTENDS Naturals
VARIABLE x
Init == x = <<1, 2>>
Next == x' = <<x[3], 1>>
====
