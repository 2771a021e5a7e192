---- MODULE Values ----
EXTENDS Integers, Sequences, TLC, Bags
CONSTANT P
VARIABLE v
Init == v = [s |-> "a\"b\\c\nd", n |-> -2147483647, b |-> TRUE, e |-> {}, t |-> <<>>, q |-> <<1, "x", {P}>>,
             f |-> [p \in P |-> {<<p, 2>>}], g |-> (0 :> 1 @@ 2 :> 3), m |-> [a |-> [b |-> 1]], bag |-> SetToBag({1,2}), r |-> 1..3, ss |-> SUBSET {1}, fs |-> [{1} -> {2}]]
Next == UNCHANGED v
Bad == v.b = FALSE
====
