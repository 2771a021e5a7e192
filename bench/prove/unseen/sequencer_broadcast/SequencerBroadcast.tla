------------------------- MODULE SequencerBroadcast -------------------------
(***************************************************************************)
(* Total-order broadcast through a fixed sequencer.                        *)
(*                                                                         *)
(* A process broadcasts a message by sending it to the sequencer.  The     *)
(* sequencer assigns each message it receives the next sequence number     *)
(* (1, 2, 3, ...) and broadcasts the sequenced message to all processes.   *)
(* A process keeps a count of the messages it has delivered and delivers   *)
(* sequenced messages strictly in sequence-number order: it delivers the   *)
(* message numbered delivered + 1, appending it to its log, and holds back *)
(* any message with a later number.                                        *)
(*                                                                         *)
(* The network may duplicate and reorder messages: requests and sequenced  *)
(* messages are kept in sets and never removed, so they may be received    *)
(* any number of times and in any order.  The sequencer remembers what it  *)
(* has sequenced and ignores a duplicate request.  Sequence numbers are    *)
(* bounded by MaxSeq.                                                      *)
(*                                                                         *)
(* Safety: all processes deliver in the same order: if two processes have  *)
(* both delivered k messages, the k-th message each delivered is the same. *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS Proc,     \* the processes
          Msg,      \* the messages that may be broadcast
          MaxSeq,   \* the bound on sequence numbers
          None      \* an empty log entry (a model value)

ASSUME MaxSeq \in Nat /\ MaxSeq >= 1 /\ None \notin Msg

SeqNo == 1 .. MaxSeq

(* A sequenced message: the message and its sequence number. *)
Sequenced == [seq : SeqNo, msg : Msg]

VARIABLES
    requests,    \* the messages sent to the sequencer
    nextSeq,     \* the sequencer's next sequence number
    sequenced,   \* the sequenced messages the sequencer has broadcast
    delivered,   \* delivered[p]: how many messages p has delivered
    log          \* log[p][k]: the k-th message p delivered

vars == <<requests, nextSeq, sequenced, delivered, log>>

TypeOK ==
    /\ requests \in SUBSET Msg
    /\ nextSeq \in 1 .. MaxSeq + 1
    /\ sequenced \in SUBSET Sequenced
    /\ delivered \in [Proc -> 0 .. MaxSeq]
    /\ log \in [Proc -> [SeqNo -> Msg \cup {None}]]

Init ==
    /\ requests = {}
    /\ nextSeq = 1
    /\ sequenced = {}
    /\ delivered = [p \in Proc |-> 0]
    /\ log = [p \in Proc |-> [k \in SeqNo |-> None]]

(* A process broadcasts m: it sends m to the sequencer. *)
Broadcast(m) ==
    /\ m \notin requests
    /\ requests' = requests \cup {m}
    /\ UNCHANGED <<nextSeq, sequenced, delivered, log>>

(* The sequencer receives the request m, which it has not sequenced yet,   *)
(* assigns it the next sequence number and broadcasts it.                  *)
Sequence(m) ==
    /\ m \in requests
    /\ \A r \in sequenced : r.msg # m
    /\ nextSeq <= MaxSeq
    /\ sequenced' = sequenced \cup {[seq |-> nextSeq, msg |-> m]}
    /\ nextSeq' = nextSeq + 1
    /\ UNCHANGED <<requests, delivered, log>>

(* Process p receives the sequenced message r; it is the next in sequence, *)
(* so p delivers it.                                                       *)
Deliver(p, r) ==
    /\ r \in sequenced
    /\ r.seq = delivered[p] + 1
    /\ log' = [log EXCEPT ![p][r.seq] = r.msg]
    /\ delivered' = [delivered EXCEPT ![p] = r.seq]
    /\ UNCHANGED <<requests, nextSeq, sequenced>>

Next ==
    \/ \E m \in Msg : Broadcast(m) \/ Sequence(m)
    \/ \E p \in Proc, r \in Sequenced : Deliver(p, r)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Two processes that have both delivered a k-th message delivered the     *)
(* same one.                                                               *)
SameOrder ==
    \A p, q \in Proc, k \in SeqNo :
        k <= delivered[p] /\ k <= delivered[q] => log[p][k] = log[q][k]
=============================================================================
