------------------------ MODULE SuzukiKasami_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for SuzukiKasami, used only to check *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* There is at most one token (held or in transit), and a node in its      *)
(* critical section holds it.                                              *)
(***************************************************************************)
EXTENDS SuzukiKasami

(* A node in its critical section holds the token. *)
CsHoldsToken ==
    \A n \in Node : pc[n] = "cs" => tokenAt[n] = "held"

(* The token is at (or on its way to) at most one node. *)
OneToken ==
    \A n, m \in Node : tokenAt[n] # "none" /\ tokenAt[m] # "none" => n = m

IndRef ==
    /\ TypeOK
    /\ Mutex
    /\ CsHoldsToken
    /\ OneToken
=============================================================================
