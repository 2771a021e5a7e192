-------------------------- MODULE CausalLengthSet --------------------------
(***************************************************************************)
(* The causal-length set (CLSet) CRDT of Yu and Rostad ("A low-cost set    *)
(* CRDT based on causal lengths", PaPoC 2020).                             *)
(*                                                                         *)
(* Every replica keeps, for each element e, a counter len[r][e]: the       *)
(* causal length of e.  e is in the set iff its length is odd.  add(e) is  *)
(* only effective when e is absent (even length) and remove(e) only when   *)
(* e is present (odd length); both increment the length.  Merging two      *)
(* states takes the maximum length per element, so the longest causal     *)
(* history of add/remove of e wins and concurrent equal-length updates     *)
(* (two concurrent removes, say) coincide.                                 *)
(*                                                                         *)
(* Replicas exchange (delta) states through messages.  Every local update  *)
(* ships its delta, the entry e |-> new length, to every other replica;    *)
(* in addition a replica may at any time gossip its whole state (one entry *)
(* per element) to another replica (anti-entropy).  A message is a record *)
(* [dst, elem, len]; the network msgs is the set of messages sent and not  *)
(* yet delivered.  Channels are reliable but unordered: a message is       *)
(* delivered once, at any time, in any order; two equal messages are one. *)
(* Delivering merges the entry into the receiver (maximum).                *)
(*                                                                         *)
(* Lengths are bounded by MaxLen (updates are disabled at the bound).      *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Replica,   \* the replicas
    Element,   \* the elements that may be added to / removed from the set
    MaxLen     \* bound on causal lengths

ASSUME MaxLen \in Nat \ {0}

(* An entry e |-> l shipped to replica dst.                                *)
Message == [dst : Replica, elem : Element, len : 1..MaxLen]

VARIABLES
    len,   \* len[r][e]: the causal length of element e at replica r
    msgs   \* messages in transit

vars == <<len, msgs>>

TypeOK ==
    /\ len \in [Replica -> [Element -> 0..MaxLen]]
    /\ msgs \in SUBSET Message

Init ==
    /\ len = [r \in Replica |-> [e \in Element |-> 0]]
    /\ msgs = {}

Max(a, b) == IF a >= b THEN a ELSE b

(* e is in the set at replica r.                                           *)
InSet(r, e) == len[r][e] % 2 = 1

(* Replica r updates e to length l and ships the delta to all others.      *)
Update(r, e, l) ==
    /\ len' = [len EXCEPT ![r][e] = l]
    /\ msgs' = msgs \cup {[dst |-> d, elem |-> e, len |-> l] :
                             d \in Replica \ {r}}

(* add(e): e absent (even length) becomes present.                         *)
Add(r, e) ==
    /\ ~InSet(r, e)
    /\ len[r][e] < MaxLen
    /\ Update(r, e, len[r][e] + 1)

(* remove(e): e present (odd length) becomes absent.                       *)
Remove(r, e) ==
    /\ InSet(r, e)
    /\ len[r][e] < MaxLen
    /\ Update(r, e, len[r][e] + 1)

(* Anti-entropy: r sends its whole state (its non-zero entries) to s.      *)
Gossip(r, s) ==
    /\ r # s
    /\ msgs' = msgs \cup {[dst |-> s, elem |-> e, len |-> len[r][e]] :
                             e \in {x \in Element : len[r][x] > 0}}
    /\ UNCHANGED len

(* Delivery of m: merge the entry into the receiver (maximum).             *)
Deliver(m) ==
    /\ len' = [len EXCEPT ![m.dst][m.elem] = Max(@, m.len)]
    /\ msgs' = msgs \ {m}

Next ==
    \/ \E r \in Replica, e \in Element : Add(r, e) \/ Remove(r, e)
    \/ \E r, s \in Replica : Gossip(r, s)
    \/ \E m \in msgs : Deliver(m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* r has received everything sent to it.                                   *)
Quiet(r) == \A m \in msgs : m.dst # r

(***************************************************************************)
(* Safety (strong convergence): two replicas that have received every      *)
(* message sent to them hold the same lengths, hence the same set.         *)
(***************************************************************************)
Convergence ==
    \A r, s \in Replica :
        Quiet(r) /\ Quiet(s) => len[r] = len[s]
=============================================================================
