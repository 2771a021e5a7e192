---------------------------- MODULE GCounterSync ----------------------------
(***************************************************************************)
(* A grow-only counter CRDT (G-Counter) replicated on the replicas of      *)
(* Replica, synchronised by anti-entropy gossip.                           *)
(*                                                                         *)
(* Each replica keeps a vector with one entry per replica; a replica only  *)
(* increments its own entry (bounded by MaxCount here), and the counter's  *)
(* value is the sum of the vector.  To synchronise, a replica gossips a    *)
(* snapshot of its whole vector into the network (a set of vectors; any   *)
(* replica may receive a snapshot, possibly several times, and the network *)
(* may lose one).  A replica merges a snapshot it receives into its own    *)
(* vector by pointwise maximum.                                            *)
(*                                                                         *)
(* Safety: no replica knows more of another replica's entry than that      *)
(* replica has itself counted.                                             *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS Replica,   \* the replicas
          MaxCount   \* the bound on each replica's own increments

ASSUME MaxCount \in Nat

Count == 0 .. MaxCount

VARIABLES cnt,   \* cnt[r][s]: replica r's view of replica s's increments
          msgs   \* gossiped vector snapshots in the network

vars == <<cnt, msgs>>

TypeOK ==
    /\ cnt \in [Replica -> [Replica -> Count]]
    /\ msgs \in SUBSET [Replica -> Count]

Max2(a, b) == IF a >= b THEN a ELSE b

Init ==
    /\ cnt = [r \in Replica |-> [s \in Replica |-> 0]]
    /\ msgs = {}

(* Replica r increments the counter: its own entry grows by one. *)
Increment(r) ==
    /\ cnt[r][r] < MaxCount
    /\ cnt' = [cnt EXCEPT ![r][r] = @ + 1]
    /\ UNCHANGED msgs

(* Replica r gossips a snapshot of its vector. *)
Gossip(r) ==
    /\ msgs' = msgs \cup {cnt[r]}
    /\ UNCHANGED cnt

(* Replica r receives snapshot m and merges it by pointwise maximum; the   *)
(* snapshot stays in the network and may be received again.               *)
Merge(r, m) ==
    /\ m \in msgs
    /\ cnt' = [cnt EXCEPT ![r] = [s \in Replica |-> Max2(cnt[r][s], m[s])]]
    /\ UNCHANGED msgs

(* The network loses snapshot m. *)
Lose(m) ==
    /\ m \in msgs
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED cnt

Next ==
    \/ \E r \in Replica : Increment(r) \/ Gossip(r)
    \/ \E r \in Replica, m \in msgs : Merge(r, m)
    \/ \E m \in msgs : Lose(m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Every replica's view of an entry is at most the owner's own count. *)
ViewBounded ==
    \A r, s \in Replica : cnt[r][s] <= cnt[s][s]
=============================================================================
