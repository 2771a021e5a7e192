--------------------------- MODULE OCCValidation ---------------------------
(***************************************************************************)
(* Optimistic concurrency control with backward validation (Kung and       *)
(* Robinson, "On Optimistic Methods for Concurrency Control", 1981).       *)
(*                                                                         *)
(* A transaction runs in three phases.  When it starts it records the      *)
(* current transaction number (the number of committed transactions).     *)
(* In its read phase it reads items from the committed database, recording *)
(* the version it saw (the transaction number of the last committed        *)
(* writer of the item, 0 for the initial value); writes are buffered in a  *)
(* private workspace.  At commit it is validated backward, in a critical   *)
(* section: if some transaction that committed after its start wrote an    *)
(* item it read, it fails validation; otherwise it is assigned the next    *)
(* transaction number and its writes are installed (write phase).          *)
(*                                                                         *)
(* What is modelled: the committed database is the log of committed       *)
(* transactions with their write sets, indexed by transaction number; the  *)
(* version of an item is the number of its last writer in the log.  Item  *)
(* values are not modelled.  A running transaction may abort at any time  *)
(* (on failed validation, or by the client) and restarts later with an    *)
(* empty read set.  Read-only transactions also take a transaction number. *)
(*                                                                         *)
(* Safety: every committed transaction read only versions that were still  *)
(* current when it committed: no transaction committed between the version *)
(* it read and its own commit wrote that item.                             *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    Txn,        \* transactions
    Item,       \* database items
    None        \* "not running" / "not read"

MaxTn   == Cardinality(Txn)      \* each transaction commits at most once
TxnNum  == 0..MaxTn
LogEntry == [txn : Txn, ws : SUBSET Item]

VARIABLES
    log,        \* log[n]: the transaction with number n and its write set
    start,      \* start[T]: transaction number when T started, None if not running
    rv          \* rv[T][i]: version of item i that T read, None if not read

vars == << log, start, rv >>

TypeOK ==
    /\ log \in UNION { [1..n -> LogEntry] : n \in 0..MaxTn }
    /\ start \in [Txn -> TxnNum \cup {None}]
    /\ rv \in [Txn -> [Item -> TxnNum \cup {None}]]

Init ==
    /\ log = << >>
    /\ start = [T \in Txn |-> None]
    /\ rv = [T \in Txn |-> [i \in Item |-> None]]

Committed == { log[n].txn : n \in 1..Len(log) }

Running(T) == start[T] # None /\ T \notin Committed

ReadSet(T) == { i \in Item : rv[T][i] # None }

\* The committed version of item i: the number of its last writer.
Version(i) ==
    LET writers == { n \in 1..Len(log) : i \in log[n].ws }
    IN  IF writers = {} THEN 0
        ELSE CHOOSE n \in writers : \A m \in writers : m <= n

\* Backward validation: no transaction that committed after T started
\* wrote an item that T read.
Valid(T) ==
    \A n \in (start[T] + 1)..Len(log) : log[n].ws \cap ReadSet(T) = {}

(* T starts: it records the current transaction number. *)
Begin(T) ==
    /\ start[T] = None
    /\ T \notin Committed
    /\ start' = [start EXCEPT ![T] = Len(log)]
    /\ UNCHANGED << log, rv >>

(* Read phase: T reads the committed version of item i. *)
Read(T, i) ==
    /\ Running(T)
    /\ rv[T][i] = None
    /\ rv' = [rv EXCEPT ![T][i] = Version(i)]
    /\ UNCHANGED << log, start >>

(* T passes validation, takes the next transaction number and installs *)
(* its buffered writes W.                                              *)
Commit(T, W) ==
    /\ Running(T)
    /\ Len(log) < MaxTn
    /\ Valid(T)
    /\ log' = Append(log, [txn |-> T, ws |-> W])
    /\ UNCHANGED << start, rv >>

(* T aborts (failed validation or client abort); it may restart later. *)
Abort(T) ==
    /\ Running(T)
    /\ start' = [start EXCEPT ![T] = None]
    /\ rv' = [rv EXCEPT ![T] = [i \in Item |-> None]]
    /\ UNCHANGED log

Next ==
    \E T \in Txn :
        \/ Begin(T)
        \/ \E i \in Item : Read(T, i)
        \/ \E W \in SUBSET Item : Commit(T, W)
        \/ Abort(T)

Spec == Init /\ [][Next]_vars

(* The reads of each committed transaction were current at its commit:  *)
(* no transaction numbered between the version read and the reader      *)
(* wrote the item.                                                      *)
ReadsCurrentAtCommit ==
    \A n \in 1..Len(log) :
        \A i \in ReadSet(log[n].txn) :
            \A m \in (rv[log[n].txn][i] + 1)..(n - 1) : i \notin log[m].ws

=============================================================================
