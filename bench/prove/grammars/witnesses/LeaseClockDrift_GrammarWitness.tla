-------------------- MODULE LeaseClockDrift_GrammarWitness --------------------
(***************************************************************************)
(* Evidence that the grammar lease-clock-drift.json is adequate: an        *)
(* inductive invariant for the library's LeaseClockDrift built only from   *)
(* clauses over the grammar's predicates.  Used to validate the benchmark, *)
(* never given to the tool under test.                                     *)
(*                                                                         *)
(* The key lemma: for a node holding a lease or with a grant in flight,    *)
(* grantorLeft + drift >= Margin + holderLeft, an equation that every      *)
(* clock step preserves, so the grantor's lease outlives the holder's      *)
(* timer whenever the drift is within the margin.                          *)
(***************************************************************************)
EXTENDS LeaseClockDrift

(* LeaseClockDrift's TypeOK with "grantMsgs \subseteq Node" written        *)
(* "grantMsgs \in SUBSET Node", so that TLC can enumerate it.              *)
TypeOKEnum ==
    /\ grantedTo \in Node \cup {NoNode}
    /\ grantorLeft \in 0..LeaseDuration
    /\ phase \in [Node -> {"idle", "waiting", "holding"}]
    /\ holderLeft \in [Node -> 0..LeaseDuration]
    /\ drift \in [Node -> -MaxDrift..MaxDrift]
    /\ grantMsgs \in SUBSET Node

Witness ==
    /\ TypeOK
    /\ AtMostOneLeaseholder
    /\ \A i \in Node : phase[i] = "holding" => grantedTo = i
    /\ \A i \in Node : i \in grantMsgs => grantedTo = i
    /\ \A i \in Node : i \in grantMsgs => phase[i] = "waiting"
    /\ \A i \in Node : phase[i] = "holding" => grantorLeft + drift[i] >= Margin + holderLeft[i]
    /\ \A i \in Node : i \in grantMsgs => grantorLeft + drift[i] >= Margin + holderLeft[i]
    /\ \A i \in Node : phase[i] = "holding" => holderLeft[i] > 0
    /\ \A i \in Node : phase[i] = "waiting" => holderLeft[i] > 0
    /\ \A i \in Node : phase[i] = "holding" => holderLeft[i] <= LeaseDuration - Margin + drift[i]
    /\ \A i \in Node : phase[i] = "waiting" => holderLeft[i] <= LeaseDuration - Margin + drift[i]

IndInit == TypeOKEnum /\ (Witness) = TRUE
=============================================================================
