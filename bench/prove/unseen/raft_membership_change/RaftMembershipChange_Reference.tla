------------------- MODULE RaftMembershipChange_Reference -------------------
(* An inductive invariant for AtMostOneLeaderPerTerm. *)
EXTENDS RaftMembershipChange

(* Leaders have started a term: their term is at least 1. *)
LeaderTermPositive ==
    \A i \in Server : state[i] = "Leader" => currentTerm[i] >= 1

(* A server with a configuration entry belongs to its own latest           *)
(* configuration: leaders only replicate to the members of their latest    *)
(* configuration and never remove themselves.                              *)
MemberOfOwnConfig ==
    \A i \in Server : log[i] # <<>> => i \in Config(i)

(* The quorums that server i could win an election with, terms aside: the  *)
(* quorums of its latest configuration whose members all find i's log at   *)
(* least as up-to-date as their own.                                       *)
Electable(i) == {Q \in Quorums(Config(i)) : \A k \in Q : UpToDate(i, k)}

(* No two servers could win elections with disjoint quorums.  This is what *)
(* single-server changes, the commit rule for changes and the up-to-date   *)
(* check achieve together.                                                 *)
ElectableQuorumsIntersect ==
    \A i, j \in Server : i # j =>
        \A Qi \in Electable(i), Qj \in Electable(j) : Qi \cap Qj # {}

(* A leader that has not yet appended an entry of its term still has the   *)
(* quorum of its configuration that elected it: all its members have seen  *)
(* its term, and those still in that term find its log up-to-date.         *)
LeaderQuorum ==
    \A i \in Server : state[i] = "Leader" /\ LastTerm(i) # currentTerm[i] =>
        \E Q \in Quorums(Config(i)) : \A k \in Q :
            \/ currentTerm[k] > currentTerm[i]
            \/ currentTerm[k] = currentTerm[i] /\ UpToDate(i, k)

(* Nobody can still win the term of a current leader: every quorum of the  *)
(* configuration of a server behind that term contains a server that has   *)
(* seen the term or whose log is more up-to-date than the server's.         *)
LeaderBlocks ==
    \A i, j \in Server :
        state[i] = "Leader" /\ currentTerm[j] < currentTerm[i] =>
            \A Q \in Quorums(Config(j)) :
                \E k \in Q : currentTerm[k] >= currentTerm[i] \/ ~UpToDate(j, k)

IndRef ==
    /\ TypeOK
    /\ AtMostOneLeaderPerTerm
    /\ LeaderTermPositive
    /\ MemberOfOwnConfig
    /\ ElectableQuorumsIntersect
    /\ LeaderQuorum
    /\ LeaderBlocks
=============================================================================
