---------------------------- MODULE AbdRegister ----------------------------
(***************************************************************************)
(* A single-writer multi-reader register in the style of Attiya, Bar-Noy   *)
(* and Dolev, replicated on the replicas of Replica with majority quorums. *)
(*                                                                         *)
(* The writer issues its writes back to back with timestamps 1, 2, ...,    *)
(* MaxTs: write t is sent as soon as write t-1 has been acknowledged by a  *)
(* majority, so the write in progress always carries timestamp             *)
(* LastCompleted + 1.  There is a single writer, so the value of write t   *)
(* is fixed by t and a replica's (ts, value) pair is represented by its    *)
(* timestamp alone.  A replica that receives a write adopts it if it is    *)
(* newer than what it stores and acknowledges it with an ack message       *)
(* [rep, ts]; the writer counts a write as complete once acks for its      *)
(* timestamp have come from a majority.                                    *)
(*                                                                         *)
(* A reader queries the replicas, each of which answers with its current   *)
(* (ts, value); the reader keeps the answer with the highest timestamp and *)
(* returns it once a majority has answered (the query phase of ABD; the    *)
(* write-back phase, needed only for atomicity, is left out).  The ghost   *)
(* rstart remembers the last write completed when the read began.          *)
(*                                                                         *)
(* Safety (regularity): a completed read returns a timestamp at least that *)
(* of the last write completed before the read began.                      *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Replica,  \* the replicas
          MaxTs     \* the timestamp of the writer's last write

ASSUME MaxTs \in Nat

Ts == 0 .. MaxTs
WriteTs == 1 .. MaxTs

Quorum == {Q \in SUBSET Replica : 2 * Cardinality(Q) > Cardinality(Replica)}

Max(S) == CHOOSE x \in S : \A y \in S : y <= x

VARIABLES store,   \* store[r]: timestamp of the (ts, value) pair replica r stores
          acks,    \* ack messages [rep, ts] sent to the writer
          rphase,  \* reader: "idle", "query" or "done"
          rstart,  \* ghost: last completed write when the current read began
          resp,    \* reader: replicas that have answered the current query
          rmax     \* reader: highest timestamp answered so far (the result when done)

vars == <<store, acks, rphase, rstart, resp, rmax>>

TypeOK ==
    /\ store \in [Replica -> Ts]
    /\ acks \in SUBSET [rep : Replica, ts : WriteTs]
    /\ rphase \in {"idle", "query", "done"}
    /\ rstart \in Ts
    /\ resp \in SUBSET Replica
    /\ rmax \in Ts

(* The replicas that have acknowledged write t. *)
AckedBy(t) == {a.rep : a \in {m \in acks : m.ts = t}}

(* The last write the writer has seen acknowledged by a majority (0: none). *)
LastCompleted == Max({0} \cup {t \in WriteTs : AckedBy(t) \in Quorum})

(* The timestamp of the write in progress. *)
Pending == LastCompleted + 1

Init ==
    /\ store = [r \in Replica |-> 0]
    /\ acks = {}
    /\ rphase = "idle"
    /\ rstart = 0
    /\ resp = {}
    /\ rmax = 0

(* Replica r receives the write in progress, stores it if it is newer than *)
(* its own pair, and acknowledges it.                                      *)
ReceiveWrite(r) ==
    /\ Pending <= MaxTs
    /\ [rep |-> r, ts |-> Pending] \notin acks
    /\ store' = [store EXCEPT ![r] = IF @ < Pending THEN Pending ELSE @]
    /\ acks' = acks \cup {[rep |-> r, ts |-> Pending]}
    /\ UNCHANGED <<rphase, rstart, resp, rmax>>

(* The reader starts a new read: it broadcasts a query. *)
StartRead ==
    /\ rphase # "query"
    /\ rphase' = "query"
    /\ rstart' = LastCompleted
    /\ resp' = {}
    /\ rmax' = 0
    /\ UNCHANGED <<store, acks>>

(* Replica r answers the query with its pair; the reader keeps the newest. *)
Reply(r) ==
    /\ rphase = "query"
    /\ r \notin resp
    /\ resp' = resp \cup {r}
    /\ rmax' = IF store[r] > rmax THEN store[r] ELSE rmax
    /\ UNCHANGED <<store, acks, rphase, rstart>>

(* A majority has answered: the read returns the newest pair it got. *)
FinishRead ==
    /\ rphase = "query"
    /\ resp \in Quorum
    /\ rphase' = "done"
    /\ UNCHANGED <<store, acks, rstart, resp, rmax>>

Next ==
    \/ StartRead
    \/ FinishRead
    \/ \E r \in Replica : ReceiveWrite(r) \/ Reply(r)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* A completed read returns a timestamp at least that of the last write    *)
(* completed before the read began.                                        *)
ReadRegular == rphase = "done" => rmax >= rstart
=============================================================================
