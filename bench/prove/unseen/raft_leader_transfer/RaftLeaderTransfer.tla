------------------------ MODULE RaftLeaderTransfer ------------------------
(***************************************************************************)
(* Raft leader election with leadership transfer (Ongaro, "Consensus:     *)
(* Bridging Theory and Practice", 2014, section 3.10; etcd/raft's         *)
(* MsgTimeoutNow).                                                        *)
(*                                                                         *)
(* Time is divided into terms.  A follower whose election timer fires     *)
(* starts the next term as a candidate, votes for itself and asks the     *)
(* other servers for their votes.  A server grants at most one vote per   *)
(* term; any server that sees a later term adopts it and becomes a        *)
(* follower.  A candidate with votes from a majority becomes leader.      *)
(*                                                                         *)
(* To hand leadership over, the leader stops accepting client requests    *)
(* and sends TimeoutNow to a target follower.  The target, if it is still *)
(* in the leader's term, does not wait for its election timer: it starts  *)
(* an election in the next term at once.  Meanwhile other followers may  *)
(* time out on their own and compete in that same term.                   *)
(*                                                                         *)
(* The model starts from a cluster that has a leader in term 1 (its       *)
(* election is the subject of the plain election model) and follows the  *)
(* elections of the later terms, up to MaxTerm.  Vote grants and          *)
(* TimeoutNow are messages in a set that is never emptied (loss,          *)
(* duplication, reordering, delay).  A server's vote in a term is the     *)
(* grant it sent (a candidate's vote is for itself); the log and its      *)
(* up-to-date check are abstracted into the choice to refuse a vote, and  *)
(* client requests are not modelled.  A RequestVote is broadcast when a   *)
(* candidate starts its election and is answered while the candidate is   *)
(* campaigning; a voter handling it reads the candidate's term.           *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Server,   \* The servers.
    MaxTerm   \* No election is started beyond this term.

ASSUME MaxTerm \in Nat /\ MaxTerm >= 2

VARIABLES
    currentTerm,  \* currentTerm[i]: the latest term server i has seen.
    role,         \* role[i]: "Follower", "Candidate" or "Leader".
    msgs          \* The vote grants and TimeoutNow messages sent so far.

vars == <<currentTerm, role, msgs>>

Terms == 1..MaxTerm
ElectionTerms == 2..MaxTerm      \* Terms in which elections take place.
TransferTerms == 1..MaxTerm - 1  \* Terms in which a leader can hand over.

Messages ==
    {m \in [type : {"Vote"}, term : ElectionTerms, src : Server, dst : Server] : m.src # m.dst}
    \cup
    [type : {"TimeoutNow"}, term : TransferTerms, dst : Server]

TypeOK ==
    /\ currentTerm \in [Server -> Terms]
    /\ role \in [Server -> {"Follower", "Candidate", "Leader"}]
    /\ msgs \in SUBSET Messages

Quorum == {Q \in SUBSET Server : Cardinality(Q) * 2 > Cardinality(Server)}

Init ==
    /\ currentTerm = [i \in Server |-> 1]
    /\ \E l \in Server :
          role = [i \in Server |-> IF i = l THEN "Leader" ELSE "Follower"]
    /\ msgs = {}

(* Server i has granted its vote to some other server in term t. *)
HasVoted(i, t) == \E m \in msgs : m.type = "Vote" /\ m.src = i /\ m.term = t

(* The votes candidate i has received in term t, its own included. *)
VotesFor(i, t) ==
    {i} \cup {m.src : m \in {m \in msgs : m.type = "Vote" /\ m.term = t /\ m.dst = i}}

-----------------------------------------------------------------------------
(* Server i starts an election in the next term: it votes for itself. *)
StartElection(i) ==
    /\ currentTerm' = [currentTerm EXCEPT ![i] = currentTerm[i] + 1]
    /\ role' = [role EXCEPT ![i] = "Candidate"]

(* The election timer of follower or candidate i fires. *)
Timeout(i) ==
    /\ role[i] \in {"Follower", "Candidate"}
    /\ currentTerm[i] < MaxTerm
    /\ StartElection(i)
    /\ UNCHANGED msgs

(***************************************************************************)
(* Leader l hands leadership over to follower j: it stops accepting       *)
(* client requests (not modelled) and sends TimeoutNow to j.              *)
(***************************************************************************)
SendTimeoutNow(l, j) ==
    /\ role[l] = "Leader"
    /\ j # l
    /\ currentTerm[l] < MaxTerm
    /\ msgs' = msgs \cup {[type |-> "TimeoutNow", term |-> currentTerm[l], dst |-> j]}
    /\ UNCHANGED <<currentTerm, role>>

(***************************************************************************)
(* Follower j receives TimeoutNow from the leader of its current term and *)
(* starts an election at once.  A TimeoutNow from an older term is stale  *)
(* and ignored.                                                           *)
(***************************************************************************)
ReceiveTimeoutNow(j, m) ==
    /\ m.type = "TimeoutNow"
    /\ m.dst = j
    /\ m.term = currentTerm[j]
    /\ role[j] = "Follower"
    /\ currentTerm[j] < MaxTerm
    /\ StartElection(j)
    /\ UNCHANGED msgs

(***************************************************************************)
(* Server i handles the RequestVote of candidate c, of term t.  If t is   *)
(* later than its own term, i adopts it and becomes a follower (a leader  *)
(* or candidate of an older term steps down).  It grants its vote if it   *)
(* is a follower of term t that has not voted in t yet, and `grant' holds *)
(* (the log check may refuse the vote).  Requests of older terms are      *)
(* ignored.                                                               *)
(***************************************************************************)
HandleRequestVote(i, c, grant) ==
    LET t == currentTerm[c] IN
    /\ i # c
    /\ role[c] = "Candidate"
    /\ t \in ElectionTerms   \* Term 1 (the initial leader's) has no election.
    /\ t >= currentTerm[i]
    /\ \/ t > currentTerm[i]
       \/ role[i] = "Follower" /\ grant
    /\ currentTerm' = [currentTerm EXCEPT ![i] = t]
    /\ role' = [role EXCEPT ![i] = "Follower"]
    /\ IF grant /\ ~HasVoted(i, t)
          THEN msgs' = msgs \cup {[type |-> "Vote", term |-> t, src |-> i, dst |-> c]}
          ELSE UNCHANGED msgs

(* Candidate i has votes from a quorum in its term and becomes leader. *)
BecomeLeader(i) ==
    /\ role[i] = "Candidate"
    /\ VotesFor(i, currentTerm[i]) \in Quorum
    /\ role' = [role EXCEPT ![i] = "Leader"]
    /\ UNCHANGED <<currentTerm, msgs>>

Next ==
    \/ \E i \in Server : Timeout(i)
    \/ \E l, j \in Server : SendTimeoutNow(l, j)
    \/ \E j \in Server, m \in msgs : ReceiveTimeoutNow(j, m)
    \/ \E i, c \in Server, grant \in BOOLEAN : HandleRequestVote(i, c, grant)
    \/ \E i \in Server : BecomeLeader(i)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Election Safety: at most one leader per term. *)
AtMostOneLeaderPerTerm ==
    \A i, j \in Server :
        role[i] = "Leader" /\ role[j] = "Leader" /\ currentTerm[i] = currentTerm[j]
            => i = j
=============================================================================
