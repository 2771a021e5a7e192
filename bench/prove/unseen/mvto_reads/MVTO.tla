-------------------------------- MODULE MVTO --------------------------------
(***************************************************************************)
(* Multi-version timestamp ordering (MVTO) concurrency control (Reed 1978; *)
(* Bernstein, Hadzilacos and Goodman, "Concurrency Control and Recovery   *)
(* in Database Systems", ch. 5).                                           *)
(*                                                                         *)
(* Transaction t has the timestamp t (1..N); the initial versions of all   *)
(* keys are written by timestamp 0.  For every key the store keeps the     *)
(* versions that exist, each named by the timestamp of its writer (its     *)
(* write timestamp), and on every version the largest timestamp of a       *)
(* transaction that has read it (its read timestamp, rts).                 *)
(*                                                                         *)
(*   read(t, k):  t reads the version of k with the largest write          *)
(*                timestamp <= t (its own version if it wrote k) and       *)
(*                raises that version's rts to t.  If that version was     *)
(*                written by a transaction that has not committed yet, the *)
(*                read waits (no dirty reads, hence no cascading aborts).  *)
(*   write(t, k): let v be the version t would supersede: the one with the *)
(*                largest write timestamp < t.  If rts(v) > t, a younger   *)
(*                transaction has read v and would have had to read t's    *)
(*                write instead: the write is rejected and t aborts.       *)
(*                Otherwise t creates a new version of k with write and    *)
(*                read timestamp t.                                        *)
(*   commit(t):   t's versions become visible to readers.                  *)
(*   abort(t):    (on rejection, or by the client) t's versions are        *)
(*                discarded.                                               *)
(*                                                                         *)
(* Each transaction writes each key at most once.  Garbage collection of   *)
(* old versions is not modelled.                                           *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Key,   \* the data items
    N      \* number of transactions; their timestamps are 1..N

ASSUME N \in Nat \ {0}

Txn == 1..N      \* transactions, identified with their timestamps
TS  == 0..N      \* timestamps; 0 is the writer of the initial versions

VARIABLES
    status,   \* status[t] \in {"active", "committed", "aborted"}
    written,  \* written[k][t]: t's version of k exists
    rts       \* rts[k][w]: read timestamp of the version of k written by w

vars == <<status, written, rts>>

TypeOK ==
    /\ status \in [Txn -> {"active", "committed", "aborted"}]
    /\ written \in [Key -> [Txn -> BOOLEAN]]
    /\ rts \in [Key -> [TS -> TS]]

Init ==
    /\ status = [t \in Txn |-> "active"]
    /\ written = [k \in Key |-> [t \in Txn |-> FALSE]]
    /\ rts = [k \in Key |-> [w \in TS |-> 0]]

Max(a, b) == IF a >= b THEN a ELSE b

(* The write timestamps of the versions of k (0 is the initial version).   *)
Versions(k) == {0} \cup {w \in Txn : written[k][w]}

(* The version of k with the largest write timestamp in S.                 *)
Latest(k, S) == CHOOSE w \in S : \A u \in S : u <= w

(* Discard every version written by t.                                     *)
DropVersions(t) ==
    /\ written' = [k \in Key |-> [written[k] EXCEPT ![t] = FALSE]]
    /\ rts' = [k \in Key |-> IF written[k][t] THEN [rts[k] EXCEPT ![t] = 0]
                                             ELSE rts[k]]

(* t reads k: the latest version with write timestamp <= t, once its       *)
(* writer has committed (or it is t's own), raising its read timestamp.    *)
Read(t, k) ==
    LET v == Latest(k, {w \in Versions(k) : w <= t}) IN
    /\ status[t] = "active"
    /\ IF v \in Txn \ {t} THEN status[v] = "committed" ELSE TRUE
    /\ rts' = [rts EXCEPT ![k][v] = Max(@, t)]
    /\ UNCHANGED <<status, written>>

(* t writes k: allowed when no younger transaction has read the version    *)
(* it supersedes; creates t's version.                                     *)
Write(t, k) ==
    LET v == Latest(k, {w \in Versions(k) : w < t}) IN
    /\ status[t] = "active"
    /\ ~written[k][t]
    /\ rts[k][v] <= t
    /\ written' = [written EXCEPT ![k][t] = TRUE]
    /\ rts' = [rts EXCEPT ![k][t] = t]
    /\ UNCHANGED status

(* t writes k but a younger transaction has already read the version it    *)
(* would supersede: the write is rejected and t aborts.                    *)
RejectWrite(t, k) ==
    LET v == Latest(k, {w \in Versions(k) : w < t}) IN
    /\ status[t] = "active"
    /\ ~written[k][t]
    /\ rts[k][v] > t
    /\ status' = [status EXCEPT ![t] = "aborted"]
    /\ DropVersions(t)

Commit(t) ==
    /\ status[t] = "active"
    /\ status' = [status EXCEPT ![t] = "committed"]
    /\ UNCHANGED <<written, rts>>

(* The client aborts t.                                                    *)
Abort(t) ==
    /\ status[t] = "active"
    /\ status' = [status EXCEPT ![t] = "aborted"]
    /\ DropVersions(t)

Next ==
    \E t \in Txn :
        \/ Commit(t)
        \/ Abort(t)
        \/ \E k \in Key : Read(t, k) \/ Write(t, k) \/ RejectWrite(t, k)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(***************************************************************************)
(* Safety: no read is invalidated.  No committed write has created a       *)
(* version of k that falls strictly between a version w of k and a read of *)
(* w by a younger transaction (a transaction whose timestamp is rts(w)).   *)
(* Such a reader should have read the newer version.                       *)
(***************************************************************************)
NoInvalidatedRead ==
    \A k \in Key, w \in TS, b \in Txn :
        /\ w \in Versions(k)
        /\ written[k][b]
        /\ status[b] = "committed"
        => ~(w < b /\ b < rts[k][w])
=============================================================================
