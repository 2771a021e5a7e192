-------------------- MODULE CarvalhoRoucairol_Reference --------------------
(***************************************************************************)
(* A hand-written inductive invariant for CarvalhoRoucairol, used only to  *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* The permission of each pair is in exactly one place: with one of the    *)
(* two processes or in a REPLY on its way.  A process in its critical      *)
(* section holds every permission.  The delicate case is a REQUEST that    *)
(* reaches a process not holding the permission (it was given away, and    *)
(* the REPLY is overtaken by a new REQUEST): the receiver is then          *)
(* requesting with an earlier request, so it defers instead of replying    *)
(* with a permission it does not have; Lamport clocks see to that, as a    *)
(* process that gave a permission away has seen the timestamp of the       *)
(* request it answered.                                                    *)
(***************************************************************************)
EXTENDS CarvalhoRoucairol

(* A process in its critical section holds every permission. *)
InCSHoldsAll ==
    \A i \in Proc : st[i] = "cs" => \A j \in Proc \ {i} : auth[<<i, j>>]

(* The permission of the pair {i, j} is in exactly one place: with i,     *)
(* with j, or in a REPLY from one to the other.                           *)
OnePermission ==
    \A i, j \in Proc : i # j =>
        /\ auth[<<i, j>>] \/ auth[<<j, i>>] \/ repMsg[<<i, j>>] \/ repMsg[<<j, i>>]
        /\ ~(auth[<<i, j>>] /\ auth[<<j, i>>])
        /\ repMsg[<<i, j>>] => ~auth[<<i, j>>] /\ ~auth[<<j, i>>] /\ ~repMsg[<<j, i>>]

(* A REQUEST from i to j in transit carries i's current timestamp; i is   *)
(* waiting and neither holds the permission nor has it on its way; and j  *)
(* holds the permission or is waiting with an earlier request.            *)
RequestInTransit ==
    \A i, j \in Proc : i # j /\ reqMsg[<<i, j>>] # 0 =>
        /\ st[i] = "wait"
        /\ reqMsg[<<i, j>>] = ts[i]
        /\ ~auth[<<i, j>>]
        /\ ~repMsg[<<j, i>>]
        /\ \/ auth[<<j, i>>]
           \/ st[j] = "wait" /\ Before(ts[j], j, ts[i], i)

(* A REPLY from i goes to a waiting j, and i has seen j's timestamp.      *)
ReplyToWaiter ==
    \A i, j \in Proc : i # j /\ repMsg[<<i, j>>] =>
        st[j] = "wait" /\ clock[i] >= ts[j]

(* If i has deferred j, j is waiting and has no other REQUEST to i in     *)
(* transit, i is requesting or in its critical section, holds the         *)
(* permission or has it on its way, and has seen j's timestamp.           *)
DeferredHeld ==
    \A i, j \in Proc : i # j /\ deferred[<<i, j>>] =>
        /\ st[i] # "out"
        /\ st[j] = "wait"
        /\ auth[<<i, j>>] \/ repMsg[<<j, i>>]
        /\ reqMsg[<<j, i>>] = 0
        /\ clock[i] >= ts[j]

IndRef ==
    /\ TypeOK
    /\ Mutex
    /\ InCSHoldsAll
    /\ OnePermission
    /\ RequestInTransit
    /\ ReplyToWaiter
    /\ DeferredHeld
=============================================================================
