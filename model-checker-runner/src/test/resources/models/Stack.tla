---- MODULE Stack ----
(* A stack of ones that grows to two and shrinks again; Top is undefined on the empty stack. *)
EXTENDS Naturals, Sequences
VARIABLE s
Top == s[Len(s)]
Init == s = <<1>>
Push == Len(s) < 2 /\ s' = Append(s, 1)
Pop == s # <<>> /\ s' = Tail(s)
Next == Push \/ Pop
====
