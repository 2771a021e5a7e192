------------------------------ MODULE WoundWait ------------------------------
(***************************************************************************)
(* Strict two-phase locking with wound-wait deadlock prevention            *)
(* (Rosenkrantz, Stearns and Lewis, "System level concurrency control for  *)
(* distributed database systems", 1978).                                   *)
(*                                                                         *)
(* Each transaction has a unique timestamp taken when it first started; a  *)
(* smaller timestamp means an older transaction.  Here a transaction is    *)
(* named by its timestamp: Txn = 1..NumTxns.  Every transaction needs an   *)
(* exclusive lock on every item (in any order) before it can commit, so    *)
(* without deadlock prevention transactions would deadlock.                *)
(*                                                                         *)
(* The lock manager keeps, for each transaction, the set of items it has   *)
(* locked and the item it is blocked on, if any.  When transaction t       *)
(* requests item i:                                                        *)
(*   - if nobody holds i, t gets the lock;                                 *)
(*   - if i is held by an older transaction, t waits (is queued on i);     *)
(*   - if i is held by a younger transaction h, t wounds h: h is aborted,  *)
(*     releases all its locks and restarts later with its old timestamp    *)
(*     (so it eventually becomes the oldest); t takes the lock on i.       *)
(* A transaction commits once it holds all its locks, and then releases    *)
(* them (strict 2PL: growing phase, commit, release).  A released lock is  *)
(* handed to the oldest transaction queued on it, which stops waiting.     *)
(* Each request, abort and commit is one atomic step of the lock manager;  *)
(* the rollback of an aborted transaction's writes is abstracted.          *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    NumTxns,    \* number of transactions; Txn = 1..NumTxns are timestamps
    Item,       \* the data items that can be locked
    NoItem      \* marker: a transaction that waits for nothing

ASSUME NumTxns \in Nat \ {0} /\ NoItem \notin Item

Txn == 1..NumTxns

VARIABLES
    locks,      \* locks[t]: the items transaction t holds an exclusive lock on
    waiting,    \* waiting[t]: the item t is queued on, or NoItem
    pc          \* pc[t]: "active" (running or restarted) or "committed"

vars == <<locks, waiting, pc>>

TypeOK ==
    /\ locks \in [Txn -> SUBSET Item]
    /\ waiting \in [Txn -> Item \cup {NoItem}]
    /\ pc \in [Txn -> {"active", "committed"}]

Init ==
    /\ locks = [t \in Txn |-> {}]
    /\ waiting = [t \in Txn |-> NoItem]
    /\ pc = [t \in Txn |-> "active"]

-----------------------------------------------------------------------------
Holders(i) == {u \in Txn : i \in locks[u]}

\* The oldest transaction other than h queued on item j, or 0 if none.
NextHolder(j, h) ==
    LET W == {u \in Txn \ {h} : waiting[u] = j}
    IN  IF W = {} THEN 0 ELSE CHOOSE u \in W : \A v \in W : u <= v

\* The items of R that go to transaction u when h releases them.
Granted(u, R, h) == {j \in R : NextHolder(j, h) = u}

\* A transaction that can issue a request: running and not blocked.
Ready(t) == pc[t] = "active" /\ waiting[t] = NoItem

\* t requests a free item and gets the lock.
Acquire(t, i) ==
    /\ Ready(t)
    /\ i \notin locks[t]
    /\ Holders(i) = {}
    /\ locks' = [locks EXCEPT ![t] = @ \cup {i}]
    /\ UNCHANGED <<waiting, pc>>

\* t requests an item held by an older transaction h: t waits.
Wait(t, i, h) ==
    /\ Ready(t)
    /\ i \notin locks[t]
    /\ h \in Holders(i)
    /\ h < t
    /\ waiting' = [waiting EXCEPT ![t] = i]
    /\ UNCHANGED <<locks, pc>>

\* t requests an item held by a younger transaction h: t wounds h.  h
\* aborts and releases all its locks: i goes to t, every other item to
\* the oldest transaction queued on it.  h restarts with its timestamp.
Wound(t, i, h) ==
    /\ Ready(t)
    /\ i \notin locks[t]
    /\ h \in Holders(i)
    /\ t < h
    /\ LET R == locks[h] \ {i}
       IN  /\ locks' = [u \in Txn |->
                          IF u = h THEN {}
                          ELSE IF u = t THEN locks[t] \cup {i}
                          ELSE locks[u] \cup Granted(u, R, h)]
           /\ waiting' = [u \in Txn |->
                            IF u = h \/ Granted(u, R, h) # {} THEN NoItem
                            ELSE waiting[u]]
    /\ UNCHANGED pc

\* t holds every lock it needs: it commits and releases them all, each to
\* the oldest transaction queued on it.
Commit(t) ==
    /\ Ready(t)
    /\ locks[t] = Item
    /\ LET R == locks[t]
       IN  /\ locks' = [u \in Txn |->
                          IF u = t THEN {}
                          ELSE locks[u] \cup Granted(u, R, t)]
           /\ waiting' = [u \in Txn |->
                            IF u = t \/ Granted(u, R, t) # {} THEN NoItem
                            ELSE waiting[u]]
    /\ pc' = [pc EXCEPT ![t] = "committed"]

Next ==
    \/ \E t \in Txn, i \in Item : Acquire(t, i)
    \/ \E t \in Txn, i \in Item, h \in Txn : Wait(t, i, h)
    \/ \E t \in Txn, i \in Item, h \in Txn : Wound(t, i, h)
    \/ \E t \in Txn : Commit(t)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: a transaction only ever waits for older transactions: whenever  *)
(* t is queued on an item, every holder of that item is older than t.      *)
(* So the waits-for graph has no cycle and no deadlock can form.           *)
NoWaitForYounger ==
    \A t, u \in Txn :
        (waiting[t] # NoItem /\ waiting[t] \in locks[u]) => u < t

=============================================================================
