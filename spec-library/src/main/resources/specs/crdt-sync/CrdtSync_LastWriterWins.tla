---------------------- MODULE CrdtSync_LastWriterWins ----------------------
(***************************************************************************)
(* Seeded bug: the set resolves a conflict between an add and a remove of  *)
(* the same element by last-writer-wins on wall-clock timestamps (the      *)
(* LWW-element-set), instead of by what the remove observed.               *)
(*                                                                         *)
(* Every update is stamped with the issuing replica's wall clock.  A       *)
(* remove also stores a removal marker <<e, dot>> stamped with its time,   *)
(* and whenever a replica merges a payload it discards every add of e      *)
(* stamped earlier than a removal marker of e it knows.  An add the        *)
(* remover never saw, that is a concurrent add, is then lost whenever its  *)
(* timestamp is smaller; with skewed clocks the replica whose clock runs   *)
(* ahead wins every such conflict, even against adds made after its        *)
(* remove in real time.                                                    *)
(*                                                                         *)
(* Clocks: the wall clock of a replica reads the number of updates it has  *)
(* issued (one tick per update), and FastReplica's clock is Skew ticks     *)
(* ahead of the others.                                                    *)
(***************************************************************************)
EXTENDS CrdtSync

CONSTANTS
    FastReplica,   \* the replica whose clock runs ahead
    Skew           \* by how many ticks

ASSUME FastReplica \in Replica /\ Skew \in Nat

(* The wall-clock time at which the update with dot d was issued.          *)
Timestamp(d) == d[2] + (IF d[1] = FastReplica THEN Skew ELSE 0)

(* Last-writer-wins resolution of an OR-Set payload (adds, tombs): the     *)
(* removal markers are the tombstones that tag no add; every add of e      *)
(* older than a removal marker of e is discarded (tombstoned).             *)
Resolve(adds, tombs) ==
    LET markers == tombs \ adds
        older(p) == \E q \in markers :
                       q[1] = p[1] /\ Timestamp(q[2]) > Timestamp(p[2])
    IN  tombs \cup {p \in adds : older(p)}

(* remove(e) at r: as before, plus a removal marker stamped with r's       *)
(* clock, resolved by last-writer-wins.                                    *)
LWWRemove(r, e) ==
    /\ CanIssue
    /\ e \in Lookup(r)
    /\ LET observed == {p \in A[r] : p[1] = e}
       IN  /\ R' = [R EXCEPT ![r] =
                      Resolve(A[r], @ \cup observed \cup {<<e, NextDot(r)>>})]
           /\ Issue(r, [dot |-> NextDot(r), kind |-> "rmv", elem |-> e,
                        observed |-> {p[2] : p \in observed}])
    /\ UNCHANGED <<A, P, N, msgs>>

(* Replica r merges payload m, then resolves conflicts by last-writer-     *)
(* wins: adds older than a known removal marker are discarded.             *)
LWWReceive(r, m) ==
    /\ m \in msgs
    /\ A' = [A EXCEPT ![r] = @ \cup m.A]
    /\ R' = [R EXCEPT ![r] = Resolve(A[r] \cup m.A, @ \cup m.R)]
    /\ P' = [P EXCEPT ![r] = [s \in Replica |-> Max(@[s], m.P[s])]]
    /\ N' = [N EXCEPT ![r] = [s \in Replica |-> Max(@[s], m.N[s])]]
    /\ delivered' = [delivered EXCEPT ![r] = @ \cup m.delivered]
    /\ UNCHANGED <<seq, msgs, updates>>

BuggyNext ==
    \E r \in Replica :
       \/ \E e \in Element : Add(r, e) \/ LWWRemove(r, e)
       \/ Increment(r) \/ Decrement(r)
       \/ Send(r)
       \/ \E m \in msgs : LWWReceive(r, m)

BuggySpec == Init /\ [][BuggyNext]_vars

=============================================================================
