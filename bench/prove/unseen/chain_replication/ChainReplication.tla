--------------------------- MODULE ChainReplication ---------------------------
(***************************************************************************)
(* Chain replication (van Renesse and Schneider, OSDI 2004).               *)
(*                                                                         *)
(* Servers 1..N are arranged in a chain in the order of their ids.  A      *)
(* client sends a write to the head, the first live server of the chain,   *)
(* which applies it and forwards it to its successor; every server         *)
(* forwards what it has applied to its successor, so a write travels down  *)
(* the chain.  The tail, the last live server, replies to the client,      *)
(* which then considers the write acknowledged.  A master removes crashed  *)
(* servers from the chain (fail-stop); a server keeps the writes it has    *)
(* applied in its Sent buffer and re-forwards them to whichever server is  *)
(* now its successor, which repairs the chain after a middle server fails, *)
(* and a new tail replies for the writes it holds.                         *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    N,          \* number of servers in the chain
    Writes      \* the write requests (update ids) clients can issue

Servers == 1..N

VARIABLES
    chain,      \* the live servers, kept by the master; chain order = id order
    hist,       \* hist[s]: the writes server s has applied
    msgs,       \* forward messages in flight between servers
    replies,    \* replies from the tail in flight to the client
    acked       \* the writes the client has received a reply for

vars == <<chain, hist, msgs, replies, acked>>

TypeOK ==
    /\ chain \in SUBSET Servers \ {{}}
    /\ hist \in [Servers -> SUBSET Writes]
    /\ msgs \subseteq [to : 2..N, w : Writes]
    /\ replies \subseteq Writes
    /\ acked \subseteq Writes

Min(S) == CHOOSE x \in S : \A y \in S : x <= y
Max(S) == CHOOSE x \in S : \A y \in S : y <= x

Head == Min(chain)
Tail == Max(chain)
\* the successor of live server s, when s is not the tail
Succ(s) == Min({t \in chain : t > s})

Init ==
    /\ chain = Servers
    /\ hist = [s \in Servers |-> {}]
    /\ msgs = {}
    /\ replies = {}
    /\ acked = {}

\* The head receives write w from a client and applies it.
ClientWrite(w) ==
    /\ w \notin hist[Head]
    /\ hist' = [hist EXCEPT ![Head] = @ \cup {w}]
    /\ UNCHANGED <<chain, msgs, replies, acked>>

\* Live non-tail server s (re-)forwards a write it has applied to its
\* current successor.
Forward(s, w) ==
    /\ s \in chain
    /\ s # Tail
    /\ w \in hist[s]
    /\ msgs' = msgs \cup {[to |-> Succ(s), w |-> w]}
    /\ UNCHANGED <<chain, hist, replies, acked>>

\* A live server receives a forwarded write and applies it.
Receive(m) ==
    /\ m \in msgs
    /\ m.to \in chain
    /\ hist' = [hist EXCEPT ![m.to] = @ \cup {m.w}]
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED <<chain, replies, acked>>

\* The tail replies to the client for a write it has applied.
TailReply(w) ==
    /\ w \in hist[Tail]
    /\ replies' = replies \cup {w}
    /\ UNCHANGED <<chain, hist, msgs, acked>>

\* The client receives the reply: the write is acknowledged.
ClientReceive(w) ==
    /\ w \in replies
    /\ acked' = acked \cup {w}
    /\ replies' = replies \ {w}
    /\ UNCHANGED <<chain, hist, msgs>>

\* Server s crashes and the master removes it from the chain; at least one
\* server stays live.
Fail(s) ==
    /\ s \in chain
    /\ Cardinality(chain) > 1
    /\ chain' = chain \ {s}
    /\ UNCHANGED <<hist, msgs, replies, acked>>

Next ==
    \/ \E w \in Writes : ClientWrite(w)
    \/ \E s \in Servers, w \in Writes : Forward(s, w)
    \/ \E m \in msgs : Receive(m)
    \/ \E w \in Writes : TailReply(w)
    \/ \E w \in Writes : ClientReceive(w)
    \/ \E s \in Servers : Fail(s)

Spec == Init /\ [][Next]_vars

\* Every acknowledged write is held by every server of the chain.
AckedWritesOnAllChainServers ==
    \A w \in acked : \A s \in chain : w \in hist[s]
=============================================================================
