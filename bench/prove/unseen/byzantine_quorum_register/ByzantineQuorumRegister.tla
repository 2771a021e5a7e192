----------------------- MODULE ByzantineQuorumRegister -----------------------
(***************************************************************************)
(* A replicated register over a masking quorum system (D. Malkhi and       *)
(* M. Reiter, "Byzantine Quorum Systems", Distributed Computing 11(4),     *)
(* 1998, Section 3): n servers of which up to F are Byzantine; any two     *)
(* quorums intersect in at least 2F + 1 servers, and the correct servers   *)
(* alone contain a quorum (here n = 5, F = 1, quorums of 4).               *)
(*                                                                         *)
(* A single writer writes values in order, each with the next timestamp:  *)
(* it sends (ts, v) to the servers and the write completes once a quorum  *)
(* has acknowledged it.  A correct server keeps the pair with the highest  *)
(* timestamp it has received.  A reader queries a quorum and, among the    *)
(* pairs reported by at least F + 1 servers of the quorum, returns the one *)
(* with the highest timestamp.  A Byzantine server may acknowledge any     *)
(* write and report any (ts, value) pair, but cannot alone vouch for one.  *)
(* The register is safe in Lamport's sense: a read that overlaps no write  *)
(* returns the value of the last completed write, and any read returns a   *)
(* value that was written (or the initial value), never one the Byzantine  *)
(* server made up.                                                          *)
(*                                                                         *)
(* Model.  Messages are not modelled: a correct server receives the        *)
(* current write while it is in progress (delivery may stop at any        *)
(* server), and a read gathers the replies of a quorum in one step, the    *)
(* Byzantine servers replying with pairs of their choice.  A read overlaps *)
(* a write if the write is in progress at some point between the read's    *)
(* start and its end.  Timestamps are 0..MaxTs, 0 being the initial pair  *)
(* (0, V0).  One reader runs reads one after the other.                    *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Server,   \* the servers
    Byz,      \* the Byzantine servers (unknown to the clients)
    F,        \* the number of Byzantine servers tolerated
    QSize,    \* the size of a quorum
    Value,    \* the values the writer writes
    V0,       \* the initial value of the register
    MaxTs     \* the writes have timestamps 1..MaxTs

Correct == Server \ Byz
Ts == 0..MaxTs
Pair == Ts \X (Value \cup {V0})
Quorum == {Q \in SUBSET Server : Cardinality(Q) = QSize}

ASSUME /\ Byz \subseteq Server /\ Cardinality(Byz) <= F
       /\ \A Q1, Q2 \in Quorum : Cardinality(Q1 \cap Q2) >= 2 * F + 1
       /\ Cardinality(Server) - F >= QSize
       /\ V0 \notin Value

VARIABLES
    store,    \* store[s]: the timestamp of the pair correct server s holds
    wval,     \* wval[k]: the value of the write with timestamp k (for k <= wts)
    wts,      \* the timestamp of the writer's latest write
    wphase,   \* the writer: "idle" or "writing" (write wts in progress)
    rphase,   \* the reader: "idle", "reading" or "done"
    rstart,   \* the timestamp of the last completed write when the read started
    overlap,  \* the read has overlapped a write
    rts,      \* the timestamp of the pair the read returned
    rval      \* the value the read returned

vars == <<store, wval, wts, wphase, rphase, rstart, overlap, rts, rval>>

TypeOK ==
    /\ store \in [Correct -> Ts]
    /\ wval \in [1..MaxTs -> Value]
    /\ wts \in Ts
    /\ wphase \in {"idle", "writing"}
    /\ rphase \in {"idle", "reading", "done"}
    /\ rstart \in Ts
    /\ overlap \in BOOLEAN
    /\ rts \in Ts
    /\ rval \in Value \cup {V0}

(* The value written with timestamp k.                                     *)
ValOf(k) == IF k = 0 THEN V0 ELSE wval[k]

(* The timestamp of the last completed write.                              *)
LastCompleted == IF wphase = "writing" THEN wts - 1 ELSE wts

Init ==
    /\ store = [s \in Correct |-> 0]
    /\ wval = [k \in 1..MaxTs |-> CHOOSE v \in Value : TRUE]
    /\ wts = 0
    /\ wphase = "idle"
    /\ rphase = "idle"
    /\ rstart = 0
    /\ overlap = FALSE
    /\ rts = 0
    /\ rval = V0

-----------------------------------------------------------------------------
(* The writer starts writing v with the next timestamp.                    *)
WriteStart(v) ==
    /\ wphase = "idle"
    /\ wts < MaxTs
    /\ wts' = wts + 1
    /\ wval' = [wval EXCEPT ![wts + 1] = v]
    /\ wphase' = "writing"
    /\ overlap' = (overlap \/ rphase = "reading")
    /\ UNCHANGED <<store, rphase, rstart, rts, rval>>

(* Correct server s receives the write in progress and keeps it, its       *)
(* timestamp being higher than the one it holds.                           *)
ServerStore(s) ==
    /\ wphase = "writing"
    /\ store[s] < wts
    /\ store' = [store EXCEPT ![s] = wts]
    /\ UNCHANGED <<wval, wts, wphase, rphase, rstart, overlap, rts, rval>>

(* A quorum has acknowledged the write: the correct servers of the quorum  *)
(* hold it, and the Byzantine ones may acknowledge anyway.                 *)
WriteComplete ==
    /\ wphase = "writing"
    /\ \E Q \in Quorum : \A s \in Q \cap Correct : store[s] = wts
    /\ wphase' = "idle"
    /\ UNCHANGED <<store, wval, wts, rphase, rstart, overlap, rts, rval>>

(* The reader starts a read.                                               *)
ReadStart ==
    /\ rphase \in {"idle", "done"}
    /\ rphase' = "reading"
    /\ rstart' = LastCompleted
    /\ overlap' = (wphase = "writing")
    /\ rts' = 0
    /\ rval' = V0
    /\ UNCHANGED <<store, wval, wts, wphase>>

(* The reader has the replies of quorum Q, the Byzantine servers of Q      *)
(* replying with the pairs forged[s]; it returns the pair with the highest *)
(* timestamp among those reported by at least F + 1 servers of Q (if there *)
(* is none the read waits for other replies).                              *)
ReadReply(Q, forged) ==
    /\ rphase = "reading"
    /\ LET Reply(s) == IF s \in Byz THEN forged[s] ELSE <<store[s], ValOf(store[s])>>
           Vouched == {p \in Pair : Cardinality({s \in Q : Reply(s) = p}) >= F + 1}
       IN  /\ Vouched # {}
           /\ \E p \in Vouched :
                 /\ \A p2 \in Vouched : p2[1] <= p[1]
                 /\ rts' = p[1]
                 /\ rval' = p[2]
    /\ rphase' = "done"
    /\ UNCHANGED <<store, wval, wts, wphase, rstart, overlap>>

Next ==
    \/ \E v \in Value : WriteStart(v)
    \/ \E s \in Correct : ServerStore(s)
    \/ WriteComplete
    \/ ReadStart
    \/ \E Q \in Quorum, forged \in [Byz -> Pair] : ReadReply(Q, forged)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* The pair (k, v) was written (or is the initial pair).                   *)
Written(k, v) == k <= wts /\ v = ValOf(k)

(* A completed read returns a written value, and if it overlapped no write *)
(* the value of the last write completed before it.                        *)
ReadReturnsWritten ==
    rphase = "done" =>
        /\ Written(rts, rval)
        /\ ~overlap => rts = rstart
=============================================================================
