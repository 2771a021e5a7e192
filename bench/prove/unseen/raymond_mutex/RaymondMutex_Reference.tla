----------------------- MODULE RaymondMutex_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for RaymondMutex, used only to check *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* The token is held by exactly the node whose holder pointer points at    *)
(* itself, so at most one node points at itself, and only that node can   *)
(* be in its critical section.                                             *)
(***************************************************************************)
EXTENDS RaymondMutex

(* A node in its critical section holds the token. *)
UsingHoldsToken ==
    \A i \in Node : using[i] => holder[i] = i

(* At most one node holds the token (points at itself). *)
OneTokenHolder ==
    \A i, j \in Node : holder[i] = i /\ holder[j] = j => i = j

IndRef ==
    /\ TypeOK
    /\ Mutex
    /\ UsingHoldsToken
    /\ OneTokenHolder
=============================================================================
