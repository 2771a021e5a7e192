--------------------------- MODULE CausalDelivery ---------------------------
(***************************************************************************)
(* Causal broadcast with vector clocks (Birman, Schiper and Stephenson).   *)
(*                                                                         *)
(* Each process p keeps a vector clock vc[p]: vc[p][p] counts the messages *)
(* p has broadcast, and vc[p][q], for q # p, the messages from q that p    *)
(* has delivered.  To broadcast, p increments its own entry and stamps the *)
(* message with its new vector; the n-th message of p is kept in the       *)
(* network with its stamp, stamp[p][n], and every other process may        *)
(* receive it.  A process p delivers a message m from j # p only when      *)
(*     m.vc[j] = vc[p][j] + 1   (it is the next message from j), and       *)
(*     m.vc[k] <= vc[p][k]      for every k # j (p has delivered every     *)
(*                              message m depends on),                     *)
(* and then increments vc[p][j].  Until then the message waits.            *)
(*                                                                         *)
(* Safety: deliveries respect causality.  Whenever a process has delivered *)
(* (or sent) a message, it has delivered every message the sender had      *)
(* delivered or sent before it: the message's stamp is below the           *)
(* process's vector clock.                                                 *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS Proc,    \* the processes
          MaxSeq   \* the bound on the messages each process broadcasts

ASSUME MaxSeq \in Nat /\ MaxSeq >= 1

SeqNo == 1 .. MaxSeq      \* the sequence numbers of a process's messages
Count == 0 .. MaxSeq

VARIABLES vc,     \* vc[p][q]: p's vector clock entry for q
          stamp   \* stamp[j][n]: the vector stamped on j's n-th message

vars == <<vc, stamp>>

TypeOK ==
    /\ vc \in [Proc -> [Proc -> Count]]
    /\ stamp \in [Proc -> [SeqNo -> [Proc -> Count]]]

Init ==
    /\ vc = [p \in Proc |-> [q \in Proc |-> 0]]
    /\ stamp = [j \in Proc |-> [n \in SeqNo |-> [q \in Proc |-> 0]]]

(* Process p broadcasts its next message: it increments its own entry and  *)
(* stamps the message with its new vector clock.                          *)
Broadcast(p) ==
    /\ vc[p][p] < MaxSeq
    /\ vc' = [vc EXCEPT ![p][p] = @ + 1]
    /\ stamp' = [stamp EXCEPT ![p][vc[p][p] + 1] = vc'[p]]

(* Process p delivers j's n-th message (already broadcast): it is the next *)
(* message from j and p has delivered everything it depends on.            *)
Deliver(p, j, n) ==
    /\ p # j
    /\ n <= vc[j][j]
    /\ stamp[j][n][j] = vc[p][j] + 1
    /\ \A k \in Proc \ {j} : stamp[j][n][k] <= vc[p][k]
    /\ vc' = [vc EXCEPT ![p][j] = @ + 1]
    /\ UNCHANGED stamp

Next ==
    \/ \E p \in Proc : Broadcast(p)
    \/ \E p, j \in Proc, n \in SeqNo : Deliver(p, j, n)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* If p has delivered (or, for j = p, sent) j's n-th message, it has       *)
(* delivered everything that message causally depends on.                  *)
CausalOrder ==
    \A p, j \in Proc, n \in SeqNo :
        n <= vc[p][j] => \A k \in Proc : stamp[j][n][k] <= vc[p][k]
=============================================================================
