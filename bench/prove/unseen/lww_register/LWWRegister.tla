---------------------------- MODULE LWWRegister ----------------------------
(***************************************************************************)
(* A last-writer-wins replicated register on replicas 1 .. N.              *)
(*                                                                         *)
(* Every replica holds a version and a value; all start at version 0 with *)
(* the same value.  Versions 1 .. MaxVer are assigned to writers round     *)
(* robin: version v may only be written by replica Owner(v), and only when *)
(* that replica is at version v - 1, so every version is written at most   *)
(* once.  A write bumps the writer's version.  Replicas gossip their       *)
(* (version, value) pairs in messages, which the network may lose; a       *)
(* replica merges a message by keeping the higher version.                 *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    N,        \* The number of replicas.
    MaxVer,   \* The largest version.
    Value     \* The values the register can hold.

ASSUME N \in Nat /\ N >= 1 /\ MaxVer \in Nat

Replica == 1 .. N
Version == 0 .. MaxVer

(* The replica allowed to write version v (v >= 1). *)
Owner(v) == ((v - 1) % N) + 1

(* The value every replica starts with. *)
InitVal == CHOOSE x \in Value : TRUE

(* Gossip messages. *)
Msg == [ver : Version, val : Value]

VARIABLES
    ver,    \* ver[r]: the version replica r holds.
    val,    \* val[r]: the value replica r holds.
    msgs    \* The gossip messages in the network.

vars == <<ver, val, msgs>>

TypeOK ==
    /\ ver \in [Replica -> Version]
    /\ val \in [Replica -> Value]
    /\ msgs \in SUBSET Msg

Init ==
    /\ ver = [r \in Replica |-> 0]
    /\ val = [r \in Replica |-> InitVal]
    /\ msgs = {}

(* r writes x as the next version, which it owns. *)
Write(r, x) ==
    /\ ver[r] < MaxVer
    /\ Owner(ver[r] + 1) = r
    /\ ver' = [ver EXCEPT ![r] = ver[r] + 1]
    /\ val' = [val EXCEPT ![r] = x]
    /\ UNCHANGED msgs

(* r gossips its version and value. *)
Gossip(r) ==
    /\ msgs' = msgs \cup {[ver |-> ver[r], val |-> val[r]]}
    /\ UNCHANGED <<ver, val>>

(* r merges a message carrying a higher version than its own. *)
Merge(r, m) ==
    /\ m \in msgs
    /\ m.ver > ver[r]
    /\ ver' = [ver EXCEPT ![r] = m.ver]
    /\ val' = [val EXCEPT ![r] = m.val]
    /\ UNCHANGED msgs

(* The network loses a message. *)
Lose(m) ==
    /\ m \in msgs
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<ver, val>>

Next ==
    \/ \E r \in Replica, x \in Value : Write(r, x)
    \/ \E r \in Replica : Gossip(r)
    \/ \E r \in Replica, m \in msgs : Merge(r, m)
    \/ \E m \in msgs : Lose(m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Replicas holding the same version hold the same value. *)
SameVersionSameValue ==
    \A r, s \in Replica : ver[r] = ver[s] => val[r] = val[s]
=============================================================================
