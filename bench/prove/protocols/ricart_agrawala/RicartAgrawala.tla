--------------------------- MODULE RicartAgrawala ---------------------------
(***************************************************************************)
(* The Ricart-Agrawala distributed mutual exclusion algorithm (CACM, 1981) *)
(* in the abstract form, without timestamps, common in invariant-inference *)
(* benchmarks.                                                             *)
(*                                                                         *)
(* A node that wants the critical section sends a request to every other   *)
(* node and enters once every other node has replied.  A node replies to a *)
(* request unless it is in the critical section itself or it holds a reply *)
(* from the requester (which stands for "its own request has priority");   *)
(* the replies it withholds are sent when it leaves.  On leaving, a node   *)
(* gives up the replies it had collected.                                  *)
(***************************************************************************)
CONSTANT Node   \* The nodes competing for the critical section.

(* The ordered pairs of distinct nodes: requests and replies between them. *)
Pair == {p \in Node \X Node : p[1] # p[2]}

VARIABLES
    requested,   \* Requests in flight, as <<requester, responder>>.
    replied,     \* Replies held, as <<requester, responder>>: responder said yes.
    holds        \* The nodes in the critical section.

vars == <<requested, replied, holds>>

TypeOK ==
    /\ requested \in SUBSET Pair
    /\ replied \in SUBSET Pair
    /\ holds \in SUBSET Node

Init ==
    /\ requested = {}
    /\ replied = {}
    /\ holds = {}

(* Node i asks node j for permission to enter. *)
Request(i, j) ==
    /\ <<i, j>> \in Pair
    /\ <<i, j>> \notin requested
    /\ requested' = requested \cup {<<i, j>>}
    /\ UNCHANGED <<replied, holds>>

(* Node j answers i's request: it is not in the critical section and has   *)
(* no reply from i, so i's request comes first.                            *)
Reply(i, j) ==
    /\ <<i, j>> \in requested
    /\ <<i, j>> \notin replied
    /\ <<j, i>> \notin replied
    /\ j \notin holds
    /\ requested' = requested \ {<<i, j>>}
    /\ replied' = replied \cup {<<i, j>>}
    /\ UNCHANGED holds

(* Node i has replies from every other node and enters. *)
Enter(i) ==
    /\ \A j \in Node \ {i} : <<i, j>> \in replied
    /\ holds' = holds \cup {i}
    /\ UNCHANGED <<requested, replied>>

(* Node i leaves the critical section and gives up its replies. *)
Leave(i) ==
    /\ i \in holds
    /\ holds' = holds \ {i}
    /\ replied' = {p \in replied : p[1] # i}
    /\ UNCHANGED requested

Next ==
    \/ \E i, j \in Node : Request(i, j) \/ Reply(i, j)
    \/ \E i \in Node : Enter(i) \/ Leave(i)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Mutual exclusion: at most one node is in the critical section. *)
Mutex ==
    \A i, j \in holds : i = j
=============================================================================
