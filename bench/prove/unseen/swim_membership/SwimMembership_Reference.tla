------------------------ MODULE SwimMembership_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for SwimMembership, used only to     *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* A suspect message is made from a view, which is not ahead by the       *)
(* safety property, and an alive message carries the incarnation its node *)
(* has just moved to; incarnations only grow, so no gossip in the network *)
(* is ahead of the node it is about, and adopting it keeps views behind.  *)
(***************************************************************************)
EXTENDS SwimMembership

(* No gossip message carries an incarnation above its node's own. *)
MsgsNotAhead ==
    \A msg \in msgs : msg.inc <= inc[msg.node]

IndRef ==
    /\ TypeOK
    /\ ViewsNotAhead
    /\ MsgsNotAhead
=============================================================================
