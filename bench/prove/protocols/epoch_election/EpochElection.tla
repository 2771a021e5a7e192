---------------------------- MODULE EpochElection ----------------------------
(***************************************************************************)
(* Leader election by majority vote in numbered epochs: the election of    *)
(* Raft (Ongaro and Ousterhout, 2014), whose epochs are its terms, over    *)
(* several terms and without messages.                                     *)
(*                                                                         *)
(* In every epoch, every node votes at most once, for any candidate; a     *)
(* candidate that holds the votes of a majority of the nodes in an epoch   *)
(* becomes the leader of that epoch.  Two majorities share a node, which   *)
(* voted only once, so every epoch has at most one leader.                 *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Node,       \* The nodes; each is both a voter and a candidate.
    MaxEpoch,   \* The epochs are 1..MaxEpoch.
    None        \* The vote of a node that has not voted.

ASSUME MaxEpoch \in Nat /\ None \notin Node

Epoch == 1..MaxEpoch

(* S is a majority of the nodes. *)
Majority(S) == 2 * Cardinality(S) > Cardinality(Node)

VARIABLES
    vote,      \* vote[<<n, e>>]: the candidate n voted for in epoch e, or None.
    elected    \* <<e, c>> \in elected: c became the leader of epoch e.

vars == <<vote, elected>>

TypeOK ==
    /\ vote \in [Node \X Epoch -> Node \cup {None}]
    /\ elected \in SUBSET (Epoch \X Node)

Init ==
    /\ vote = [x \in Node \X Epoch |-> None]
    /\ elected = {}

(* The nodes that voted for c in epoch e. *)
VotesFor(c, e) == {n \in Node : vote[<<n, e>>] = c}

(* Node n, which has not voted in epoch e, votes for candidate c. *)
Vote(n, e, c) ==
    /\ vote[<<n, e>>] = None
    /\ vote' = [vote EXCEPT ![<<n, e>>] = c]
    /\ UNCHANGED elected

(* Candidate c, voted for by a majority in epoch e, becomes its leader. *)
BecomeLeader(c, e) ==
    /\ Majority(VotesFor(c, e))
    /\ elected' = elected \cup {<<e, c>>}
    /\ UNCHANGED vote

Next ==
    \E e \in Epoch, c \in Node :
        \/ BecomeLeader(c, e)
        \/ \E n \in Node : Vote(n, e, c)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Every epoch has at most one leader. *)
OneLeaderPerEpoch ==
    \A e \in Epoch, c, d \in Node :
        (<<e, c>> \in elected /\ <<e, d>> \in elected) => c = d
=============================================================================
