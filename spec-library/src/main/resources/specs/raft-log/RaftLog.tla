------------------------------ MODULE RaftLog ------------------------------
(***************************************************************************)
(* Raft log replication, after Ongaro and Ousterhout, "In Search of an     *)
(* Understandable Consensus Algorithm" (USENIX ATC 2014), sections 5.2 to  *)
(* 5.4 and figures 2, 3 and 8.                                             *)
(*                                                                         *)
(* A fixed set of servers keeps a replicated log of client commands.  Time *)
(* is divided into numbered terms, and in each term at most one leader is  *)
(* elected by a majority of votes.  The leader appends client commands to  *)
(* its own log and copies them to the other servers with AppendEntries     *)
(* calls; a follower accepts an entry only if its log agrees with the      *)
(* leader's on the entry just before it.  Once the leader knows that an    *)
(* entry of its own term is stored on a majority, that entry and all       *)
(* entries before it are committed and may be applied to the state         *)
(* machines.  An entry of an earlier term is never committed by counting   *)
(* its replicas: it becomes committed only indirectly, when an entry of    *)
(* the current term after it is committed (section 5.4.2).  Without that   *)
(* rule a committed entry can be overwritten by a later leader, which is   *)
(* the scenario of figure 8 of the paper and the seeded bug of variant     *)
(* RaftLog_CommitOldTerm.                                                  *)
(*                                                                         *)
(* Level of abstraction.                                                   *)
(*  - A log entry is represented by the term in which it was created.  A   *)
(*    leader creates at most one entry per index, so the pair (index,      *)
(*    term) identifies a client command.                                   *)
(*  - An election is a single step in which a candidate collects the votes *)
(*    of a majority.  Failed elections (split votes, lost RequestVote      *)
(*    calls) only use up term numbers and are left out.  The vote rules    *)
(*    are kept: a server votes at most once per term, and only for a       *)
(*    candidate whose log is at least as up-to-date as its own.            *)
(*  - An AppendEntries call is a single step: the request is delivered and *)
(*    its reply processed together.  It carries at most one entry.         *)
(*    Instead of keeping a nextIndex that is decremented after every       *)
(*    rejection, the leader may send from any prevLogIndex; a call whose   *)
(*    consistency check fails changes nothing and is not a step.           *)
(*                                                                         *)
(* Failures modelled.  Any call may happen at any time, in any order, any  *)
(* number of times, or never: this covers message loss, delay, reordering, *)
(* duplication and network partitions.  A server may crash and restart at  *)
(* any time: it keeps the state Raft stores on disk (currentTerm and its   *)
(* log) and loses its volatile state (its role, matchIndex and            *)
(* commitIndex).  A server that crashes for good simply takes no more      *)
(* steps.  Servers do not lie (no Byzantine faults).                       *)
(*                                                                         *)
(* The model is finite because no election is held beyond term MaxTerm and *)
(* leaders accept no client command beyond log length MaxLogLength.        *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, TLC

CONSTANTS
    Server,         \* the set of servers
    MaxTerm,        \* no election is held for a term beyond MaxTerm
    MaxLogLength    \* leaders accept no client command beyond this log length

ASSUME /\ MaxTerm \in Nat \ {0}
       /\ MaxLogLength \in Nat \ {0}

Follower == "Follower"
Leader   == "Leader"

VARIABLES
    currentTerm,    \* currentTerm[i]: the latest term server i has seen (on disk)
    log,            \* log[i]: server i's log, a sequence of entry terms (on disk)
    state,          \* state[i]: Follower or Leader (volatile)
    commitIndex,    \* commitIndex[i]: highest index i knows to be committed (volatile)
    matchIndex,     \* matchIndex[i][j]: highest index leader i knows j stores (volatile)
    committed       \* history variable for the invariants, see below

(***************************************************************************)
(* The history variable committed is not part of the algorithm and no      *)
(* action reads it.  It records every entry a leader has committed, with   *)
(* the term in which that happened, as a record                            *)
(* [index |-> n, term |-> entry term, commitTerm |-> leader's term].       *)
(***************************************************************************)

vars == <<currentTerm, log, state, commitIndex, matchIndex, committed>>

Terms   == 0..MaxTerm
Indexes == 1..MaxLogLength
Perms   == Permutations(Server)

Min(a, b) == IF a <= b THEN a ELSE b
Max(a, b) == IF a >= b THEN a ELSE b
MaxOf(S)  == CHOOSE m \in S : \A n \in S : m >= n

IsMajority(S) == 2 * Cardinality(S) > Cardinality(Server)

(* The sets of servers that form a majority. *)
Quorum == {Q \in SUBSET Server : IsMajority(Q)}

LastTerm(l) == IF Len(l) = 0 THEN 0 ELSE l[Len(l)]

(* Log l1 is a prefix of log l2. *)
IsPrefix(l1, l2) == Len(l1) <= Len(l2) /\ l1 = SubSeq(l2, 1, Len(l1))

NoMatch == [j \in Server |-> 0]

CommitRecord == [index : Indexes, term : 1..MaxTerm, commitTerm : 1..MaxTerm]

TypeOK ==
    /\ currentTerm \in [Server -> Terms]
    /\ log         \in [Server -> Seq(1..MaxTerm)]
    /\ \A i \in Server : Len(log[i]) <= MaxLogLength
    /\ state       \in [Server -> {Follower, Leader}]
    /\ commitIndex \in [Server -> 0..MaxLogLength]
    /\ matchIndex  \in [Server -> [Server -> 0..MaxLogLength]]
    /\ committed   \subseteq CommitRecord

Init ==
    /\ currentTerm = [i \in Server |-> 0]
    /\ log         = [i \in Server |-> <<>>]
    /\ state       = [i \in Server |-> Follower]
    /\ commitIndex = [i \in Server |-> 0]
    /\ matchIndex  = [i \in Server |-> NoMatch]
    /\ committed   = {}

-----------------------------------------------------------------------------
(***************************************************************************)
(* Terms and elections.                                                    *)
(***************************************************************************)

(* Candidate i's log is at least as up-to-date as server j's log: its last *)
(* entry has a higher term, or the same term and i's log is at least as    *)
(* long (section 5.4.1).                                                   *)
LogOk(i, j) ==
    \/ LastTerm(log[i]) > LastTerm(log[j])
    \/ /\ LastTerm(log[i]) = LastTerm(log[j])
       /\ Len(log[i]) >= Len(log[j])

(* Server i's election timer fires and i wins the election with the votes  *)
(* of the majority voters, its own included.  The new term is one more     *)
(* than the highest term any voter has seen, so no voter has voted in it   *)
(* yet; every voter grants its vote because i's log is at least as         *)
(* up-to-date as its own.  The voters adopt the new term, which is how a   *)
(* server records its vote, and become followers; servers outside the     *)
(* majority learn of the term later.  i may itself be the leader of an     *)
(* older term that has crashed or stepped down in the meantime.            *)
BecomeLeader(i, voters) ==
    /\ i \in voters
    /\ \A j \in voters : LogOk(i, j)
    /\ LET newTerm == MaxOf({currentTerm[j] : j \in voters}) + 1
       IN  /\ newTerm <= MaxTerm
           /\ currentTerm' = [j \in Server |->
                                 IF j \in voters THEN newTerm ELSE currentTerm[j]]
    /\ state'      = [j \in Server |->
                         IF j = i THEN Leader
                         ELSE IF j \in voters THEN Follower ELSE state[j]]
    /\ matchIndex' = [j \in Server |->
                         IF j \in voters THEN NoMatch ELSE matchIndex[j]]
    /\ UNCHANGED <<log, commitIndex, committed>>

(* Server j receives a request or a reply from server i that carries a     *)
(* higher term: j adopts that term and becomes a follower.  This is how a  *)
(* leader that has been replaced learns that it must step down.            *)
UpdateTerm(i, j) ==
    /\ currentTerm[i] > currentTerm[j]
    /\ currentTerm' = [currentTerm EXCEPT ![j] = currentTerm[i]]
    /\ state'       = [state       EXCEPT ![j] = Follower]
    /\ matchIndex'  = [matchIndex  EXCEPT ![j] = NoMatch]
    /\ UNCHANGED <<log, commitIndex, committed>>

-----------------------------------------------------------------------------
(***************************************************************************)
(* Log replication.                                                        *)
(***************************************************************************)

(* Leader i receives a command from a client and appends it to its log.    *)
ClientRequest(i) ==
    /\ state[i] = Leader
    /\ Len(log[i]) < MaxLogLength
    /\ log' = [log EXCEPT ![i] = Append(log[i], currentTerm[i])]
    /\ UNCHANGED <<currentTerm, state, commitIndex, matchIndex, committed>>

(* Leader i sends server j an AppendEntries call with prevLogIndex prev,   *)
(* the entry after prev in i's log (none if prev is i's last index) and    *)
(* i's commitIndex.  If j is in a lower term it first adopts the leader's  *)
(* term and becomes its follower.  j accepts the call only if its log has  *)
(* an entry at prev with the same term as the leader's entry there (the    *)
(* consistency check).  If j already holds the new entry it keeps its log  *)
(* unchanged; otherwise it deletes any conflicting entry and all entries   *)
(* after it and appends the leader's entry.  j then advances its           *)
(* commitIndex to the leader's, but not beyond the last entry this call    *)
(* has shown to match.  The leader learns from the reply that j's log      *)
(* matches its own up to that entry and records it in matchIndex.          *)
AppendEntries(i, j, prev) ==
    /\ state[i] = Leader
    /\ j # i
    /\ currentTerm[j] <= currentTerm[i]
    /\ prev <= Len(log[i])
    /\ prev <= Len(log[j])
    /\ prev > 0 => log[j][prev] = log[i][prev]
    /\ LET entries  == SubSeq(log[i], prev + 1, Min(prev + 1, Len(log[i])))
           lastNew  == prev + Len(entries)
           hasEntry == /\ Len(log[j]) >= lastNew
                       /\ lastNew > prev => log[j][lastNew] = log[i][lastNew]
       IN  /\ log'         = [log EXCEPT ![j] =
                                 IF hasEntry THEN log[j]
                                 ELSE SubSeq(log[j], 1, prev) \o entries]
           /\ commitIndex' = [commitIndex EXCEPT ![j] =
                                 Max(commitIndex[j], Min(commitIndex[i], lastNew))]
           /\ matchIndex'  = [matchIndex EXCEPT
                                 ![i][j] = Max(matchIndex[i][j], lastNew),
                                 ![j]    = IF state[j] = Leader THEN NoMatch
                                           ELSE matchIndex[j]]
    /\ currentTerm' = [currentTerm EXCEPT ![j] = currentTerm[i]]
    /\ state'       = [state       EXCEPT ![j] = Follower]
    /\ UNCHANGED committed

(* The servers that leader i knows to store its log up to index n.         *)
Agree(i, n) == {i} \cup {j \in Server : matchIndex[i][j] >= n}

(* Leader i commits its log up to index n: the history variable records    *)
(* each entry not recorded before with the term in which it is committed.  *)
CommitUpTo(i, n) ==
    /\ commitIndex' = [commitIndex EXCEPT ![i] = n]
    /\ committed'   = committed \cup
                        {[index |-> k, term |-> log[i][k], commitTerm |-> currentTerm[i]] :
                            k \in {k2 \in commitIndex[i] + 1..n :
                                      ~\E c \in committed : c.index = k2 /\ c.term = log[i][k2]}}

(* Leader i advances its commitIndex to the highest index n that a         *)
(* majority stores and whose entry is of i's current term.  The entries    *)
(* before n are committed with it, whatever their terms (sections 5.3 and  *)
(* 5.4.2).                                                                 *)
AdvanceCommitIndex(i) ==
    /\ state[i] = Leader
    /\ LET committable == {n \in commitIndex[i] + 1..Len(log[i]) :
                              /\ IsMajority(Agree(i, n))
                              /\ log[i][n] = currentTerm[i]}
       IN  /\ committable # {}
           /\ CommitUpTo(i, MaxOf(committable))
    /\ UNCHANGED <<currentTerm, log, state, matchIndex>>

-----------------------------------------------------------------------------
(***************************************************************************)
(* Failures.                                                               *)
(***************************************************************************)

(* Server i crashes and restarts.  Its currentTerm and log were on disk    *)
(* and survive.  It comes back as a follower without matchIndex and with   *)
(* commitIndex 0; its state machine is rebuilt by applying the log again   *)
(* as the commitIndex advances.  A restart that loses nothing is not a     *)
(* step.                                                                   *)
Restart(i) ==
    /\ state[i] = Leader \/ commitIndex[i] > 0
    /\ state'       = [state       EXCEPT ![i] = Follower]
    /\ matchIndex'  = [matchIndex  EXCEPT ![i] = NoMatch]
    /\ commitIndex' = [commitIndex EXCEPT ![i] = 0]
    /\ UNCHANGED <<currentTerm, log, committed>>

-----------------------------------------------------------------------------
(* All steps except commitment, so that a variant can replace the commit   *)
(* rule alone.                                                             *)
NextExceptCommit ==
    \/ \E voters \in Quorum : \E i \in voters : BecomeLeader(i, voters)
    \/ \E i, j \in Server : UpdateTerm(i, j)
    \/ \E i \in Server : ClientRequest(i)
    \/ \E i, j \in Server : \E prev \in 0..MaxLogLength : AppendEntries(i, j, prev)
    \/ \E i \in Server : Restart(i)

Next ==
    \/ NextExceptCommit
    \/ \E i \in Server : AdvanceCommitIndex(i)

Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Fairness for liveness: every kind of call between two servers           *)
(* (UpdateTerm, and AppendEntries for each prevLogIndex) that stays        *)
(* possible eventually gets through, and a leader that can advance its     *)
(* commitIndex eventually does.  Elections, client commands and crashes    *)
(* need not happen, and crashes may happen forever.                        *)
(***************************************************************************)
FairSpec ==
    /\ Spec
    /\ \A i \in Server : \A j \in Server \ {i} :
          /\ WF_vars(UpdateTerm(i, j))
          /\ \A prev \in 0..MaxLogLength : WF_vars(AppendEntries(i, j, prev))
    /\ \A i \in Server : WF_vars(AdvanceCommitIndex(i))

-----------------------------------------------------------------------------
(***************************************************************************)
(* Safety: the properties of figure 3 of the paper.                        *)
(***************************************************************************)

(* Election Safety: at most one leader can be elected in a given term.     *)
AtMostOneLeaderPerTerm ==
    \A i, j \in Server :
        (state[i] = Leader /\ state[j] = Leader /\ currentTerm[i] = currentTerm[j])
            => i = j

(* Log Matching: if two logs contain an entry with the same index and      *)
(* term, the logs are identical in all entries up to that index.           *)
LogMatching ==
    \A i, j \in Server :
        \A n \in 1..Min(Len(log[i]), Len(log[j])) :
            log[i][n] = log[j][n] => SubSeq(log[i], 1, n) = SubSeq(log[j], 1, n)

(* Leader Completeness: an entry committed in some term is present in the  *)
(* log of every leader of a later term.                                    *)
LeaderCompleteness ==
    \A i \in Server : \A c \in committed :
        (state[i] = Leader /\ currentTerm[i] > c.commitTerm)
            => /\ Len(log[i]) >= c.index
               /\ log[i][c.index] = c.term

(* State Machine Safety: a server has applied the entries up to its        *)
(* commitIndex.  Those entries are still in its log, and two servers never *)
(* apply different entries at the same index.                              *)
StateMachineSafety ==
    \A i, j \in Server :
        \A n \in 1..Min(commitIndex[i], commitIndex[j]) :
            /\ n <= Len(log[i])
            /\ n <= Len(log[j])
            /\ log[i][n] = log[j][n]

(* Leader Append-Only: a leader never overwrites or deletes entries in its *)
(* log; it only appends.  A property of steps, checked as a PROPERTY.      *)
LeaderAppendOnly ==
    [][\A i \in Server :
          (state[i] = Leader /\ state'[i] = Leader) => IsPrefix(log[i], log'[i])]_vars

-----------------------------------------------------------------------------
(***************************************************************************)
(* Liveness: a leader that stays in office eventually commits every entry  *)
(* of its own term (and with them all entries before).  It holds under     *)
(* FairSpec even if followers crash again and again; the leader itself    *)
(* may lose office to a crash or a newer term.                             *)
(***************************************************************************)
LastIndexOfOwnTerm(i) ==
    LET own == {n \in 1..Len(log[i]) : log[i][n] = currentTerm[i]}
    IN  IF own = {} THEN 0 ELSE MaxOf(own)

LeaderEntriesEventuallyCommitted ==
    \A i \in Server :
        state[i] = Leader
            ~> \/ state[i] # Leader
               \/ commitIndex[i] >= LastIndexOfOwnTerm(i)
=============================================================================
