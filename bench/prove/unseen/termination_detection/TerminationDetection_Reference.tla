------------------- MODULE TerminationDetection_Reference -------------------
(***************************************************************************)
(* A hand-written inductive invariant for TerminationDetection, used only  *)
(* to check that the benchmark has one; never given to the tool under      *)
(* test.                                                                   *)
(*                                                                         *)
(* Dijkstra's invariant: either every node the token has already visited   *)
(* in this probe (those above tpos) is passive with no unacknowledged      *)
(* message, or some node not yet visited (0 .. tpos) is black, or the      *)
(* token is black.  A node whose pending message goes to a higher node is  *)
(* black, which keeps the invariant when that message activates a visited  *)
(* node.                                                                   *)
(***************************************************************************)
EXTENDS TerminationDetection

(* A node with an unacknowledged message to a higher node is black. *)
UpwardSenderBlack ==
    \A i \in Node : out[i] > i => color[i] = "black"

(* Dijkstra's probe invariant. *)
ProbeInvariant ==
    \/ \A i \in tpos+1 .. N-1 : ~active[i] /\ out[i] = NoMsg
    \/ \E j \in 0 .. tpos : color[j] = "black"
    \/ tcolor = "black"

IndRef ==
    /\ TypeOK
    /\ TerminationCorrect
    /\ UpwardSenderBlack
    /\ ProbeInvariant
=============================================================================
