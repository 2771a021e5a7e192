-------------------------- MODULE EchoWave_Reference --------------------------
(***************************************************************************)
(* A hand-written inductive invariant for EchoWave, used only to check     *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* A node hears only from neighbours that sent it a message, a node sends  *)
(* only once the wave has reached it, and a node's message to its parent   *)
(* (its echo) is sent only after it has heard from all its neighbours.     *)
(* Following heard-from links back from the initiator's neighbours thus    *)
(* reaches every node.                                                     *)
(***************************************************************************)
EXTENDS EchoWave

(* A node has heard from m only if m sent it a message. *)
HeardSent ==
    \A n \in Node : \A m \in heard[n] : [src |-> m, dst |-> n] \in msgs

(* Only nodes the wave has reached have sent messages. *)
SenderReached ==
    \A r \in msgs : r.src = Initiator \/ parent[r.src] # NoParent

(* A node's message to its parent is its echo: it has heard from all. *)
EchoAfterAll ==
    \A r \in msgs :
        r.src # Initiator /\ r.dst = parent[r.src] => heard[r.src] = Nbrs(r.src)

(* A node has heard from its parent. *)
ParentHeard ==
    \A n \in Node : parent[n] # NoParent => parent[n] \in heard[n]

IndRef ==
    /\ TypeOK
    /\ DecideImpliesAllReached
    /\ HeardSent
    /\ SenderReached
    /\ EchoAfterAll
    /\ ParentHeard
=============================================================================
