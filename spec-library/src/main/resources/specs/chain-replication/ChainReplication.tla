------------------------- MODULE ChainReplication -------------------------
(***************************************************************************)
(* Chain replication (van Renesse and Schneider, OSDI 2004).               *)
(*                                                                         *)
(* The servers are arranged in a chain.  Clients send updates to the head, *)
(* which applies each update and forwards it to its successor; every       *)
(* server does the same until the update reaches the tail.  The tail       *)
(* sends the reply that acknowledges the update to the client, and the     *)
(* tail alone answers queries.  Each server s keeps Hist_s, the sequence   *)
(* of updates it has applied; an update is acknowledged only once it is    *)
(* in the tail's history, and so in every server's.                        *)
(*                                                                         *)
(* Links between neighbours are reliable and FIFO (TCP), as the paper      *)
(* assumes.  Server s keeps Sent_s, the updates it has forwarded to its    *)
(* successor; the updates in transit on a link are those the predecessor   *)
(* has sent but the successor has not yet received.                        *)
(*                                                                         *)
(* A master service (itself replicated, e.g. with Paxos; modelled here as  *)
(* a single reliable variable) detects crashed servers and removes them    *)
(* from the chain:                                                         *)
(*   - the head fails: its successor becomes the head;                     *)
(*   - the tail fails: its predecessor becomes the tail, and replies to    *)
(*     the updates in its history that the old tail never acknowledged;    *)
(*   - a middle server S fails: its predecessor S- becomes the predecessor *)
(*     of its successor S+, and sends S+ the updates in Sent_{S-} that S+  *)
(*     has not received.                                                   *)
(*                                                                         *)
(* Failures modelled: fail-stop crash of any server, up to all but one     *)
(* (a chain of t + 1 servers tolerates t failures).  Messages in transit   *)
(* from a crashed server may or may not be delivered; updates that only a  *)
(* crashed head ever had are lost (they were never acknowledged).          *)
(*                                                                         *)
(* The safety properties are the paper's Update Propagation Invariant,     *)
(* that replies reflect a prefix-consistent history, and that an update    *)
(* acknowledged by the tail is on every live server of the chain.          *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, TLC

CONSTANTS
    Server,  \* the servers
    Update   \* the updates clients may issue (each a distinct value)

VARIABLES
    chain,       \* The master's configuration: the chain, head first.
    alive,       \* alive[s] is FALSE once server s has crashed.
    hist,        \* hist[s] is Hist_s, the updates server s has applied.
    sent,        \* sent[s]: how many of hist[s] s has sent to its successor.
    acked,       \* The updates acknowledged to clients.
    queryReply   \* The history reflected by the latest reply to a query.

vars == <<chain, alive, hist, sent, acked, queryReply>>

-----------------------------------------------------------------------------
(* Helpers *)

Range(s) == {s[i] : i \in DOMAIN s}

IsPrefix(s, t) == Len(s) <= Len(t) /\ SubSeq(t, 1, Len(s)) = s

\* Histories never grow longer than the number of distinct updates.
BoundedSeq(S) == UNION {[1..n -> S] : n \in 0..Cardinality(S)}

\* The sequences that list each server exactly once: the possible chains.
Orderings(S) == {f \in [1..Cardinality(S) -> S] : Range(f) = S}

InChain(s) == s \in Range(chain)

ChainHead == chain[1]

ChainTail == chain[Len(chain)]

\* The position of server s in the chain.
Pos(s) == CHOOSE i \in 1..Len(chain) : chain[i] = s

\* The servers of the chain that have not crashed.
Live == {s \in Range(chain) : alive[s]}

Perms == Permutations(Server) \cup Permutations(Update)

-----------------------------------------------------------------------------
TypeOK ==
    /\ chain \in BoundedSeq(Server)
    /\ Len(chain) >= 1
    /\ alive \in [Server -> BOOLEAN]
    /\ hist \in [Server -> BoundedSeq(Update)]
    /\ sent \in [Server -> 0..Cardinality(Update)]
    /\ acked \subseteq Update
    /\ queryReply \in BoundedSeq(Update)

Init ==
    /\ chain \in Orderings(Server)
    /\ alive = [s \in Server |-> TRUE]
    /\ hist = [s \in Server |-> << >>]
    /\ sent = [s \in Server |-> 0]
    /\ acked = {}
    /\ queryReply = << >>

-----------------------------------------------------------------------------
(***************************************************************************)
(* A client sends update u to the live head, which applies it.  A client   *)
(* whose update was lost with a crashed head may send it again.            *)
(***************************************************************************)
ClientUpdate(u) ==
    /\ alive[ChainHead]
    /\ u \notin acked
    /\ u \notin Range(hist[ChainHead])
    /\ hist' = [hist EXCEPT ![ChainHead] = Append(@, u)]
    /\ UNCHANGED <<chain, alive, sent, acked, queryReply>>

(***************************************************************************)
(* Live server s, not the tail, sends the next update of its history to    *)
(* its successor (and adds it to Sent_s).                                  *)
(***************************************************************************)
Forward(s) ==
    /\ InChain(s)
    /\ s # ChainTail
    /\ alive[s]
    /\ sent[s] < Len(hist[s])
    /\ sent' = [sent EXCEPT ![s] = @ + 1]
    /\ UNCHANGED <<chain, alive, hist, acked, queryReply>>

(***************************************************************************)
(* Live server s, not the head, receives the next update on the link from  *)
(* its predecessor p and applies it.  The link is FIFO, so this is the     *)
(* first update of Hist_p that s does not have; it may still be in transit *)
(* after p has crashed.  When the master has just given s a new            *)
(* predecessor, these are the updates of Sent_p that p resends to s.       *)
(***************************************************************************)
Receive(s) ==
    /\ InChain(s)
    /\ s # ChainHead
    /\ alive[s]
    /\ LET p == chain[Pos(s) - 1]
       IN  /\ Len(hist[s]) < sent[p]
           /\ hist' = [hist EXCEPT ![s] = Append(@, hist[p][Len(hist[s]) + 1])]
    /\ UNCHANGED <<chain, alive, sent, acked, queryReply>>

(***************************************************************************)
(* The live tail replies to the client of update u, which it has applied:  *)
(* the update is acknowledged.                                             *)
(***************************************************************************)
TailAck(u) ==
    /\ alive[ChainTail]
    /\ u \in Range(hist[ChainTail])
    /\ u \notin acked
    /\ acked' = acked \cup {u}
    /\ UNCHANGED <<chain, alive, hist, sent, queryReply>>

(***************************************************************************)
(* The live tail answers a query from its current history.                 *)
(***************************************************************************)
Query ==
    /\ alive[ChainTail]
    /\ queryReply # hist[ChainTail]
    /\ queryReply' = hist[ChainTail]
    /\ UNCHANGED <<chain, alive, hist, sent, acked>>

(***************************************************************************)
(* Server s crashes and never recovers.  The chain keeps at least one live *)
(* server: a chain of t + 1 servers tolerates t crashes.                   *)
(***************************************************************************)
Crash(s) ==
    /\ InChain(s)
    /\ alive[s]
    /\ \E t \in Live : t # s
    /\ alive' = [alive EXCEPT ![s] = FALSE]
    /\ UNCHANGED <<chain, hist, sent, acked, queryReply>>

(***************************************************************************)
(* The master detects that server s has crashed and removes it from the    *)
(* chain.  Its neighbours are linked to each other; what the new           *)
(* predecessor must resend is described under Receive.                     *)
(***************************************************************************)
RemoveFailed(s) ==
    /\ InChain(s)
    /\ ~alive[s]
    /\ chain' = SelectSeq(chain, LAMBDA t : t # s)
    /\ UNCHANGED <<alive, hist, sent, acked, queryReply>>

-----------------------------------------------------------------------------
Next ==
    \/ \E u \in Update : ClientUpdate(u) \/ TailAck(u)
    \/ \E s \in Server :
          Forward(s) \/ Receive(s) \/ Crash(s) \/ RemoveFailed(s)
    \/ Query

Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Fairness: live servers keep forwarding and receiving updates, the tail  *)
(* keeps acknowledging, and the master eventually removes crashed servers. *)
(* Clients are not forced to send updates or queries, and servers are not  *)
(* forced to crash.                                                        *)
(***************************************************************************)
FairSpec ==
    /\ Spec
    /\ \A s \in Server : WF_vars(Forward(s)) /\ WF_vars(Receive(s))
    /\ WF_vars(\E u \in Update : TailAck(u))
    /\ WF_vars(\E s \in Server : RemoveFailed(s))

-----------------------------------------------------------------------------
(* Safety *)

(***************************************************************************)
(* The paper's Update Propagation Invariant: for servers i and j with i    *)
(* before j in the chain, Hist_j is a prefix of Hist_i.                    *)
(***************************************************************************)
UpdatePropagation ==
    \A i, j \in 1..Len(chain) :
        i <= j => IsPrefix(hist[chain[j]], hist[chain[i]])

(***************************************************************************)
(* An update acknowledged by the tail is on every live server of the       *)
(* chain.                                                                  *)
(***************************************************************************)
AcknowledgedUpdatesOnAllLiveServers ==
    \A s \in Live : acked \subseteq Range(hist[s])

(***************************************************************************)
(* Replies reflect a prefix-consistent history: the history a query reply  *)
(* reflected is a prefix of every live server's history, so no later reply *)
(* can contradict it or roll it back.                                      *)
(***************************************************************************)
QueryRepliesArePrefixConsistent ==
    \A s \in Live : IsPrefix(queryReply, hist[s])

(***************************************************************************)
(* The FIFO links: a successor has received no more than its predecessor   *)
(* has sent, and nobody has sent more than it has applied.                 *)
(***************************************************************************)
SentIsConsistent ==
    \A i \in 1..Len(chain) :
        /\ sent[chain[i]] <= Len(hist[chain[i]])
        /\ i > 1 => Len(hist[chain[i]]) <= sent[chain[i - 1]]

-----------------------------------------------------------------------------
(* Liveness *)

(***************************************************************************)
(* Every update applied by the chain is eventually acknowledged: once      *)
(* crashes stop, every update held by a live server reaches the tail and   *)
(* is acknowledged.                                                        *)
(***************************************************************************)
UpdatesEventuallyAcknowledged ==
    <>[](\A s \in Live : Range(hist[s]) \subseteq acked)

=============================================================================
