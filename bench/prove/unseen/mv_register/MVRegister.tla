----------------------------- MODULE MVRegister -----------------------------
(***************************************************************************)
(* A state-based multi-value register (MV-register) CRDT, as used by       *)
(* local-first sync engines and Dynamo-style stores (Shapiro et al.,       *)
(* "A comprehensive study of CRDTs", Specification 10).                    *)
(*                                                                         *)
(* Each replica holds a set of entries, each a value tagged with a version *)
(* vector.  A local write at replica r takes the entrywise maximum of the  *)
(* vectors it currently holds, increments r's own entry, and replaces the  *)
(* whole set by the single new entry.  Replicas synchronise by sending     *)
(* their entire state in a message; the network may lose, reorder and     *)
(* duplicate messages (they are kept in a set and removed only when lost). *)
(* On receipt, a replica merges the incoming set B into its own set A:     *)
(* an entry of A survives unless some entry of B strictly dominates it,    *)
(* and vice versa; entries with concurrent vectors are kept as siblings.   *)
(* The register is initially empty (no value written yet).                 *)
(*                                                                         *)
(* Safety (NoStaleSibling): no replica ever holds two entries where the    *)
(* version vector of one strictly dominates the other's, i.e. a value that *)
(* has been causally overwritten never survives next to its successor.     *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Replica,    \* the replicas
    Val,        \* the values clients may write
    MaxCount    \* bound on each replica's entry in a version vector

VARIABLES
    store,      \* store[r]: the set of entries (siblings) held by replica r
    msgs        \* sync messages in flight: each is a whole replica state

vars == << store, msgs >>

\* Version vectors that stamp a write: some replica's entry is positive.
Stamp == { v \in [Replica -> 0..MaxCount] : \E r \in Replica : v[r] > 0 }

Entry == [val : Val, vv : Stamp]

TypeOK ==
    /\ store \in [Replica -> SUBSET Entry]
    /\ msgs \in SUBSET (SUBSET Entry)

-----------------------------------------------------------------------------
\* V strictly dominates W: V >= W entrywise and V # W.
Dominates(V, W) == (\A r \in Replica : V[r] >= W[r]) /\ V # W

\* Entries of A not strictly dominated by any entry of B.
Survivors(A, B) == { a \in A : \A b \in B : ~Dominates(b.vv, a.vv) }

Merge(A, B) == Survivors(A, B) \cup Survivors(B, A)

\* The highest entry for replica s among the vectors in a set of entries.
MaxEntry(S, s) ==
    IF S = {} THEN 0
    ELSE CHOOSE n \in { e.vv[s] : e \in S } : \A e \in S : e.vv[s] <= n

-----------------------------------------------------------------------------
Init ==
    /\ store = [r \in Replica |-> {}]
    /\ msgs = {}

\* Replica r writes value x: its new vector covers every sibling it holds
\* and bumps r's own entry; the write overwrites all siblings.
Write(r, x) ==
    /\ MaxEntry(store[r], r) < MaxCount
    /\ LET vv == [s \in Replica |->
                    IF s = r THEN MaxEntry(store[r], r) + 1
                             ELSE MaxEntry(store[r], s)]
       IN  store' = [store EXCEPT ![r] = { [val |-> x, vv |-> vv] }]
    /\ UNCHANGED msgs

\* Replica r ships its whole state to the other replicas.
Send(r) ==
    /\ msgs' = msgs \cup { store[r] }
    /\ UNCHANGED store

\* Replica r merges a received state; the message stays in the network,
\* so it may be delivered again (duplication) or to other replicas.
Receive(r, m) ==
    /\ m \in msgs
    /\ store' = [store EXCEPT ![r] = Merge(store[r], m)]
    /\ UNCHANGED msgs

\* The network loses a message.
Lose(m) ==
    /\ m \in msgs
    /\ msgs' = msgs \ { m }
    /\ UNCHANGED store

Next ==
    \/ \E r \in Replica, x \in Val : Write(r, x)
    \/ \E r \in Replica : Send(r)
    \/ \E r \in Replica, m \in msgs : Receive(r, m)
    \/ \E m \in msgs : Lose(m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
\* No replica holds an entry whose version vector is strictly dominated by
\* that of another entry it holds.
NoStaleSibling ==
    \A r \in Replica : \A e, f \in store[r] : ~Dominates(f.vv, e.vv)

=============================================================================
