--------------------------- MODULE CausalBroadcast ---------------------------
(***************************************************************************)
(* Causal broadcast with vector clocks (Birman, Schiper and Stephenson,    *)
(* "Lightweight causal and atomic group multicast", 1991; the CBCAST       *)
(* protocol of ISIS).                                                      *)
(*                                                                         *)
(* Every process broadcasts messages to all the others.  Message m1        *)
(* causally precedes m2 (Lamport's happened-before) when the sender of m2  *)
(* had sent or delivered m1 before sending m2.  Causal broadcast requires  *)
(* that no process delivers a message before it has delivered every        *)
(* message that causally precedes it.                                      *)
(*                                                                         *)
(* Each process p keeps a vector clock vc[p]: vc[p][q] is the number of    *)
(* messages from q that p has delivered (its own messages count as         *)
(* delivered when sent).  A message carries the vector timestamp of its    *)
(* sender at the time of sending.  A received message goes to a hold-back  *)
(* buffer; p delivers message m from q only when                           *)
(*   - m.vt[q] = vc[p][q] + 1      (m is the next message from q), and     *)
(*   - m.vt[k] <= vc[p][k], k # q  (p has delivered everything from other  *)
(*                                   processes that q had when it sent m). *)
(*                                                                         *)
(* Failures modelled.  Every broadcast message stays in the set msgs, and  *)
(* a process receives the messages of msgs in any order, at any time, or   *)
(* not at all, so the network may                                          *)
(*   - reorder and delay messages,                                         *)
(*   - lose messages     (a message that is never received; under the      *)
(*                        fairness of FairSpec it is eventually received,  *)
(*                        as with retransmission over a lossy link),       *)
(*   - duplicate them    (a message can be received again; the receiver    *)
(*                        recognises a copy of a message it has buffered   *)
(*                        or delivered by its identifier and drops it).    *)
(* Process crashes are not modelled.                                       *)
(*                                                                         *)
(* To check the protocol against the real causal order rather than against *)
(* itself, each message also carries a history field deps, the set of      *)
(* identifiers of the messages its sender had delivered before sending it. *)
(* The protocol never reads deps; only the invariants do.                  *)
(*                                                                         *)
(* Each process broadcasts at most MaxBcast messages so the model is       *)
(* finite.                                                                 *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets, TLC

CONSTANTS
    Proc,       \* the processes
    MaxBcast    \* the number of messages each process may broadcast

ASSUME /\ Proc # {}
       /\ MaxBcast \in Nat \ {0}

(* A message is identified by its sender and its sequence number.          *)
MsgId == Proc \X (1..MaxBcast)

(* Vector timestamps.                                                      *)
VectorTime == [Proc -> 0..MaxBcast]

Message == [sender : Proc, seq : 1..MaxBcast, vt : VectorTime,
            deps : SUBSET MsgId]

Id(m) == <<m.sender, m.seq>>

VARIABLES
    vc,         \* vc[p]: the vector clock of process p
    msgs,       \* every message broadcast so far (the network)
    buffer,     \* buffer[p]: messages received by p but not yet delivered
    delivered   \* delivered[p]: identifiers of the messages p has delivered

vars == <<vc, msgs, buffer, delivered>>

TypeOK ==
    /\ vc \in [Proc -> VectorTime]
    /\ msgs \subseteq Message
    /\ buffer \in [Proc -> SUBSET msgs]
    /\ delivered \in [Proc -> SUBSET MsgId]

-----------------------------------------------------------------------------
Init ==
    /\ vc = [p \in Proc |-> [q \in Proc |-> 0]]
    /\ msgs = {}
    /\ buffer = [p \in Proc |-> {}]
    /\ delivered = [p \in Proc |-> {}]

(* Process p broadcasts a new message.  It ticks its own entry of its      *)
(* vector clock, stamps the message with the result, and delivers the      *)
(* message to itself at once.                                              *)
Broadcast(p) ==
    /\ vc[p][p] < MaxBcast
    /\ LET m == [sender |-> p,
                 seq    |-> vc[p][p] + 1,
                 vt     |-> [vc[p] EXCEPT ![p] = @ + 1],
                 deps   |-> delivered[p]]
       IN  /\ msgs' = msgs \cup {m}
           /\ vc' = [vc EXCEPT ![p][p] = @ + 1]
           /\ delivered' = [delivered EXCEPT ![p] = @ \cup {Id(m)}]
    /\ UNCHANGED buffer

(* Process p receives message m from the network and puts it in its       *)
(* hold-back buffer.  A copy of a message p has already buffered or        *)
(* delivered is dropped (no step).                                         *)
Receive(p, m) ==
    /\ m.sender # p
    /\ m \notin buffer[p]
    /\ Id(m) \notin delivered[p]
    /\ buffer' = [buffer EXCEPT ![p] = @ \cup {m}]
    /\ UNCHANGED <<vc, msgs, delivered>>

(* The vector-clock delivery condition: m is the next message from its     *)
(* sender, and p has delivered every message the sender had delivered      *)
(* from the other processes when it sent m.                                *)
CanDeliver(p, m) ==
    /\ m.vt[m.sender] = vc[p][m.sender] + 1
    /\ \A k \in Proc \ {m.sender} : m.vt[k] <= vc[p][k]

(* The effect of p delivering buffered message m to its application: m     *)
(* leaves the buffer and p counts one more message from m's sender.  (This *)
(* equals the usual merge vc[p] := max(vc[p], m.vt) under CanDeliver.)     *)
DeliverMessage(p, m) ==
    /\ buffer' = [buffer EXCEPT ![p] = @ \ {m}]
    /\ delivered' = [delivered EXCEPT ![p] = @ \cup {Id(m)}]
    /\ vc' = [vc EXCEPT ![p][m.sender] = @ + 1]
    /\ UNCHANGED msgs

(* Process p delivers a buffered message whose causal past it has already  *)
(* delivered.                                                              *)
Deliver(p, m) ==
    /\ m \in buffer[p]
    /\ CanDeliver(p, m)
    /\ DeliverMessage(p, m)

Next ==
    \/ \E p \in Proc : Broadcast(p)
    \/ \E p \in Proc : \E m \in msgs : Receive(p, m)
    \/ \E p \in Proc : \E m \in buffer[p] : Deliver(p, m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Liveness.  Processes need not broadcast, but every process eventually   *)
(* receives every message (the network retransmits until it gets through)  *)
(* and eventually delivers any buffered message that is deliverable.       *)
FairSpec ==
    /\ Spec
    /\ \A p \in Proc :
         /\ WF_vars(\E m \in msgs : Receive(p, m))
         /\ WF_vars(\E m \in buffer[p] : Deliver(p, m))

(* Every message broadcast (its sender delivers it at once) is eventually  *)
(* delivered by every process.                                             *)
EventualDelivery ==
    \A id \in MsgId :
        (id \in delivered[id[1]]) ~> (\A p \in Proc : id \in delivered[p])

-----------------------------------------------------------------------------
(* Safety.                                                                 *)

(* The requirement: a process that has delivered a message has delivered   *)
(* every message its sender had delivered (or sent) before sending it.     *)
(* Checked in every state, this means no message is ever delivered before  *)
(* a message it causally depends on.                                       *)
CausalDelivery ==
    \A p \in Proc, m \in msgs :
        Id(m) \in delivered[p] => m.deps \subseteq delivered[p]

(* The vector clock is exact: vc[p][q] messages from q have been delivered *)
(* at p, and they are q's first vc[p][q] messages (FIFO per sender).       *)
ClockCountsDeliveries ==
    \A p, q \in Proc :
        {k \in 1..MaxBcast : <<q, k>> \in delivered[p]} = 1..vc[p][q]

(* Vector timestamps characterise causality: m1 causally precedes m2 iff   *)
(* m1's timestamp is below m2's in every entry and different.              *)
VTLess(u, v) == (\A k \in Proc : u[k] <= v[k]) /\ u # v

TimestampsCharacterizeCausality ==
    \A m1, m2 \in msgs : (Id(m1) \in m2.deps) <=> VTLess(m1.vt, m2.vt)

(* A process never holds a message it has already delivered in its        *)
(* buffer, so it never delivers a message twice.                           *)
BufferHoldsOnlyUndelivered ==
    \A p \in Proc : \A m \in buffer[p] : Id(m) \notin delivered[p]

-----------------------------------------------------------------------------
(* Symmetry: processes are interchangeable.                                *)
Perms == Permutations(Proc)

=============================================================================
