------------------------- MODULE VersionVectorSync -------------------------
(***************************************************************************)
(* Replicas of one key-value item, tracked with version vectors (as in     *)
(* Dynamo, Riak and Voldemort).  Each replica r keeps a version of the     *)
(* item: a value and a version vector vv[r], where vv[r][q] counts the     *)
(* updates made at replica q that r's version reflects.                    *)
(*                                                                         *)
(*  - A local update at r bumps r's own entry.  The item is a set-valued   *)
(*    one (say a set of tags or a shopping cart): the k-th update at r     *)
(*    adds the element <<r, k>>, so a version's value is the set of update *)
(*    ids applied to it.                                                   *)
(*  - Anti-entropy: a replica sends its (value, vector) pair to a peer     *)
(*    over a channel that holds at most one sync message and may lose it.  *)
(*  - The receiver compares vectors.  If its own vector dominates the      *)
(*    incoming one, the message is stale and ignored; if the incoming one  *)
(*    dominates, it replaces the local version; if they are concurrent it *)
(*    keeps both versions as siblings: for a set-valued item the sibling   *)
(*    read is their union, which it stores with the pointwise maximum of   *)
(*    the two vectors.                                                     *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Replica,   \* The replicas.
    Max,       \* The most updates each replica makes.
    None       \* A model value: an empty channel.

Upd == Replica \X (1..Max)            \* update ids: <<replica, sequence number>>
Vector == [Replica -> 0..Max]
Version == [val : SUBSET Upd, vv : Vector]
Pair == {pr \in Replica \X Replica : pr[1] # pr[2]}   \* channels <<from, to>>

ASSUME None \notin Version

VARIABLES
    val,    \* val[r]: the value of r's version (the set of update ids it reflects).
    vv,     \* vv[r]: the version vector of r's version.
    chan    \* chan[<<s, r>>]: the sync message in flight from s to r, or None.

vars == <<val, vv, chan>>

TypeOK ==
    /\ val \in [Replica -> SUBSET Upd]
    /\ vv \in [Replica -> Vector]
    /\ chan \in [Pair -> Version \cup {None}]

(* Vector v is dominated by (less than or equal to) vector w.              *)
Leq(v, w) == \A q \in Replica : v[q] <= w[q]

VMax(v, w) == [q \in Replica |-> IF v[q] >= w[q] THEN v[q] ELSE w[q]]

Init ==
    /\ val = [r \in Replica |-> {}]
    /\ vv = [r \in Replica |-> [q \in Replica |-> 0]]
    /\ chan = [pr \in Pair |-> None]

-----------------------------------------------------------------------------
(* A client updates the item at replica r.                                 *)
Update(r) ==
    /\ vv[r][r] < Max
    /\ vv' = [vv EXCEPT ![r][r] = @ + 1]
    /\ val' = [val EXCEPT ![r] = @ \cup {<<r, vv[r][r] + 1>>}]
    /\ UNCHANGED chan

(* Anti-entropy: s sends its version to r.                                 *)
SendSync(s, r) ==
    /\ chan[<<s, r>>] = None
    /\ chan' = [chan EXCEPT ![<<s, r>>] = [val |-> val[s], vv |-> vv[s]]]
    /\ UNCHANGED <<val, vv>>

(* r receives s's version and keeps the dominating one, or both siblings.  *)
ReceiveSync(s, r) ==
    LET m == chan[<<s, r>>] IN
    /\ m # None
    /\ chan' = [chan EXCEPT ![<<s, r>>] = None]
    /\ IF Leq(m.vv, vv[r])
         THEN UNCHANGED <<val, vv>>                    \* stale: already seen
       ELSE IF Leq(vv[r], m.vv)
         THEN /\ val' = [val EXCEPT ![r] = m.val]      \* newer: replace
              /\ vv' = [vv EXCEPT ![r] = m.vv]
         ELSE /\ val' = [val EXCEPT ![r] = @ \cup m.val]  \* concurrent: siblings
              /\ vv' = [vv EXCEPT ![r] = VMax(@, m.vv)]

(* The network loses the message from s to r.                              *)
Lose(s, r) ==
    /\ chan[<<s, r>>] # None
    /\ chan' = [chan EXCEPT ![<<s, r>>] = None]
    /\ UNCHANGED <<val, vv>>

Next ==
    \/ \E r \in Replica : Update(r)
    \/ \E s, r \in Replica : s # r /\ (SendSync(s, r) \/ ReceiveSync(s, r) \/ Lose(s, r))

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* If r's vector dominates s's, r has seen every update s has.             *)
DominanceImpliesSeen ==
    \A r, s \in Replica : Leq(vv[s], vv[r]) => val[s] \subseteq val[r]
=============================================================================
