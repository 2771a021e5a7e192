------------------------- MODULE ClientSessionTable -------------------------
(***************************************************************************)
(* Exactly-once execution of client commands in a replicated state         *)
(* machine, with a client session table (as in Raft's client sessions,     *)
(* Ongaro's thesis, section 6.3, or the "at-most-once RPC" layer of        *)
(* Birrell and Nelson).                                                    *)
(*                                                                         *)
(* The replicated state machine is a counter; every client command         *)
(* increments it and returns its new value.  Each client has at most one   *)
(* outstanding command and numbers its commands 1, 2, ...  When it gets no *)
(* reply in time it re-sends the same (client, seq) request, so the        *)
(* network may hold and deliver several copies of a request, late and in  *)
(* any order.  Requests can also be lost.                                  *)
(*                                                                         *)
(* The state machine keeps, per client, the sequence number of the last    *)
(* command it applied for that client and the reply it returned (the       *)
(* session table).  A request whose number is larger than the recorded one *)
(* is new: it is applied and its reply cached.  A request whose number is  *)
(* not larger is a duplicate: it is answered from the cache (or, if older  *)
(* than the cached one, ignored) and is not applied again.                 *)
(*                                                                         *)
(* The replicated log and consensus below the state machine are abstracted *)
(* into one sequential apply step.  A reply travels back on the RPC that   *)
(* carried the request: the step that handles a request either delivers    *)
(* the reply to the client, if the client is still waiting for that       *)
(* number, or loses it.                                                    *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Clients,  \* The set of clients.
    MaxSeq    \* How many commands each client issues.

ASSUME MaxSeq \in Nat \ {0}

\* Largest value the counter can reach: every command of every client once.
MaxCount == Cardinality(Clients) * MaxSeq

\* A request on the network.
Requests == [client : Clients, seq : 1..MaxSeq]

\* A session-table entry: the last applied sequence number and its reply.
\* NoEntry is the entry of a client none of whose commands has been applied.
NoEntry == [seq |-> 0, reply |-> 0]
Entries == {NoEntry} \cup [seq : 1..MaxSeq, reply : 1..MaxCount]

VARIABLES
    clientSeq,  \* clientSeq[c]: number of c's latest command (0: none yet).
    waiting,    \* waiting[c]: c has not yet had the reply to clientSeq[c].
    requests,   \* The requests in the network.
    session,    \* session[c]: the session-table entry of client c.
    counter     \* The state of the replicated state machine.

vars == <<clientSeq, waiting, requests, session, counter>>

TypeOK ==
    /\ clientSeq \in [Clients -> 0..MaxSeq]
    /\ waiting \in [Clients -> BOOLEAN]
    /\ requests \subseteq Requests
    /\ session \in [Clients -> Entries]
    /\ counter \in 0..MaxCount

Init ==
    /\ clientSeq = [c \in Clients |-> 0]
    /\ waiting = [c \in Clients |-> FALSE]
    /\ requests = {}
    /\ session = [c \in Clients |-> NoEntry]
    /\ counter = 0

-----------------------------------------------------------------------------
(* Client c, with no outstanding command, issues its next one.            *)
ClientRequest(c) ==
    /\ ~waiting[c]
    /\ clientSeq[c] < MaxSeq
    /\ clientSeq' = [clientSeq EXCEPT ![c] = @ + 1]
    /\ waiting' = [waiting EXCEPT ![c] = TRUE]
    /\ requests' = requests \cup {[client |-> c, seq |-> clientSeq[c] + 1]}
    /\ UNCHANGED <<session, counter>>

(* Client c times out waiting for the reply and re-sends the same request. *)
ClientRetry(c) ==
    /\ waiting[c]
    /\ [client |-> c, seq |-> clientSeq[c]] \notin requests
    /\ requests' = requests \cup {[client |-> c, seq |-> clientSeq[c]]}
    /\ UNCHANGED <<clientSeq, waiting, session, counter>>

(* The network loses a request.                                            *)
LoseRequest(m) ==
    /\ m \in requests
    /\ requests' = requests \ {m}
    /\ UNCHANGED <<clientSeq, waiting, session, counter>>

(* The reply to request (c, s) reaches client c, or is lost.  A client     *)
(* takes only the reply to its outstanding command.                       *)
ReplyTo(c, s) ==
    \/ /\ waiting[c]
       /\ clientSeq[c] = s
       /\ waiting' = [waiting EXCEPT ![c] = FALSE]
    \/ UNCHANGED waiting

(* The state machine takes request m, which is new for its client: it      *)
(* applies the command, records it in the session table with its reply,   *)
(* and replies.                                                            *)
ApplyNew(m) ==
    /\ m \in requests
    /\ m.seq > session[m.client].seq
    /\ counter' = counter + 1
    /\ session' = [session EXCEPT ![m.client] =
                        [seq |-> m.seq, reply |-> counter + 1]]
    /\ requests' = requests \ {m}
    /\ ReplyTo(m.client, m.seq)
    /\ UNCHANGED clientSeq

(* The state machine takes request m, a duplicate of the last command it   *)
(* applied for the client: it answers with the cached reply, without       *)
(* applying the command again.                                             *)
AnswerDuplicate(m) ==
    /\ m \in requests
    /\ m.seq = session[m.client].seq
    /\ requests' = requests \ {m}
    /\ ReplyTo(m.client, m.seq)
    /\ UNCHANGED <<clientSeq, session, counter>>

(* The state machine takes a request older than the cached one: the client *)
(* has had that reply already, so the request is dropped.                  *)
DropStale(m) ==
    /\ m \in requests
    /\ m.seq < session[m.client].seq
    /\ requests' = requests \ {m}
    /\ UNCHANGED <<clientSeq, waiting, session, counter>>

Next ==
    \/ \E c \in Clients : ClientRequest(c) \/ ClientRetry(c)
    \/ \E m \in requests :
          LoseRequest(m) \/ ApplyNew(m) \/ AnswerDuplicate(m) \/ DropStale(m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* The number of distinct commands the session table records as applied:   *)
(* commands 1..session[c].seq of every client c.                           *)
RECURSIVE AppliedIn(_)
AppliedIn(S) ==
    IF S = {} THEN 0
    ELSE LET c == CHOOSE x \in S : TRUE
         IN  session[c].seq + AppliedIn(S \ {c})

(* Safety: every command is applied exactly once -- the counter has been   *)
(* incremented once per distinct applied command, never for a duplicate.  *)
ExactlyOnce == counter = AppliedIn(Clients)

=============================================================================
