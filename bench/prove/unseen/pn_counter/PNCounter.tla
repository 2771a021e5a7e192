------------------------------ MODULE PNCounter ------------------------------
(***************************************************************************)
(* A state-based PN-counter CRDT (Shapiro et al., "A comprehensive study   *)
(* of CRDTs", Specification 7).                                            *)
(*                                                                         *)
(* Every replica keeps two vectors with one entry per replica: P counts    *)
(* increments and N counts decrements.  A local increment (decrement) at   *)
(* replica r bumps r's own entry of P (N); the counter's value is          *)
(* sum(P) - sum(N).  Replicas synchronise by shipping their whole state    *)
(* (both vectors) to a peer, which merges it by taking the entrywise       *)
(* maximum of each vector.                                                 *)
(*                                                                         *)
(* The network is modelled as one slot per directed link holding the       *)
(* latest state pushed along it.  A newer push overwrites an undelivered   *)
(* older one (that older message is lost), the network may drop the slot   *)
(* (message loss), and delivery may leave the message in the slot so that  *)
(* it is delivered again later (duplication).                              *)
(*                                                                         *)
(* Safety (NoPhantomUpdates): no replica knows of more increments or       *)
(* decrements by replica s than s itself has performed, i.e. P[r][s] <=    *)
(* P[s][s] and N[r][s] <= N[s][s]; hence no replica's value counts an      *)
(* update that was never made.                                             *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Replica,    \* the replicas
    Max,        \* bound on the number of increments (decrements) per replica
    NoMsg       \* an empty link

VARIABLES
    p,          \* p[r][s]: increments by s known at replica r
    n,          \* n[r][s]: decrements by s known at replica r
    chan        \* chan[<<s, d>>]: the state in flight from s to d, or NoMsg

vars == << p, n, chan >>

Link == { l \in Replica \X Replica : l[1] # l[2] }

\* The payload of a sync message: a whole replica state.
State == [p : [Replica -> 0..Max], n : [Replica -> 0..Max]]

TypeOK ==
    /\ p \in [Replica -> [Replica -> 0..Max]]
    /\ n \in [Replica -> [Replica -> 0..Max]]
    /\ chan \in [Link -> State \cup {NoMsg}]

-----------------------------------------------------------------------------
\* Entrywise maximum of two vectors.
VMax(u, v) == [s \in Replica |-> IF u[s] >= v[s] THEN u[s] ELSE v[s]]

Init ==
    /\ p = [r \in Replica |-> [s \in Replica |-> 0]]
    /\ n = [r \in Replica |-> [s \in Replica |-> 0]]
    /\ chan = [l \in Link |-> NoMsg]

\* Replica r increments the counter.
Increment(r) ==
    /\ p[r][r] < Max
    /\ p' = [p EXCEPT ![r][r] = @ + 1]
    /\ UNCHANGED << n, chan >>

\* Replica r decrements the counter.
Decrement(r) ==
    /\ n[r][r] < Max
    /\ n' = [n EXCEPT ![r][r] = @ + 1]
    /\ UNCHANGED << p, chan >>

\* Replica s pushes its whole state to d, overwriting any undelivered push.
Send(s, d) ==
    /\ chan' = [chan EXCEPT ![<<s, d>>] = [p |-> p[s], n |-> n[s]]]
    /\ UNCHANGED << p, n >>

\* Replica d merges the state in flight from s.  The message may stay in
\* the link and be delivered again (duplication) or be consumed.
Receive(s, d) ==
    /\ chan[<<s, d>>] # NoMsg
    /\ LET m == chan[<<s, d>>] IN
         /\ p' = [p EXCEPT ![d] = VMax(@, m.p)]
         /\ n' = [n EXCEPT ![d] = VMax(@, m.n)]
    /\ \/ chan' = [chan EXCEPT ![<<s, d>>] = NoMsg]
       \/ UNCHANGED chan

\* The network drops the message in flight from s to d.
Lose(s, d) ==
    /\ chan[<<s, d>>] # NoMsg
    /\ chan' = [chan EXCEPT ![<<s, d>>] = NoMsg]
    /\ UNCHANGED << p, n >>

Next ==
    \/ \E r \in Replica : Increment(r) \/ Decrement(r)
    \/ \E s, d \in Replica : s # d /\ (Send(s, d) \/ Receive(s, d) \/ Lose(s, d))

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
\* No replica has seen more updates of s than s has made.
NoPhantomUpdates ==
    \A r, s \in Replica : p[r][s] <= p[s][s] /\ n[r][s] <= n[s][s]

=============================================================================
