------------------------- MODULE TokenRing_Reference -------------------------
(***************************************************************************)
(* A hand-written inductive invariant for TokenRing, used only to check    *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* There is at most one token: at most one holder, at most one message in  *)
(* transit, and never both a holder and a message.  A node in its critical *)
(* section holds the token.                                                *)
(***************************************************************************)
EXTENDS TokenRing

(* A node in its critical section holds the token. *)
CsHoldsToken ==
    \A n \in Node : pc[n] = "cs" => hasToken[n]

(* At most one node holds the token. *)
OneHolder ==
    \A n, m \in Node : hasToken[n] /\ hasToken[m] => n = m

(* At most one token is in transit. *)
OneInTransit ==
    \A n, m \in Node : n \in msgs /\ m \in msgs => n = m

(* While a token is in transit, no node holds one. *)
HeldOrInTransit ==
    \A n, m \in Node : ~(hasToken[n] /\ m \in msgs)

IndRef ==
    /\ TypeOK
    /\ Mutex
    /\ CsHoldsToken
    /\ OneHolder
    /\ OneInTransit
    /\ HeldOrInTransit
=============================================================================
