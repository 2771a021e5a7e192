------------------------- MODULE ObjectStoreCommit -------------------------
(***************************************************************************)
(* A transaction log kept directly on an object store, in the style of     *)
(* Delta Lake ("Delta Lake: High-Performance ACID Table Storage over Cloud *)
(* Object Stores", Armbrust et al., VLDB 2020).                            *)
(*                                                                         *)
(* The table's state is the ordered sequence of log records stored as      *)
(* objects 1.json, 2.json, ... in a bucket.  Table version N is the state  *)
(* obtained by replaying records 1..N.  There is no server that orders     *)
(* commits: writers coordinate only through the store, which offers an     *)
(* atomic conditional write, put-if-absent ("If-None-Match: *"): the put   *)
(* of key N.json succeeds only when no object has that key yet.            *)
(*                                                                         *)
(* A writer commits a transaction optimistically:                          *)
(*   1. it lists the log to learn the latest version N, prepares its       *)
(*      transaction against it and sends put-if-absent of record N+1;      *)
(*   2. if the store answers "ok", the transaction is committed as         *)
(*      version N+1 and the writer acknowledges it to its client;          *)
(*   3. if the store answers "exists", the writer reads record N+1 back.   *)
(*      If it holds the writer's own transaction, an earlier attempt       *)
(*      whose answer was lost had succeeded: the transaction is            *)
(*      committed.  Otherwise another writer won the race: the writer      *)
(*      re-lists the log, rebases its transaction on the new latest        *)
(*      version M and tries again with record M+1;                         *)
(*   4. if no answer comes back before a timeout, the writer sends the     *)
(*      same put-if-absent again (same key, same content).                 *)
(* Readers tail the log: they read records 1, 2, 3, ... in order.          *)
(*                                                                         *)
(* Failures modelled:                                                      *)
(*   - any number of concurrent writers racing for the same version;       *)
(*   - stale listings: the log may grow between a writer's listing and     *)
(*     the moment its put reaches the store;                               *)
(*   - message loss, delay, duplication and reordering between writers     *)
(*     and the store: a put request may be delayed and applied after the   *)
(*     writer has timed out and sent it again (a lost request is one that  *)
(*     is never applied: the retry then plays the part of the original);   *)
(*     an answer may be lost;                                              *)
(*   - writer crash: a writer may stop at any point, for instance after    *)
(*     its put reached the store but before it learnt the outcome.  This   *)
(*     needs no action of its own: a crashed writer is one that takes no   *)
(*     more steps, and such behaviours are already behaviours of Spec.     *)
(*     (The liveness property is about writers that keep running.)         *)
(* The store itself is reliable and strongly consistent (list, get and     *)
(* conditional put act atomically on the current contents).                *)
(*                                                                         *)
(* Each writer commits CommitsPerWriter transactions; the log has room     *)
(* for exactly all of them, which keeps the model finite.                  *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, TLC

CONSTANTS
    Writer,            \* the writers (processes that append to the log)
    Reader,            \* the readers (processes that tail the log)
    CommitsPerWriter   \* how many transactions each writer commits

ASSUME CommitsPerWriter \in Nat \ {0}

(* A transaction is identified by its writer and its sequence number.      *)
Txn == Writer \X (1..CommitsPerWriter)

(* The log has room for every transaction: versions 1..MaxVersion.         *)
MaxVersion == Cardinality(Writer) * CommitsPerWriter
Version == 1..MaxVersion

Max(S) == CHOOSE x \in S : \A y \in S : y <= x

VARIABLES
    log,        \* the bucket: a partial function from version to the
                \* transaction stored in record <version>.json
    requests,   \* put-if-absent requests in flight to the store
    responses,  \* answers in flight from the store to the writers
    pc,         \* pc[w]: "idle" or "waiting" (for an answer)
    txnNo,      \* txnNo[w]: sequence number of w's current transaction
    target,     \* target[w]: the version w is trying to commit as
    commits,    \* history: every [version, txn] the store ever wrote as
                \* record <version>.json
    acked,      \* history: the commits writers have acknowledged to
                \* their clients, as records [version, txn]
    view        \* view[r]: the records reader r has read, in order

vars == <<log, requests, responses, pc, txnNo, target, commits, acked, view>>

PutRequest == [writer : Writer, version : Version, txn : Txn]
PutResponse == [writer : Writer, version : Version, txn : Txn,
                result : {"ok", "exists"}]

(* The latest version: the highest record key in a listing of the log.     *)
Latest == IF DOMAIN log = {} THEN 0 ELSE Max(DOMAIN log)

(* The transaction writer w is currently committing.                       *)
CurrentTxn(w) == <<w, txnNo[w]>>

(* Writer w has committed all its transactions.                            *)
Finished(w) == pc[w] = "idle" /\ txnNo[w] = CommitsPerWriter

(* The put-if-absent writer w sends for its current attempt.               *)
Put(w) == [writer |-> w, version |-> target[w], txn |-> CurrentTxn(w)]

TypeOK ==
    /\ DOMAIN log \subseteq Version
    /\ \A v \in DOMAIN log : log[v] \in Txn
    /\ requests \subseteq PutRequest
    /\ responses \subseteq PutResponse
    /\ pc \in [Writer -> {"idle", "waiting"}]
    /\ txnNo \in [Writer -> 0..CommitsPerWriter]
    /\ target \in [Writer -> 0..MaxVersion]
    /\ commits \subseteq [version : Version, txn : Txn]
    /\ acked \subseteq [version : Version, txn : Txn]
    /\ view \in [Reader -> Seq(Txn)]

Init ==
    /\ log = [v \in {} |-> <<>>]
    /\ requests = {}
    /\ responses = {}
    /\ pc = [w \in Writer |-> "idle"]
    /\ txnNo = [w \in Writer |-> 0]
    /\ target = [w \in Writer |-> 0]
    /\ commits = {}
    /\ acked = {}
    /\ view = [r \in Reader |-> <<>>]

-----------------------------------------------------------------------------
(***************************************************************************)
(* Writer actions.                                                         *)
(***************************************************************************)

(* An idle writer starts its next transaction: it lists the log, learns    *)
(* the latest version N, prepares the transaction against version N and    *)
(* sends put-if-absent for record N+1.                                     *)
BeginCommit(w) ==
    /\ pc[w] = "idle"
    /\ txnNo[w] < CommitsPerWriter
    /\ Latest < MaxVersion
    /\ txnNo' = [txnNo EXCEPT ![w] = @ + 1]
    /\ target' = [target EXCEPT ![w] = Latest + 1]
    /\ pc' = [pc EXCEPT ![w] = "waiting"]
    /\ requests' = requests \cup
                   {[writer |-> w, version |-> Latest + 1,
                     txn |-> <<w, txnNo[w] + 1>>]}
    /\ UNCHANGED <<log, responses, commits, acked, view>>

(* No answer came back before the timeout: the writer sends the same       *)
(* put-if-absent again.  (A request identical to one still in flight       *)
(* adds nothing new, so the model resends only when none is in flight.)    *)
RetryAfterTimeout(w) ==
    /\ pc[w] = "waiting"
    /\ Put(w) \notin requests
    /\ requests' = requests \cup {Put(w)}
    /\ UNCHANGED <<log, responses, pc, txnNo, target, commits, acked, view>>

(* The store answered "ok": the transaction is committed as version        *)
(* target[w] and the writer acknowledges it to its client.                 *)
ReceiveOk(w) ==
    /\ pc[w] = "waiting"
    /\ \E m \in responses :
          /\ m.writer = w /\ m.version = target[w] /\ m.txn = CurrentTxn(w)
          /\ m.result = "ok"
          /\ responses' = responses \ {m}
    /\ acked' = acked \cup {[version |-> target[w], txn |-> CurrentTxn(w)]}
    /\ pc' = [pc EXCEPT ![w] = "idle"]
    /\ UNCHANGED <<log, requests, txnNo, target, commits, view>>

(* The store answered "exists": the writer reads record target[w] back.    *)
(* If the record holds its own transaction, an earlier attempt had         *)
(* succeeded and the transaction is committed.  Otherwise another writer   *)
(* took that version: the writer lists the log again, rebases on the new   *)
(* latest version and sends put-if-absent for the next record.             *)
ReceiveExists(w) ==
    /\ pc[w] = "waiting"
    /\ \E m \in responses :
          /\ m.writer = w /\ m.version = target[w] /\ m.txn = CurrentTxn(w)
          /\ m.result = "exists"
          /\ responses' = responses \ {m}
    /\ IF log[target[w]] = CurrentTxn(w)
          THEN /\ acked' = acked \cup
                           {[version |-> target[w], txn |-> CurrentTxn(w)]}
               /\ pc' = [pc EXCEPT ![w] = "idle"]
               /\ UNCHANGED <<requests, target>>
          ELSE /\ Latest < MaxVersion
               /\ target' = [target EXCEPT ![w] = Latest + 1]
               /\ requests' = requests \cup
                              {[writer |-> w, version |-> Latest + 1,
                                txn |-> CurrentTxn(w)]}
               /\ UNCHANGED <<acked, pc>>
    /\ UNCHANGED <<log, txnNo, commits, view>>

-----------------------------------------------------------------------------
(***************************************************************************)
(* The object store and the network.                                       *)
(***************************************************************************)

(* The store's answer to put request m.                                    *)
Answer(m, result) ==
    [writer |-> m.writer, version |-> m.version, txn |-> m.txn,
     result |-> result]

(* The store executes a put-if-absent request atomically: it creates the   *)
(* record if the key is free and answers "ok", and otherwise leaves the    *)
(* existing record untouched and answers "exists".                         *)
StorePutIfAbsent(m) ==
    /\ m \in requests
    /\ requests' = requests \ {m}
    /\ IF m.version \notin DOMAIN log
          THEN /\ log' = log @@ (m.version :> m.txn)
               /\ commits' = commits \cup
                             {[version |-> m.version, txn |-> m.txn]}
               /\ responses' = responses \cup {Answer(m, "ok")}
          ELSE /\ responses' = responses \cup {Answer(m, "exists")}
               /\ UNCHANGED <<log, commits>>
    /\ UNCHANGED <<pc, txnNo, target, acked, view>>

(* The network loses an answer on its way back to a writer (this also      *)
(* disposes of answers the writer no longer waits for).                    *)
LoseResponse(m) ==
    /\ m \in responses
    /\ responses' = responses \ {m}
    /\ UNCHANGED <<log, requests, pc, txnNo, target, commits, acked, view>>

-----------------------------------------------------------------------------
(***************************************************************************)
(* Readers.                                                                *)
(***************************************************************************)

(* A reader reads the next record of the log, if it exists.                *)
ReadNext(r) ==
    /\ Len(view[r]) + 1 \in DOMAIN log
    /\ view' = [view EXCEPT ![r] = Append(@, log[Len(view[r]) + 1])]
    /\ UNCHANGED <<log, requests, responses, pc, txnNo, target, commits, acked>>

(* Every writer has finished, the network is quiet and every reader has    *)
(* read the whole log: the model stops here (a final stuttering step, so   *)
(* that TLC does not report the end of the model as a deadlock).           *)
Terminated ==
    /\ \A w \in Writer : Finished(w)
    /\ requests = {} /\ responses = {}
    /\ \A r \in Reader : Len(view[r]) = Latest
    /\ UNCHANGED vars

-----------------------------------------------------------------------------
Next ==
    \/ \E w \in Writer :
          \/ BeginCommit(w) \/ RetryAfterTimeout(w)
          \/ ReceiveOk(w) \/ ReceiveExists(w)
    \/ \E m \in requests : StorePutIfAbsent(m)
    \/ \E m \in responses : LoseResponse(m)
    \/ \E r \in Reader : ReadNext(r)
    \/ Terminated

Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Fairness: writers keep taking their steps and keep retrying after       *)
(* timeouts; the store eventually serves a request that is sent again      *)
(* and again, and a writer eventually receives an answer that is sent      *)
(* again and again (fair-loss links).  Losses are never forced.            *)
(***************************************************************************)
StoreServes(w) == \E m \in requests : m.writer = w /\ StorePutIfAbsent(m)

FairSpec ==
    /\ Spec
    /\ \A w \in Writer :
          /\ WF_vars(BeginCommit(w))
          /\ WF_vars(RetryAfterTimeout(w))
          /\ SF_vars(StoreServes(w))
          /\ SF_vars(ReceiveOk(w))
          /\ SF_vars(ReceiveExists(w))
    /\ \A r \in Reader : WF_vars(ReadNext(r))

-----------------------------------------------------------------------------
(***************************************************************************)
(* Safety.                                                                 *)
(***************************************************************************)

(* The log has no holes: its records are exactly 1..Latest.                *)
GapFreeLog == DOMAIN log = 1..Latest

(* No two writers commit the same version: the store never wrote two       *)
(* different transactions as the same version.                             *)
OneCommitPerVersion ==
    \A a, b \in commits : a.version = b.version => a.txn = b.txn

(* An acknowledged commit is in the log, at the version the writer         *)
(* reported, for ever.                                                     *)
AcknowledgedCommitsDurable ==
    \A a \in acked : a.version \in DOMAIN log /\ log[a.version] = a.txn

(* Retries never commit a transaction twice.                               *)
EachTransactionOnce ==
    \A v1, v2 \in DOMAIN log : log[v1] = log[v2] => v1 = v2

(* What a reader has read is a prefix of the log: no record it read was    *)
(* later replaced.  With GapFreeLog: readers see a gap-free log that only  *)
(* grows.                                                                  *)
ReadersSeeLogPrefix ==
    \A r \in Reader :
       \A i \in 1..Len(view[r]) : i \in DOMAIN log /\ log[i] = view[r][i]

(***************************************************************************)
(* Liveness: every writer (that keeps running) eventually gets all its     *)
(* transactions committed and acknowledged, however the races go.          *)
(***************************************************************************)
EveryWriterFinishes == \A w \in Writer : <>Finished(w)

(* Writers are interchangeable (readers too, but models use one reader).   *)
Perms == Permutations(Writer)

=============================================================================
