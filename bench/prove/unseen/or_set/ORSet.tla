-------------------------------- MODULE ORSet --------------------------------
(***************************************************************************)
(* A state-based observed-remove set (OR-Set) CRDT, after Shapiro et al.,  *)
(* "A comprehensive study of convergent and commutative replicated data   *)
(* types" (Specification 15), replicated on the replicas of Replica.       *)
(*                                                                         *)
(* Each replica keeps a set adds of (element, tag) pairs and a set tombs   *)
(* of tombstoned pairs.  An element is in a replica's set when some pair   *)
(* for it is in adds and not in tombs.  To add e, a replica creates a     *)
(* globally unique tag (modelled by a shared generator nextTag, standing   *)
(* for a replica id and a counter) and adds the pair (e, tag).  To remove *)
(* e, a replica tombstones every pair for e it has observed in its adds.   *)
(* Replicas synchronise by merging another replica's state: the union of   *)
(* the adds and the union of the tombstones.  An add concurrent with a     *)
(* remove therefore wins: its fresh tag was not observed by the remove.    *)
(*                                                                         *)
(* Safety: tags are unique: no tag is paired with two different elements   *)
(* anywhere in the system, in the adds or the tombstones of any replica.  *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS Replica,   \* the replicas
          Elem,      \* the elements that may be added
          MaxTag     \* the bound on the tags created

ASSUME MaxTag \in Nat /\ MaxTag >= 1

Tag == 1 .. MaxTag

VARIABLES adds,     \* adds[r]: the (element, tag) pairs replica r has seen added
          tombs,    \* tombs[r]: the pairs replica r has seen removed
          nextTag   \* the next fresh tag

vars == <<adds, tombs, nextTag>>

TypeOK ==
    /\ adds \in [Replica -> SUBSET (Elem \X Tag)]
    /\ tombs \in [Replica -> SUBSET (Elem \X Tag)]
    /\ nextTag \in 1 .. MaxTag + 1

(* The elements in replica r's set: those with a live pair. *)
Lookup(r) == {e \in Elem : \E t \in Tag : <<e, t>> \in adds[r] \ tombs[r]}

Init ==
    /\ adds = [r \in Replica |-> {}]
    /\ tombs = [r \in Replica |-> {}]
    /\ nextTag = 1

(* Replica r adds element e under a fresh tag. *)
Add(r, e) ==
    /\ nextTag <= MaxTag
    /\ adds' = [adds EXCEPT ![r] = @ \cup {<<e, nextTag>>}]
    /\ nextTag' = nextTag + 1
    /\ UNCHANGED tombs

(* Replica r removes element e, which it sees in its set: it tombstones    *)
(* every pair for e it has observed.                                       *)
Remove(r, e) ==
    /\ e \in Lookup(r)
    /\ tombs' = [tombs EXCEPT ![r] = @ \cup {pr \in adds[r] : pr[1] = e}]
    /\ UNCHANGED <<adds, nextTag>>

(* Replica r merges the state of replica s into its own. *)
Merge(r, s) ==
    /\ r # s
    /\ adds' = [adds EXCEPT ![r] = @ \cup adds[s]]
    /\ tombs' = [tombs EXCEPT ![r] = @ \cup tombs[s]]
    /\ UNCHANGED nextTag

Next ==
    \/ \E r \in Replica, e \in Elem : Add(r, e) \/ Remove(r, e)
    \/ \E r, s \in Replica : Merge(r, s)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No tag is paired with two different elements at any replicas. *)
UniqueTags ==
    \A r, s \in Replica, e, f \in Elem, t \in Tag :
        /\ <<e, t>> \in adds[r] \cup tombs[r]
        /\ <<f, t>> \in adds[s] \cup tombs[s]
        => e = f
=============================================================================
