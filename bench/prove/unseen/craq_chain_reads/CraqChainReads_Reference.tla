------------------------ MODULE CraqChainReads_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for CraqChainReads, used only to     *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* Acknowledgements are only ever sent for versions the tail has stored,   *)
(* and the tail's newest version only grows, so every acknowledgement in   *)
(* flight and every version a node has marked clean is committed.          *)
(***************************************************************************)
EXTENDS CraqChainReads

(* A version a non-tail node has marked clean is committed at the tail. *)
CleanIsCommitted ==
    \A n \in 1 .. (N - 1) : clean[n] <= ver[Tail]

(* An acknowledgement in flight is for a version committed at the tail. *)
AckIsCommitted ==
    \A m \in acks : m.ver <= ver[Tail]

IndRef ==
    /\ TypeOK
    /\ ReadsCommitted
    /\ CleanIsCommitted
    /\ AckIsCommitted
=============================================================================
