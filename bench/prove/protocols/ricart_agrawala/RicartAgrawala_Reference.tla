----------------------- MODULE RicartAgrawala_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for RicartAgrawala, used only to     *)
(* check that the benchmark has one; never given to the tool under test.   *)
(***************************************************************************)
EXTENDS RicartAgrawala

(* A node in the critical section holds a reply from every other node. *)
HolderHasAllReplies ==
    \A i \in holds, j \in Node : i # j => <<i, j>> \in replied

(* Two nodes never hold replies from each other. *)
RepliesOneWay ==
    \A i, j \in Node : ~(<<i, j>> \in replied /\ <<j, i>> \in replied)

IndRef ==
    /\ TypeOK
    /\ Mutex
    /\ HolderHasAllReplies
    /\ RepliesOneWay
=============================================================================
