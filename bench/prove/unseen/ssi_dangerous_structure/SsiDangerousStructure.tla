------------------------ MODULE SsiDangerousStructure ------------------------
(***************************************************************************)
(* Serializable Snapshot Isolation (Cahill, Roehm, Fekete, "Serializable   *)
(* Isolation for Snapshot Databases", SIGMOD 2008).                        *)
(*                                                                         *)
(* Transactions run under snapshot isolation: a transaction reads from the *)
(* snapshot taken when it began, so it does not see the writes of          *)
(* transactions concurrent with it.  A read of key k by a and a write of k *)
(* by b, a and b concurrent, form an rw-antidependency a -rw-> b (a must   *)
(* be serialized before b).  Fekete et al. showed that every              *)
(* non-serializable execution under SI contains a dangerous structure: a   *)
(* pivot b with a -rw-> b -rw-> c (a = c allowed).  SSI keeps two flags    *)
(* per transaction, inConflict and outConflict, and sets them whenever it  *)
(* detects an rw-antidependency:                                           *)
(*  - read(T, k): for every concurrent writer W of k (holding a write lock *)
(*    on k, or the creator of a version of k newer than T's snapshot),     *)
(*    if W committed and has outConflict, abort T; otherwise set           *)
(*    W.inConflict and T.outConflict;                                      *)
(*  - write(T, k): for every concurrent reader R of k (holding a SIREAD    *)
(*    lock on k), if R committed and has inConflict, abort T; otherwise    *)
(*    set R.outConflict and T.inConflict;                                  *)
(*  - commit(T): if T has both flags it would be a pivot: abort T.         *)
(*                                                                         *)
(* Begin and commit timestamps are abstracted to the concurrency relation  *)
(* they induce: two transactions overlap when one began before the other   *)
(* finished.  The workload is fixed, that of the read-only anomaly of     *)
(* Fekete, O'Neil and O'Neil (SIGMOD Record 2004), with X a checking and Y *)
(* a savings balance: T1 (deposit) reads Y then writes Y; T2 (withdrawal)  *)
(* reads X, reads Y, then writes X; T3 (report) reads X then Y.  No two    *)
(* transactions write the same key, so first-committer-wins never fires    *)
(* and is left out.  Values are not modelled.                              *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    T1, T2, T3,   \* the transactions
    X, Y          \* the keys

Txn == {T1, T2, T3}
Key == {X, Y}

(* Unordered pairs of distinct transactions.                               *)
Pairs == {p \in SUBSET Txn : Cardinality(p) = 2}

(* The program of each transaction: a sequence of reads and writes.        *)
Prog(t) ==
    CASE t = T1 -> << <<"r", Y>>, <<"w", Y>> >>
      [] t = T2 -> << <<"r", X>>, <<"r", Y>>, <<"w", X>> >>
      [] t = T3 -> << <<"r", X>>, <<"r", Y>> >>

(* The pc of a transaction about to perform operation i of its program.    *)
OpPc == <<"op1", "op2", "op3">>

VARIABLES
    pc,        \* pc[t]: "idle", "op1".."op3" (the next operation), "end"
               \* (all operations done), "committed" or "aborted"
    inConf,    \* the transactions whose inConflict flag is set
    outConf,   \* the transactions whose outConflict flag is set
    overlap    \* the pairs of transactions that have run concurrently

vars == <<pc, inConf, outConf, overlap>>

TypeOK ==
    /\ pc \in [Txn -> {"idle", "op1", "op2", "op3", "end", "committed", "aborted"}]
    /\ inConf \in SUBSET Txn
    /\ outConf \in SUBSET Txn
    /\ overlap \in SUBSET Pairs

Running(t) == pc[t] \in {"op1", "op2", "op3", "end"}

(* How many operations of t have been performed.                           *)
NDone(t) ==
    CASE pc[t] = "op2" -> 1
      [] pc[t] = "op3" -> 2
      [] pc[t] \in {"end", "committed"} -> Len(Prog(t))
      [] OTHER -> 0

HasRead(t, k) == \E i \in 1 .. NDone(t) : Prog(t)[i] = <<"r", k>>
HasWritten(t, k) == \E i \in 1 .. NDone(t) : Prog(t)[i] = <<"w", k>>

Concurrent(a, b) == {a, b} \in overlap

(* While t is about to perform an operation: the operation, and the pc of  *)
(* t once it is performed.                                                 *)
NextOp(t) == Prog(t)[NDone(t) + 1]
Advance(t) == IF NDone(t) + 1 = Len(Prog(t)) THEN "end" ELSE OpPc[NDone(t) + 2]

Init ==
    /\ pc = [t \in Txn |-> "idle"]
    /\ inConf = {}
    /\ outConf = {}
    /\ overlap = {}

-----------------------------------------------------------------------------
(* Transaction t begins and takes its snapshot: it is concurrent with      *)
(* every transaction still running.                                        *)
Begin(t) ==
    /\ pc[t] = "idle"
    /\ pc' = [pc EXCEPT ![t] = "op1"]
    /\ overlap' = overlap \cup {{t, u} : u \in {v \in Txn : Running(v)}}
    /\ UNCHANGED <<inConf, outConf>>

(* t reads key k from its snapshot.  Every concurrent writer of k that has *)
(* not aborted is the target of an rw-antidependency from t.               *)
Read(t, k) ==
    /\ pc[t] \in {"op1", "op2", "op3"}
    /\ NDone(t) < Len(Prog(t))
    /\ NextOp(t) = <<"r", k>>
    /\ LET W == {w \in Txn \ {t} : pc[w] # "aborted" /\ HasWritten(w, k)
                                   /\ Concurrent(t, w)}
       IN  IF \E w \in W : pc[w] = "committed" /\ w \in outConf
             THEN /\ pc' = [pc EXCEPT ![t] = "aborted"]
                  /\ UNCHANGED <<inConf, outConf>>
             ELSE /\ pc' = [pc EXCEPT ![t] = Advance(t)]
                  /\ inConf' = inConf \cup W
                  /\ outConf' = IF W = {} THEN outConf ELSE outConf \cup {t}
    /\ UNCHANGED overlap

(* t writes key k.  Every concurrent reader of k (its SIREAD lock) that    *)
(* has not aborted is the source of an rw-antidependency to t.             *)
Write(t, k) ==
    /\ pc[t] \in {"op1", "op2", "op3"}
    /\ NDone(t) < Len(Prog(t))
    /\ NextOp(t) = <<"w", k>>
    /\ LET R == {r \in Txn \ {t} : pc[r] # "aborted" /\ HasRead(r, k)
                                   /\ Concurrent(t, r)}
       IN  IF \E r \in R : pc[r] = "committed" /\ r \in inConf
             THEN /\ pc' = [pc EXCEPT ![t] = "aborted"]
                  /\ UNCHANGED <<inConf, outConf>>
             ELSE /\ pc' = [pc EXCEPT ![t] = Advance(t)]
                  /\ outConf' = outConf \cup R
                  /\ inConf' = IF R = {} THEN inConf ELSE inConf \cup {t}
    /\ UNCHANGED overlap

(* t tries to commit; it aborts if it has both an in- and an out-conflict. *)
Commit(t) ==
    /\ pc[t] = "end"
    /\ pc' = [pc EXCEPT ![t] =
                 IF t \in inConf /\ t \in outConf THEN "aborted" ELSE "committed"]
    /\ UNCHANGED <<inConf, outConf, overlap>>

(* A running transaction aborts on its own (the client rolls it back).     *)
Abort(t) ==
    /\ Running(t)
    /\ pc' = [pc EXCEPT ![t] = "aborted"]
    /\ UNCHANGED <<inConf, outConf, overlap>>

Next ==
    \/ \E t \in Txn : Begin(t) \/ Commit(t) \/ Abort(t)
    \/ \E t \in Txn, k \in Key : Read(t, k) \/ Write(t, k)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* a -rw-> b: a read a key that b, concurrent with a, wrote.               *)
RW(a, b) ==
    /\ a # b
    /\ Concurrent(a, b)
    /\ \E k \in Key : HasRead(a, k) /\ HasWritten(b, k)

Committed(t) == pc[t] = "committed"

(* No committed dangerous structure: no committed pivot b with committed   *)
(* a and c such that a -rw-> b -rw-> c.                                    *)
NoCommittedDangerousStructure ==
    ~\E a, b, c \in Txn :
        /\ Committed(a) /\ Committed(b) /\ Committed(c)
        /\ RW(a, b) /\ RW(b, c)
=============================================================================
