----------------------------- MODULE TwoPhaseSet -----------------------------
(***************************************************************************)
(* A state-based two-phase set (2P-set) CRDT, after Shapiro et al., "A     *)
(* comprehensive study of convergent and commutative replicated data      *)
(* types", replicated for local-first sync.                                *)
(*                                                                         *)
(* Each replica keeps an add set A and a remove set R of tombstones.  An  *)
(* element is in the replica's set when it is in A and not in R; once    *)
(* tombstoned it can never come back.  Updates are local: any replica may *)
(* add an element, and a replica may remove an element only if it is in   *)
(* its own add set (the precondition of remove in the paper).  Replicas   *)
(* synchronise in the background: a replica sends a snapshot of its whole *)
(* state (A, R) to the others, and a replica that receives a snapshot     *)
(* merges it into its own state by taking the union of the add sets and   *)
(* the union of the remove sets.                                          *)
(*                                                                         *)
(* Sync messages travel over an unreliable network, modelled as a set of  *)
(* messages: a snapshot may be lost, delivered late (after the sender has *)
(* moved on), or delivered more than once.  The network holds at most     *)
(* MaxMsgs messages in flight; a replica sends again once there is room.  *)
(*                                                                         *)
(* Safety: every element tombstoned at a replica is in that replica's add *)
(* set, so the remove set of each replica is a subset of its add set.     *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Replica,   \* the replicas
          Elem,      \* the elements that may be added and removed
          MaxMsgs    \* the bound on the sync messages in flight

ASSUME MaxMsgs \in Nat /\ MaxMsgs >= 1

(* A sync message: a snapshot of the sender's add and remove sets, sent   *)
(* to every replica.                                                       *)
Msg == [adds : SUBSET Elem, tombs : SUBSET Elem]

VARIABLES adds,    \* adds[r]: the add set of replica r
          tombs,   \* tombs[r]: the remove set (tombstones) of replica r
          msgs     \* the sync messages in flight

vars == <<adds, tombs, msgs>>

TypeOK ==
    /\ adds \in [Replica -> SUBSET Elem]
    /\ tombs \in [Replica -> SUBSET Elem]
    /\ msgs \in {M \in SUBSET Msg : Cardinality(M) <= MaxMsgs}

(* The elements in replica r's set. *)
Lookup(r) == adds[r] \ tombs[r]

Init ==
    /\ adds = [r \in Replica |-> {}]
    /\ tombs = [r \in Replica |-> {}]
    /\ msgs = {}

(* Replica r adds element e locally. *)
Add(r, e) ==
    /\ adds' = [adds EXCEPT ![r] = @ \cup {e}]
    /\ UNCHANGED <<tombs, msgs>>

(* Replica r removes element e locally: allowed only when r has e in its   *)
(* add set; r then tombstones e.                                           *)
Remove(r, e) ==
    /\ e \in adds[r]
    /\ tombs' = [tombs EXCEPT ![r] = @ \cup {e}]
    /\ UNCHANGED <<adds, msgs>>

(* Replica r sends a snapshot of its current state to the other replicas. *)
Send(r) ==
    /\ Cardinality(msgs) < MaxMsgs
    /\ msgs' = msgs \cup {[adds |-> adds[r], tombs |-> tombs[r]]}
    /\ UNCHANGED <<adds, tombs>>

(* Replica r receives snapshot m and merges it into its state (a replica  *)
(* receiving its own snapshot changes nothing).  The message stays in the *)
(* network: it may be delivered again, to r or to another replica.        *)
Receive(r, m) ==
    /\ m \in msgs
    /\ adds' = [adds EXCEPT ![r] = @ \cup m.adds]
    /\ tombs' = [tombs EXCEPT ![r] = @ \cup m.tombs]
    /\ UNCHANGED msgs

(* The network loses message m. *)
Lose(m) ==
    /\ m \in msgs
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<adds, tombs>>

Next ==
    \/ \E r \in Replica, e \in Elem : Add(r, e) \/ Remove(r, e)
    \/ \E r \in Replica : Send(r)
    \/ \E r \in Replica, m \in msgs : Receive(r, m)
    \/ \E m \in msgs : Lose(m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Every element tombstoned at a replica is in that replica's add set. *)
TombstoneHasAdd ==
    \A r \in Replica : tombs[r] \subseteq adds[r]
=============================================================================
