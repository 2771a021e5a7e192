-------------------------- MODULE WeightedRefCount --------------------------
(***************************************************************************)
(* Weighted reference counting for distributed garbage collection (Bevan,  *)
(* 1987; Watson and Watson, 1987), for one remote object.                  *)
(*                                                                         *)
(* The object's owner keeps its total weight; every reference to the      *)
(* object carries a weight, a power of two, and the weights of all         *)
(* references and messages add up to at most the total.  The object is    *)
(* created with total weight MaxW and one reference of weight MaxW, held   *)
(* by Creator.  A process copies its reference to another process by       *)
(* splitting its weight in halves: it keeps one half and sends the other   *)
(* in a COPY message, without telling the owner (a reference of weight 1   *)
(* cannot be split and is not copied).  A process receiving a COPY adopts  *)
(* it; if it already holds a reference it keeps its own and returns the    *)
(* new weight to the owner.  A process dropping its reference sends a DEC  *)
(* message with its weight to the owner, which subtracts it; once the      *)
(* total is zero the owner collects the object.                            *)
(*                                                                         *)
(* Messages are a set of records: they are delayed, delivered in any order *)
(* and may be lost (a lost message only leaks weight: the object is then   *)
(* never collected).  They are not duplicated.                             *)
(*                                                                         *)
(* Safety: the object is not collected while a reference to it exists,     *)
(* held by a process or in a COPY message in transit.                      *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Proc,      \* the processes that may hold references
    Creator,   \* the process holding the first reference
    MaxW       \* the initial total weight, a power of two

Weight == {w \in 1 .. MaxW : \E k \in 0 .. MaxW : 2^k = w}

ASSUME Creator \in Proc /\ MaxW \in Weight

(* A COPY carries half of its sender's weight. *)
CopyWeight == {w \in Weight : 2 * w <= MaxW}

Msgs ==
    [type : {"copy"}, to : Proc, w : CopyWeight] \cup
    [type : {"dec"}, w : Weight]

VARIABLES
    ref,        \* ref[p]: the weight of p's reference, 0 if p holds none
    total,      \* the owner's total weight
    collected,  \* the owner has collected the object
    msgs        \* COPY and DEC messages in transit

vars == <<ref, total, collected, msgs>>

TypeOK ==
    /\ ref \in [Proc -> {0} \cup Weight]
    /\ total \in 0 .. MaxW
    /\ collected \in BOOLEAN
    /\ msgs \in SUBSET Msgs

Init ==
    /\ ref = [p \in Proc |-> IF p = Creator THEN MaxW ELSE 0]
    /\ total = MaxW
    /\ collected = FALSE
    /\ msgs = {}

(* p copies its reference to q: it keeps half its weight and sends the    *)
(* other half.                                                              *)
Copy(p, q) ==
    /\ p # q
    /\ ref[p] >= 2
    /\ ref' = [ref EXCEPT ![p] = ref[p] \div 2]
    /\ msgs' = msgs \cup {[type |-> "copy", to |-> q, w |-> ref[p] \div 2]}
    /\ UNCHANGED <<total, collected>>

(* A COPY reaches its destination, which adopts the reference, or returns *)
(* its weight to the owner if it already holds one.                        *)
ReceiveCopy(m) ==
    /\ m \in msgs
    /\ m.type = "copy"
    /\ IF ref[m.to] = 0
         THEN /\ ref' = [ref EXCEPT ![m.to] = m.w]
              /\ msgs' = msgs \ {m}
         ELSE /\ msgs' = (msgs \ {m}) \cup {[type |-> "dec", w |-> m.w]}
              /\ UNCHANGED ref
    /\ UNCHANGED <<total, collected>>

(* p drops its reference and sends its weight back to the owner. *)
Drop(p) ==
    /\ ref[p] > 0
    /\ ref' = [ref EXCEPT ![p] = 0]
    /\ msgs' = msgs \cup {[type |-> "dec", w |-> ref[p]]}
    /\ UNCHANGED <<total, collected>>

(* The owner receives a DEC and subtracts its weight. *)
ReceiveDec(m) ==
    /\ m \in msgs
    /\ m.type = "dec"
    /\ m.w <= total
    /\ total' = total - m.w
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<ref, collected>>

(* The total weight is zero: the owner collects the object. *)
Collect ==
    /\ ~collected
    /\ total = 0
    /\ collected' = TRUE
    /\ UNCHANGED <<ref, total, msgs>>

(* The network loses a message. *)
Lose(m) ==
    /\ m \in msgs
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<ref, total, collected>>

Next ==
    \/ \E p, q \in Proc : Copy(p, q)
    \/ \E p \in Proc : Drop(p)
    \/ \E m \in msgs : ReceiveCopy(m) \/ ReceiveDec(m) \/ Lose(m)
    \/ Collect

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* The object is not collected while a reference to it is held or is in a *)
(* COPY in transit.                                                         *)
NoCollectionWhileReferenced ==
    collected =>
        /\ \A p \in Proc : ref[p] = 0
        /\ \A m \in msgs : m.type # "copy"
=============================================================================
