--------------------------- MODULE RaftReadIndex ---------------------------
(***************************************************************************)
(* Linearizable reads in Raft with the ReadIndex protocol (Ongaro's thesis *)
(* section 6.4; etcd/raft's ReadOnlySafe).  A leader serves a read without *)
(* writing it to the log:                                                  *)
(*   1. the leader must have committed an entry of its own term (the       *)
(*      no-op it appends on election); until then its commit index may     *)
(*      lag entries that earlier leaders committed;                        *)
(*   2. when the read arrives, the leader records its commit index as the  *)
(*      read index;                                                        *)
(*   3. it sends a heartbeat round and waits until a majority (itself      *)
(*      included) has acknowledged it in its term, which proves that no    *)
(*      leader of a higher term had been elected when the read arrived;    *)
(*   4. it serves the read once its state machine has applied the log up   *)
(*      to the read index.                                                 *)
(*                                                                         *)
(* Model.  Nodes carry their current term.  An election is one atomic step *)
(* in which a majority that has not moved past term t grants its votes to  *)
(* a candidate and moves to term t; at most one leader is elected per      *)
(* term.  The log is abstracted by commit indices: leader[t] records the   *)
(* leader of term t and its commit index.  A leader commits the next entry *)
(* when a majority accepts its AppendEntries in its term; by Leader        *)
(* Completeness (ensured by Raft's election restriction, which the model   *)
(* takes for granted) its log holds every entry committed before, so its   *)
(* commit index becomes the new end of the committed log.  The leader      *)
(* applies entries as it learns they are committed, so it has applied up   *)
(* to its commit index.  Nodes learn higher terms from any message.  A     *)
(* leader stays in leader[t] after it is deposed: it is current only while *)
(* its own term is still t, and a deposed leader does not know it until it *)
(* hears of a higher term.                                                 *)
(*                                                                         *)
(* One client read is in progress at a time (a new one may start once the  *)
(* previous one was served or abandoned).  The read record keeps, besides  *)
(* the leader's state for it (term, read index, heartbeat acks), the field *)
(* floor: the end of the committed log when the read arrived, i.e. every   *)
(* write that may have been acknowledged to a client before the read       *)
(* began.  It is an observation used only to state linearizability.        *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    Node,       \* the servers
    MaxTerm,    \* terms are 1..MaxTerm
    MaxIndex,   \* log indices are 1..MaxIndex
    None        \* no leader yet / no read in progress

ASSUME /\ MaxTerm \in Nat \ {0}
       /\ MaxIndex \in Nat

Term == 1..MaxTerm
Index == 0..MaxIndex

Majority == {Q \in SUBSET Node : 2 * Cardinality(Q) > Cardinality(Node)}

(* The leader of a term and its commit index.                              *)
LeaderInfo == [node : Node, commit : Index]

(* The read in progress: the leader's term, the read index, the nodes      *)
(* that acknowledged the heartbeat round, whether it was served, and the   *)
(* floor (see above).                                                      *)
ReadReq == [term : Term, index : Index, floor : Index,
            acks : SUBSET Node, served : BOOLEAN]

VARIABLES
    term,     \* term[n]: the latest term server n has heard of
    leader,   \* leader[t]: the leader of term t and its commit index, or None
    read      \* the client read in progress, or None

vars == <<term, leader, read>>

TypeOK ==
    /\ term \in [Node -> Term]
    /\ leader \in [Term -> LeaderInfo \cup {None}]
    /\ read \in ReadReq \cup {None}

-----------------------------------------------------------------------------
Max(S) == CHOOSE x \in S : \A y \in S : y <= x

(* The end of the committed log: the highest commit index of any leader.   *)
Committed ==
    Max({0} \cup {leader[t].commit : t \in {u \in Term : leader[u] # None}})

(* The leader of term t exists and has not heard of a higher term.         *)
IsCurrentLeader(t) == leader[t] # None /\ term[leader[t].node] = t

Init ==
    /\ term = [n \in Node |-> 1]
    /\ leader = [t \in Term |-> None]
    /\ read = None

(* Candidate n wins term t with the votes of majority Q: no leader has     *)
(* been elected in t and no voter has moved past t.                        *)
Elect(t, n, Q) ==
    /\ leader[t] = None
    /\ n \in Q
    /\ \A q \in Q : term[q] <= t
    /\ term' = [m \in Node |-> IF m \in Q THEN t ELSE term[m]]
    /\ leader' = [leader EXCEPT ![t] = [node |-> n, commit |-> 0]]
    /\ UNCHANGED read

(* The leader of term t replicates a new entry (a client write, or the     *)
(* no-op of a new leader) on majority Q, whose members accept its          *)
(* AppendEntries in term t; the entry and all before it are committed.     *)
Commit(t, Q) ==
    /\ IsCurrentLeader(t)
    /\ leader[t].node \in Q
    /\ \A q \in Q : term[q] <= t
    /\ Committed < MaxIndex
    /\ term' = [m \in Node |-> IF m \in Q THEN t ELSE term[m]]
    /\ leader' = [leader EXCEPT ![t].commit = Committed + 1]
    /\ UNCHANGED read

(* Server n hears of the higher term of server m (any message carries the  *)
(* sender's term); a leader that does so steps down.                       *)
UpdateTerm(n, m) ==
    /\ term[n] < term[m]
    /\ term' = [term EXCEPT ![n] = term[m]]
    /\ UNCHANGED <<leader, read>>

(* A read arrives at the current leader of term t, which has committed an  *)
(* entry of its own term; it records its commit index as the read index    *)
(* and starts a heartbeat round, counting its own acknowledgement.         *)
ClientRead(t) ==
    /\ IF read = None THEN TRUE ELSE read.served
    /\ IsCurrentLeader(t)
    /\ leader[t].commit > 0
    /\ read' = [term |-> t, index |-> leader[t].commit, floor |-> Committed,
                acks |-> {leader[t].node}, served |-> FALSE]
    /\ UNCHANGED <<term, leader>>

(* Server n receives the heartbeat of the read's round; it accepts it (and *)
(* moves to the leader's term) unless it has heard of a higher term.       *)
HeartbeatAck(n) ==
    /\ read # None
    /\ ~ read.served
    /\ n \notin read.acks
    /\ term[n] <= read.term
    /\ term' = [term EXCEPT ![n] = read.term]
    /\ read' = [read EXCEPT !.acks = @ \cup {n}]
    /\ UNCHANGED leader

(* A majority acknowledged the round and the leader is still leader: it    *)
(* serves the read from its state machine, applied up to the read index.   *)
ServeRead ==
    /\ read # None
    /\ ~ read.served
    /\ read.acks \in Majority
    /\ IsCurrentLeader(read.term)
    /\ read' = [read EXCEPT !.served = TRUE]
    /\ UNCHANGED <<term, leader>>

(* The leader stepped down before serving the read: the read fails and the *)
(* client may retry.                                                       *)
AbandonRead ==
    /\ read # None
    /\ ~ read.served
    /\ ~ IsCurrentLeader(read.term)
    /\ read' = None
    /\ UNCHANGED <<term, leader>>

Next ==
    \/ \E t \in Term, n \in Node, Q \in Majority : Elect(t, n, Q)
    \/ \E t \in Term, Q \in Majority : Commit(t, Q)
    \/ \E n, m \in Node : UpdateTerm(n, m)
    \/ \E t \in Term : ClientRead(t)
    \/ \E n \in Node : HeartbeatAck(n)
    \/ ServeRead
    \/ AbandonRead

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety (linearizability of reads): a served read reflects every write   *)
(* committed before the read arrived.                                      *)
ReadSeesPriorWrites ==
    (read # None /\ read.served) => read.index >= read.floor

=============================================================================
