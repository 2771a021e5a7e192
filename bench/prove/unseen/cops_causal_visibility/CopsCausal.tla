------------------------------ MODULE CopsCausal ------------------------------
(***************************************************************************)
(* Causal+ consistency across data centres in the style of COPS (Lloyd,   *)
(* Freedman, Kaminsky and Andersen, "Don't Settle for Eventual", SOSP     *)
(* 2011).                                                                  *)
(*                                                                         *)
(* Every data centre (DC) stores a full replica of the key-value store.   *)
(* A client talks to its local DC only and keeps a dependency context:    *)
(* the versions it has read or written.  A put at the local DC gets a new *)
(* version, newer than every existing version of the key (COPS uses      *)
(* Lamport timestamps; here each key's versions are numbered 1, 2, ...),  *)
(* becomes visible locally at once, and is stored with its dependencies:  *)
(* the client's context.  After the put the client's context is just the *)
(* new version (its nearest dependency, which covers the others).         *)
(*                                                                         *)
(* The local DC replicates the write, with its dependencies, to every     *)
(* remote DC.  A remote DC that has received it issues dependency checks: *)
(* the write is committed (made visible) only once, for every dependency  *)
(* <<key, version>>, that version or a newer one of the key is visible    *)
(* there.  Visibility is last-writer-wins: a DC shows the newest version  *)
(* of a key it has committed.  Replicated writes are received and         *)
(* committed in any order.                                                 *)
(*                                                                         *)
(* The store keeps, for each version written, its dependencies (as COPS-  *)
(* GT does; they are also what the replication message carries).  A DC's  *)
(* replica is modelled by the version of each key visible there.  Values  *)
(* are abstracted away.                                                    *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    DC,       \* the data centres (one client session at each)
    Key,      \* the keys
    MaxVer    \* versions written per key, at most

ASSUME MaxVer \in Nat

Version == 0 .. MaxVer            \* 0: the initial value of a key
VVec == [Key -> Version]          \* a version of every key

Max(a, b) == IF a >= b THEN a ELSE b

VARIABLES
    vis,       \* vis[d][k]: the version of key k visible at DC d
    ver,       \* ver[k]: the latest version of key k written anywhere
    deps,      \* deps[k][v]: the dependencies of version v of key k
    ctx,       \* ctx[d]: dependency context of the client at DC d
    pending    \* pending[d]: replicated writes received at d, not committed

vars == <<vis, ver, deps, ctx, pending>>

TypeOK ==
    /\ vis \in [DC -> VVec]
    /\ ver \in [Key -> Version]
    /\ deps \in [Key -> [1 .. MaxVer -> VVec]]
    /\ ctx \in [DC -> VVec]
    /\ pending \in [DC -> SUBSET (Key \X (1 .. MaxVer))]

\* Every dependency of version v of key k is visible at DC d.
DepsVisible(d, k, v) == \A j \in Key : deps[k][v][j] <= vis[d][j]

Init ==
    /\ vis = [d \in DC |-> [k \in Key |-> 0]]
    /\ ver = [k \in Key |-> 0]
    /\ deps = [k \in Key |-> [v \in 1 .. MaxVer |-> [j \in Key |-> 0]]]
    /\ ctx = [d \in DC |-> [k \in Key |-> 0]]
    /\ pending = [d \in DC |-> {}]

(***************************************************************************)
(* The client at DC d reads key k: the visible version joins its context. *)
(***************************************************************************)
Get(d, k) ==
    /\ ctx' = [ctx EXCEPT ![d][k] = Max(@, vis[d][k])]
    /\ UNCHANGED <<vis, ver, deps, pending>>

(***************************************************************************)
(* The client at DC d writes key k: a new version, visible at d at once,  *)
(* depending on the client's context, and replicated to the other DCs.   *)
(***************************************************************************)
Put(d, k) ==
    /\ ver[k] < MaxVer
    /\ LET v == ver[k] + 1
       IN  /\ ver' = [ver EXCEPT ![k] = v]
           /\ deps' = [deps EXCEPT ![k][v] = ctx[d]]
           /\ vis' = [vis EXCEPT ![d][k] = v]
           /\ ctx' = [ctx EXCEPT ![d] = [j \in Key |-> IF j = k THEN v ELSE 0]]
           /\ pending' = [e \in DC |-> IF e = d THEN pending[e]
                                       ELSE pending[e] \cup {<<k, v>>}]

(***************************************************************************)
(* DC d commits the replicated write of version v of key k once its       *)
(* dependency checks succeed (last writer wins).                          *)
(***************************************************************************)
Commit(d, k, v) ==
    /\ <<k, v>> \in pending[d]
    /\ DepsVisible(d, k, v)
    /\ vis' = [vis EXCEPT ![d][k] = Max(@, v)]
    /\ pending' = [pending EXCEPT ![d] = @ \ {<<k, v>>}]
    /\ UNCHANGED <<ver, deps, ctx>>

Next ==
    \E d \in DC, k \in Key :
        \/ Get(d, k)
        \/ Put(d, k)
        \/ \E v \in 1 .. MaxVer : Commit(d, k, v)

Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Safety: whenever a version is visible at a DC, every one of its        *)
(* dependencies is visible there too (that version or a newer one).       *)
(***************************************************************************)
CausalVisibility ==
    \A d \in DC, k \in Key :
        vis[d][k] > 0 => DepsVisible(d, k, vis[d][k])

=============================================================================
