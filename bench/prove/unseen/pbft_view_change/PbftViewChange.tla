--------------------------- MODULE PbftViewChange ---------------------------
(***************************************************************************)
(* PBFT's normal case and view change for one sequence number (Castro and  *)
(* Liskov, "Practical Byzantine Fault Tolerance", OSDI 1999, sections 4.2  *)
(* and 4.4).  There are N = 3F+1 replicas, at most F of them faulty; a     *)
(* quorum is any set of 2F+1 replicas.                                     *)
(*                                                                         *)
(* Normal case in view v: the primary multicasts PRE-PREPARE(v, n, d); a   *)
(* backup in view v that accepts it (it has not accepted another one for   *)
(* v and n) multicasts PREPARE(v, n, d).  A replica is prepared for d in v *)
(* once it holds the pre-prepare and matching prepares from a quorum (its  *)
(* prepared certificate); it then multicasts COMMIT(v, n, d).  d is        *)
(* committed when 2F+1 replicas have sent COMMIT(v, n, d) in one view.     *)
(*                                                                         *)
(* View change: a replica moves to view v+1 (it stops accepting messages   *)
(* of lower views) by multicasting VIEW-CHANGE(v+1, P), where P holds its  *)
(* prepared certificates.  The primary of the new view v collects 2F+1     *)
(* VIEW-CHANGE messages and sends NEW-VIEW with them and a PRE-PREPARE for *)
(* n: for the value of the certificate with the highest view among them,   *)
(* or, if none has a certificate for n, for a value of its choice (the     *)
(* null request in the paper).  Backups check the choice against the       *)
(* VIEW-CHANGE messages included in NEW-VIEW.                              *)
(*                                                                         *)
(* Model.  Only the honest replicas have state.  PRE-PREPARE and PREPARE   *)
(* are merged: prep[i][v] is the value i accepted (and prepared) in view v *)
(* -- the primary's own pre-prepare counts as its prepare.  Since the      *)
(* primary may be faulty and equivocate, each backup may accept any value  *)
(* in view 0 and any value that some valid NEW-VIEW admits in a later      *)
(* view; an honest primary's single choice is one of these behaviours.  A  *)
(* replica sends COMMIT exactly when it becomes prepared, so its prepared  *)
(* certificates are the views in commitSent[i].  A replica reports in its  *)
(* VIEW-CHANGE for v its certificates of views below v; as it never        *)
(* prepares below its current view, these are still its certificates of   *)
(* views below v.  Faulty replicas count toward every quorum and in a      *)
(* VIEW-CHANGE may report any valid certificate (one that a quorum really  *)
(* prepared: certificates are signed) or none.                             *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    Replica,    \* all replicas
    Byz,        \* the faulty ones
    Value,      \* the client requests that may be assigned sequence number n
    MaxView,    \* views are 0..MaxView
    None        \* nothing accepted

ASSUME /\ Byz \subseteq Replica
       /\ 3 * Cardinality(Byz) < Cardinality(Replica)
       /\ MaxView \in Nat
       /\ None \notin Value

View == 0..MaxView
Honest == Replica \ Byz

(* 2F+1 of 3F+1 replicas: more than two thirds. *)
Quorum == {Q \in SUBSET Replica : 3 * Cardinality(Q) > 2 * Cardinality(Replica)}

VARIABLES
    view,        \* view[i]: the current view of honest replica i
    prep,        \* prep[i][v]: the value honest i pre-prepared/prepared in view v, or None
    commitSent   \* commitSent[i]: the views in which honest i was prepared and sent COMMIT

vars == <<view, prep, commitSent>>

TypeOK ==
    /\ view \in [Honest -> View]
    /\ prep \in [Honest -> [View -> Value \cup {None}]]
    /\ commitSent \in [Honest -> SUBSET View]

Max(S) == CHOOSE x \in S : \A y \in S : y <= x

(* A prepared certificate for d in view v exists: every honest member of   *)
(* some quorum sent PREPARE(v, n, d) (the faulty members send anything).   *)
PreparedCert(v, d) == \E Q \in Quorum : \A q \in Q \cap Honest : prep[q][v] = d

(* d is committed in view v: 2F+1 COMMIT(v, n, d) messages.                *)
CommittedIn(v, d) ==
    \E Q \in Quorum : \A q \in Q \cap Honest : v \in commitSent[q] /\ prep[q][v] = d

(* A NEW-VIEW for view v > 0 built from the VIEW-CHANGE messages of the    *)
(* quorum Q allows the primary to pre-prepare d.  k is the highest view of *)
(* a certificate reported by an honest member of Q (-1: none):             *)
(*   - d is the value of that certificate, or                              *)
(*   - a faulty member of Q reports a valid certificate for d in a view    *)
(*     above k (it is then the highest one), or                            *)
(*   - no member reports a certificate and the primary picks any value.    *)
NewViewAllows(Q, v, d) ==
    LET Reported == {u \in 0..(v - 1) : \E q \in Q \cap Honest : u \in commitSent[q]}
        k == IF Reported = {} THEN -1 ELSE Max(Reported)
    IN  \/ k = -1
        \/ \E q \in Q \cap Honest : k \in commitSent[q] /\ prep[q][k] = d
        \/ /\ Q \cap Byz # {}
           /\ \E u \in (k + 1)..(v - 1) : PreparedCert(u, d)

(* Some valid NEW-VIEW for v allows d: every honest member of a quorum Q   *)
(* has sent VIEW-CHANGE for v (moved to v or beyond).                      *)
NewView(v, d) ==
    \E Q \in Quorum :
        /\ \A q \in Q \cap Honest : view[q] >= v
        /\ NewViewAllows(Q, v, d)

Init ==
    /\ view = [i \in Honest |-> 0]
    /\ prep = [i \in Honest |-> [v \in View |-> None]]
    /\ commitSent = [i \in Honest |-> {}]

-----------------------------------------------------------------------------
(* Honest i, in view v, accepts a PRE-PREPARE for d and sends PREPARE (or, *)
(* as primary, sends the PRE-PREPARE).  In a view above 0 the pre-prepare  *)
(* comes with a NEW-VIEW that must justify d.                              *)
PrePrepare(i, v, d) ==
    /\ view[i] = v
    /\ prep[i][v] = None
    /\ v = 0 \/ NewView(v, d)
    /\ prep' = [prep EXCEPT ![i][v] = d]
    /\ UNCHANGED <<view, commitSent>>

(* Honest i, in view v, collects a prepared certificate for the value it   *)
(* prepared and sends COMMIT.                                              *)
Commit(i, v) ==
    /\ view[i] = v
    /\ prep[i][v] # None
    /\ v \notin commitSent[i]
    /\ PreparedCert(v, prep[i][v])
    /\ commitSent' = [commitSent EXCEPT ![i] = @ \cup {v}]
    /\ UNCHANGED <<view, prep>>

(* Honest i suspects the primary and moves to view v, sending VIEW-CHANGE  *)
(* with its prepared certificates.                                         *)
ViewChange(i, v) ==
    /\ v > view[i]
    /\ view' = [view EXCEPT ![i] = v]
    /\ UNCHANGED <<prep, commitSent>>

Next ==
    \/ \E i \in Honest, v \in View, d \in Value : PrePrepare(i, v, d)
    \/ \E i \in Honest, v \in View : Commit(i, v) \/ ViewChange(i, v)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* d is committed (committed-local at some honest replica, or could be).   *)
Committed(d) == \E v \in View : CommittedIn(v, d)

(* Agreement: no two different values are committed for the sequence      *)
(* number.                                                                 *)
Agreement == \A d, e \in Value : Committed(d) /\ Committed(e) => d = e
=============================================================================
