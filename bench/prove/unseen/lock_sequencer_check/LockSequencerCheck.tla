------------------------- MODULE LockSequencerCheck -------------------------
(***************************************************************************)
(* Lock sequencers of the Chubby lock service (Burrows, "The Chubby lock   *)
(* service for loosely-coupled distributed systems", OSDI 2006, sec. 2.4). *)
(*                                                                         *)
(* A client that acquires a lock may ask for a sequencer: an opaque string *)
(* naming the lock and its generation number, which the lock service       *)
(* increments at every acquisition.  The client passes the sequencer with  *)
(* each request to a server that the lock protects.  A lock is lost when   *)
(* the client's session lease expires at the master, and the client may    *)
(* learn this late (a long pause, a partition): until then it still sends  *)
(* requests with its old sequencer, and those requests may be delayed in   *)
(* the network.  The server checks the sequencer before it acts: against   *)
(* the most recent sequencer it has observed, which it also refreshes from *)
(* its Chubby cache; a request with an older generation is rejected.       *)
(*                                                                         *)
(* Model.  One lock and one storage server.  The lock service keeps the    *)
(* generation of the latest grant and whether that grant is still in       *)
(* force; grantee records to whom each generation was granted.  A client   *)
(* has at most one write request in flight, carrying its sequencer.  The   *)
(* server stores the latest accepted write: its generation and writer,     *)
(* and, as history, the generation of the write it replaced.               *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Client,     \* the clients of the lock service
    MaxGen,     \* generations are 1..MaxGen (0: no sequencer)
    None        \* a model value: nobody

Gen == 1..MaxGen

ASSUME None \notin Client

VARIABLES
    gen,        \* the generation of the latest grant of the lock (0: never granted)
    held,       \* the latest grant is still in force at the lock service
    grantee,    \* grantee[g]: the client that was granted generation g, or None
    seq,        \* seq[c]: the generation of the sequencer client c holds (0: none)
    inflight,   \* inflight[c]: the generation carried by c's write in flight (0: none)
    latestSeen, \* the most recent generation the server has observed
    dataGen,    \* the generation carried by the write the server last accepted (0: none)
    dataWriter, \* the client whose write the server last accepted, or None
    prevGen     \* history: the generation of the write accepted before that one

vars == <<gen, held, grantee, seq, inflight, latestSeen, dataGen, dataWriter, prevGen>>

TypeOK ==
    /\ gen \in 0..MaxGen
    /\ held \in BOOLEAN
    /\ grantee \in [Gen -> Client \cup {None}]
    /\ seq \in [Client -> 0..MaxGen]
    /\ inflight \in [Client -> 0..MaxGen]
    /\ latestSeen \in 0..MaxGen
    /\ dataGen \in 0..MaxGen
    /\ dataWriter \in Client \cup {None}
    /\ prevGen \in 0..MaxGen

Init ==
    /\ gen = 0
    /\ held = FALSE
    /\ grantee = [g \in Gen |-> None]
    /\ seq = [c \in Client |-> 0]
    /\ inflight = [c \in Client |-> 0]
    /\ latestSeen = 0
    /\ dataGen = 0
    /\ dataWriter = None
    /\ prevGen = 0

(* Client c holds the lock in force: its sequencer is the current grant.   *)
InForce(c) == held /\ gen > 0 /\ grantee[gen] = c /\ seq[c] = gen

-----------------------------------------------------------------------------
(* Client c, which holds no sequencer, acquires the free lock: the         *)
(* generation is incremented and c gets the sequencer for it.              *)
Acquire(c) ==
    /\ ~held
    /\ seq[c] = 0
    /\ gen < MaxGen
    /\ gen' = gen + 1
    /\ held' = TRUE
    /\ grantee' = [grantee EXCEPT ![gen + 1] = c]
    /\ seq' = [seq EXCEPT ![c] = gen + 1]
    /\ UNCHANGED <<inflight, latestSeen, dataGen, dataWriter, prevGen>>

(* Client c releases the lock it holds.                                    *)
Release(c) ==
    /\ InForce(c)
    /\ held' = FALSE
    /\ seq' = [seq EXCEPT ![c] = 0]
    /\ UNCHANGED <<gen, grantee, inflight, latestSeen, dataGen, dataWriter, prevGen>>

(* The holder's session lease expires at the master, which frees the lock; *)
(* the holder is not told.                                                 *)
Expire ==
    /\ held
    /\ held' = FALSE
    /\ UNCHANGED <<gen, grantee, seq, inflight, latestSeen, dataGen, dataWriter, prevGen>>

(* Client c learns that its lock is no longer in force and drops its       *)
(* sequencer.                                                              *)
LearnLoss(c) ==
    /\ seq[c] # 0
    /\ ~InForce(c)
    /\ seq' = [seq EXCEPT ![c] = 0]
    /\ UNCHANGED <<gen, held, grantee, inflight, latestSeen, dataGen, dataWriter, prevGen>>

(* Client c, which believes it holds the lock, sends a write request with  *)
(* its sequencer.                                                          *)
SendWrite(c) ==
    /\ seq[c] # 0
    /\ inflight[c] = 0
    /\ inflight' = [inflight EXCEPT ![c] = seq[c]]
    /\ UNCHANGED <<gen, held, grantee, seq, latestSeen, dataGen, dataWriter, prevGen>>

(* The server receives c's write and checks its sequencer against the most *)
(* recent one it has observed: it accepts the write if the generation is   *)
(* not older, and rejects it otherwise.                                    *)
ServerReceive(c) ==
    /\ inflight[c] # 0
    /\ inflight' = [inflight EXCEPT ![c] = 0]
    /\ IF inflight[c] >= latestSeen
         THEN /\ latestSeen' = inflight[c]
              /\ prevGen' = dataGen
              /\ dataGen' = inflight[c]
              /\ dataWriter' = c
         ELSE UNCHANGED <<latestSeen, dataGen, dataWriter, prevGen>>
    /\ UNCHANGED <<gen, held, grantee, seq>>

(* The server's Chubby cache learns the lock's current generation.         *)
RefreshFromCache ==
    /\ latestSeen < gen
    /\ latestSeen' = gen
    /\ UNCHANGED <<gen, held, grantee, seq, inflight, dataGen, dataWriter, prevGen>>

Next ==
    \/ \E c \in Client :
          Acquire(c) \/ Release(c) \/ LearnLoss(c) \/ SendWrite(c) \/ ServerReceive(c)
    \/ Expire
    \/ RefreshFromCache

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* The write the server holds came from the client that was granted the    *)
(* generation it carries, and it does not carry an older generation than   *)
(* the write it replaced.  (Every accepted write is the stored one for a   *)
(* while, so every accepted write came from its generation's holder, and   *)
(* accepted generations never go backwards.)                               *)
SequencerSafety ==
    /\ dataGen # 0 => grantee[dataGen] = dataWriter
    /\ prevGen <= dataGen
=============================================================================
