-------------------------- MODULE RaftLogMatching --------------------------
(***************************************************************************)
(* Raft's AppendEntries consistency check and the Log Matching property    *)
(* (Ongaro and Ousterhout, "In Search of an Understandable Consensus       *)
(* Algorithm", section 5.3).                                               *)
(*                                                                         *)
(* Only log replication is modelled.  Elections are abstracted away: each  *)
(* term has a fixed leader (round-robin over the nodes), and a node starts  *)
(* acting as leader of term t by moving its currentTerm up to t.  A node   *)
(* acts as leader while its currentTerm is a term it leads.  Terms and     *)
(* log lengths are bounded.  A log is a sequence of entry terms.           *)
(*                                                                         *)
(*  - A leader appends client entries carrying its current term.           *)
(*  - A leader sends the entry at some index i of its log together with   *)
(*    prevLogIndex = i-1 and prevLogTerm = the term of its entry at i-1.   *)
(*    A follower whose term is not newer adopts the leader's term; it      *)
(*    accepts the entry only if its own log has an entry at prevLogIndex   *)
(*    with term prevLogTerm (or prevLogIndex = 0).  If it already has an   *)
(*    entry at i with the same term it keeps its log as it is; otherwise   *)
(*    it deletes the conflicting entry and all that follow, and appends    *)
(*    the new entry.  Otherwise it rejects the request.                    *)
(*  - A follower with a newer term rejects the request, and the leader     *)
(*    steps down by adopting that term from the reply.                     *)
(*                                                                         *)
(* One AppendEntries round trip is one atomic step between a leader and a  *)
(* follower.  Leaders choose freely which index to send (nextIndex is not  *)
(* modelled), so requests are effectively reordered, repeated or never     *)
(* sent.  A deposed leader that has not yet heard of a newer term still    *)
(* acts as leader, and its stale requests are accepted by followers that   *)
(* have not heard of the newer term either.                                *)
(*                                                                         *)
(* Safety (Log Matching): if two logs contain an entry with the same index *)
(* and term, then the logs are identical in all entries up through that    *)
(* index.                                                                  *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS
    N,          \* number of nodes; nodes are 1..N
    MaxTerm,    \* terms are 1..MaxTerm
    MaxLen      \* bound on log length

Node == 1..N
Term == 1..MaxTerm

(* The fixed leader of term t. *)
Leader(t) == ((t - 1) % N) + 1

(* Logs of at most MaxLen entries, each entry being the term it was created in. *)
Log == UNION {[1..n -> Term] : n \in 0..MaxLen}

VARIABLES
    currentTerm,    \* currentTerm[n]: the latest term node n has seen (0: none yet)
    log             \* log[n]: node n's log

vars == << currentTerm, log >>

TypeOK ==
    /\ currentTerm \in [Node -> 0..MaxTerm]
    /\ log \in [Node -> Log]

Init ==
    /\ currentTerm = [n \in Node |-> 0]
    /\ log = [n \in Node |-> << >>]

(* Node n acts as the leader of its current term. *)
IsLeader(n) == currentTerm[n] > 0 /\ Leader(currentTerm[n]) = n

(* The term of the entry at index i of log l (0 for index 0). *)
TermAt(l, i) == IF i = 0 THEN 0 ELSE l[i]

-----------------------------------------------------------------------------

(* Node n becomes the leader of term t, which it leads (election abstracted). *)
BecomeLeader(n, t) ==
    /\ Leader(t) = n
    /\ currentTerm[n] < t
    /\ currentTerm' = [currentTerm EXCEPT ![n] = t]
    /\ UNCHANGED log

(* Leader n appends a client entry in its current term. *)
ClientRequest(n) ==
    /\ IsLeader(n)
    /\ Len(log[n]) < MaxLen
    /\ log' = [log EXCEPT ![n] = Append(@, currentTerm[n])]
    /\ UNCHANGED currentTerm

(* Leader n sends follower f its entry at index i, with prevLogIndex i-1    *)
(* and prevLogTerm; f adopts n's term and applies the consistency check.    *)
AppendEntries(n, f, i) ==
    LET prevLogIndex == i - 1
        prevLogTerm  == TermAt(log[n], prevLogIndex)
        entry        == log[n][i]
        matches      == /\ prevLogIndex <= Len(log[f])
                        /\ TermAt(log[f], prevLogIndex) = prevLogTerm
        present      == i <= Len(log[f]) /\ log[f][i] = entry
    IN
    /\ IsLeader(n)
    /\ f # n
    /\ i \in 1..Len(log[n])
    /\ currentTerm[f] <= currentTerm[n]
    /\ currentTerm' = [currentTerm EXCEPT ![f] = currentTerm[n]]
    /\ log' = [log EXCEPT ![f] =
                 IF matches /\ ~present
                   THEN Append(SubSeq(log[f], 1, prevLogIndex), entry)
                   ELSE log[f]]

(* Follower f has a newer term: it rejects, and leader n steps down. *)
StepDown(n, f) ==
    /\ IsLeader(n)
    /\ f # n
    /\ currentTerm[f] > currentTerm[n]
    /\ currentTerm' = [currentTerm EXCEPT ![n] = currentTerm[f]]
    /\ UNCHANGED log

Next ==
    \/ \E n \in Node, t \in Term : BecomeLeader(n, t)
    \/ \E n \in Node : ClientRequest(n)
    \/ \E n, f \in Node, i \in 1..MaxLen : AppendEntries(n, f, i)
    \/ \E n, f \in Node : StepDown(n, f)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* If two logs have an entry with the same index and term, they are identical up to that index. *)
LogMatching ==
    \A a, b \in Node : \A i \in 1..MaxLen :
        (/\ i <= Len(log[a])
         /\ i <= Len(log[b])
         /\ log[a][i] = log[b][i])
        => \A j \in 1..i : log[a][j] = log[b][j]

=============================================================================
