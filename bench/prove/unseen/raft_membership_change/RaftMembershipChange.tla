------------------------ MODULE RaftMembershipChange ------------------------
(***************************************************************************)
(* Single-server membership changes in Raft (Ongaro, "Consensus: Bridging  *)
(* Theory and Practice", 2014, section 4.1).                               *)
(*                                                                         *)
(* The cluster configuration (the set of voting servers) is stored in the  *)
(* log as a special entry.  A server always uses the latest configuration  *)
(* in its log, whether or not that entry is committed; before any          *)
(* configuration entry it uses the bootstrap configuration InitConfig.     *)
(* The leader changes the configuration by appending an entry that adds or *)
(* removes exactly one server, and may only start another change once its *)
(* latest configuration entry is committed.  As everywhere in Raft, the    *)
(* leader only decides that an entry is committed by counting the servers  *)
(* of the configuration that store it, and only for an entry of its own   *)
(* term (the bootstrap configuration is committed from the start).  A      *)
(* candidate needs the votes of a majority of its own latest               *)
(* configuration, and a server only votes for a candidate whose log is at  *)
(* least as up-to-date as its own: a later last term, or the same last     *)
(* term and a log at least as long.                                        *)
(*                                                                         *)
(* The changes follow an administrator's plan: the k-th configuration      *)
(* entry of any log installs configuration Plan[k] (e.g. scale a cluster   *)
(* down one server at a time).  So an entry is just its term; the          *)
(* configuration it installs is given by its index.                        *)
(*                                                                         *)
(* Abstractions:                                                           *)
(*  - The log holds only configuration entries: ordinary commands do not   *)
(*    bear on who can be elected.  (In particular there is no no-op entry  *)
(*    at the start of a term, so a new leader whose latest configuration   *)
(*    entry is from an older term cannot change the configuration.)        *)
(*  - An election is one atomic step: the candidate starts term t and the  *)
(*    voters of a quorum, which have not yet seen term t, adopt it and     *)
(*    grant their vote.  Adopting term t is how a server records that it   *)
(*    has voted in t.                                                      *)
(*  - AppendEntries is one atomic step that brings a server of the         *)
(*    leader's latest configuration up to date with the leader's log: from *)
(*    the first conflicting entry on, its log is replaced by the leader's; *)
(*    a log that already extends the leader's is left alone, as in Raft.   *)
(*    The leader reads which servers store its latest entry directly (Raft *)
(*    tracks this with matchIndex).                                        *)
(*  - A leader does not carry out a change that removes itself (it would   *)
(*    hand leadership over first).                                         *)
(* Terms are bounded by MaxTerm so that the model is finite.               *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    Server,       \* all the servers that may ever be in a configuration
    InitConfig,   \* the bootstrap configuration
    Config1,      \* the configuration installed by the first change
    Config2,      \* the configuration installed by the second change
    MaxTerm       \* servers do not start terms beyond MaxTerm

(* The administrator's plan: Plan[k] is installed by the k-th entry. *)
Plan == <<Config1, Config2>>

(* The configuration after k configuration entries. *)
ConfigAt(k) == IF k = 0 THEN InitConfig ELSE Plan[k]

(* Each planned configuration adds or removes exactly one server. *)
ASSUME /\ MaxTerm \in Nat
       /\ \A k \in 0..Len(Plan) : ConfigAt(k) \subseteq Server /\ ConfigAt(k) # {}
       /\ \A k \in 1..Len(Plan) :
              Cardinality((ConfigAt(k) \ ConfigAt(k-1))
                            \cup (ConfigAt(k-1) \ ConfigAt(k))) = 1

Terms == 0..MaxTerm

(* The logs: sequences of entry terms, at most one entry per planned change. *)
Logs == UNION {[1..n -> 1..MaxTerm] : n \in 0..Len(Plan)}

VARIABLES
    currentTerm,   \* currentTerm[i]: the latest term server i has seen
    state,         \* state[i]: "Follower" or "Leader"
    log            \* log[i][k]: the term of the k-th configuration entry of i

vars == <<currentTerm, state, log>>

TypeOK ==
    /\ currentTerm \in [Server -> Terms]
    /\ state \in [Server -> {"Follower", "Leader"}]
    /\ log \in [Server -> Logs]

Init ==
    /\ currentTerm = [i \in Server |-> 0]
    /\ state = [i \in Server |-> "Follower"]
    /\ log = [i \in Server |-> <<>>]

(* The latest configuration in server i's log. *)
Config(i) == ConfigAt(Len(log[i]))

(* The term of the last entry of server i's log (0 for an empty log). *)
LastTerm(i) == IF log[i] = <<>> THEN 0 ELSE log[i][Len(log[i])]

(* The quorums of configuration C: its majorities. *)
Quorums(C) == {Q \in SUBSET C : 2 * Cardinality(Q) > Cardinality(C)}

(* Candidate i's log is at least as up-to-date as voter j's. *)
UpToDate(i, j) ==
    \/ LastTerm(i) > LastTerm(j)
    \/ /\ LastTerm(i) = LastTerm(j)
       /\ Len(log[i]) >= Len(log[j])

IsPrefix(s, t) == Len(s) <= Len(t) /\ SubSeq(t, 1, Len(s)) = s

(* Leader i knows that its latest configuration entry is committed: there *)
(* is none (the bootstrap configuration), or it is an entry of i's current *)
(* term that a quorum of that configuration stores (same index and term). *)
ConfigCommitted(i) ==
    IF log[i] = <<>> THEN TRUE
    ELSE LET n == Len(log[i]) IN
         /\ log[i][n] = currentTerm[i]
         /\ \E Q \in Quorums(Config(i)) :
                \A j \in Q : Len(log[j]) >= n /\ log[j][n] = log[i][n]

-----------------------------------------------------------------------------
(***************************************************************************)
(* Server i wins an election for term t = currentTerm[i] + 1 with the      *)
(* votes of quorum Q of its latest configuration.  Every voter has not     *)
(* seen term t yet and finds i's log at least as up-to-date as its own.    *)
(* The voters and i adopt term t; voters that led an older term step down. *)
(***************************************************************************)
BecomeLeader(i, Q) ==
    LET t == currentTerm[i] + 1 IN
    /\ currentTerm[i] < MaxTerm
    /\ Q \in Quorums(Config(i))
    /\ \A j \in Q : currentTerm[j] < t /\ UpToDate(i, j)
    /\ currentTerm' = [j \in Server |->
                         IF j \in Q \cup {i} THEN t ELSE currentTerm[j]]
    /\ state' = [j \in Server |->
                   IF j = i THEN "Leader"
                   ELSE IF j \in Q THEN "Follower" ELSE state[j]]
    /\ UNCHANGED log

(***************************************************************************)
(* Leader i starts the next planned change, once its latest configuration *)
(* entry is committed, by appending a configuration entry of its term.    *)
(* The new configuration takes effect at i at once.                       *)
(***************************************************************************)
ChangeMembership(i) ==
    /\ state[i] = "Leader"
    /\ Len(log[i]) < Len(Plan)
    /\ i \in ConfigAt(Len(log[i]) + 1)
    /\ ConfigCommitted(i)
    /\ log' = [log EXCEPT ![i] = Append(@, currentTerm[i])]
    /\ UNCHANGED <<currentTerm, state>>

(***************************************************************************)
(* Leader i's AppendEntries reaches server j of its latest configuration,  *)
(* whose term is not later than i's.  j adopts i's term, is a follower,    *)
(* and makes its log match i's: unless its log already extends i's, the   *)
(* first conflicting entry and all that follow are replaced by i's.        *)
(***************************************************************************)
AppendEntries(i, j) ==
    /\ state[i] = "Leader"
    /\ j # i
    /\ j \in Config(i)
    /\ currentTerm[j] <= currentTerm[i]
    /\ currentTerm' = [currentTerm EXCEPT ![j] = currentTerm[i]]
    /\ state' = [state EXCEPT ![j] = "Follower"]
    /\ log' = [log EXCEPT ![j] = IF IsPrefix(log[i], @) THEN @ ELSE log[i]]

(* Server i hears of the later term of server j (in any message), adopts  *)
(* it and becomes a follower.                                             *)
UpdateTerm(i, j) ==
    /\ currentTerm[j] > currentTerm[i]
    /\ currentTerm' = [currentTerm EXCEPT ![i] = currentTerm[j]]
    /\ state' = [state EXCEPT ![i] = "Follower"]
    /\ UNCHANGED log

Next ==
    \/ \E i \in Server, Q \in SUBSET Server : BecomeLeader(i, Q)
    \/ \E i \in Server : ChangeMembership(i)
    \/ \E i, j \in Server : AppendEntries(i, j)
    \/ \E i, j \in Server : UpdateTerm(i, j)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Election Safety: no two servers are leaders of the same term. *)
AtMostOneLeaderPerTerm ==
    \A i, j \in Server :
        /\ i # j
        /\ state[i] = "Leader"
        /\ state[j] = "Leader"
        => currentTerm[i] # currentTerm[j]
=============================================================================
