-------------------------- MODULE DijkstraScholten --------------------------
(***************************************************************************)
(* Dijkstra-Scholten termination detection for diffusing computations      *)
(* (E.W. Dijkstra and C.S. Scholten, "Termination detection for diffusing  *)
(* computations", IPL 11(1), 1980).                                        *)
(*                                                                         *)
(* The root hands work to the entry workers, and workers pass work to each *)
(* other: the directed channels are Root -> e for each entry worker e, and *)
(* p -> q for any two distinct workers.  The computation is diffusing:     *)
(* initially only the root is active; a passive process becomes active     *)
(* only by receiving a basic message; an active process may send basic     *)
(* messages and may become passive at any time.                            *)
(*                                                                         *)
(* Every basic message is eventually acknowledged by its receiver.  Each   *)
(* process keeps a deficit: the basic messages it has sent minus the       *)
(* acknowledgments it has received.  A non-root process that is not in the *)
(* tree (parent = Nil) and receives a basic message joins the tree: the    *)
(* sender becomes its parent, and it keeps that message unacknowledged.    *)
(* Any other basic message is acknowledged at once.  A process detaches    *)
(* from the tree (sends the acknowledgment of its engaging message to its *)
(* parent and resets its parent to Nil) when it is passive with deficit 0. *)
(* The root announces termination when it is passive with deficit 0.       *)
(*                                                                         *)
(* Channels are reliable and need not be FIFO: msgs[e] and acks[e] count   *)
(* the basic messages in transit on edge e = <<p, q>> and the              *)
(* acknowledgments in transit back from q to p.  Channel contents and      *)
(* deficits are bounded (MaxInFlight, MaxDeficit) to keep the model        *)
(* finite: a step that would exceed a bound is not taken.                  *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Root,          \* the initiator of the diffusing computation
    Worker,        \* the other processes
    Entry,         \* the workers the root sends work to
    Nil,           \* "no parent"
    MaxInFlight,   \* bound on messages (and on acks) in transit per channel
    MaxDeficit     \* bound on a process's deficit

ASSUME /\ Root \notin Worker
       /\ Entry \subseteq Worker
       /\ Nil \notin Worker \cup {Root}
       /\ MaxInFlight \in Nat \ {0}
       /\ MaxDeficit \in Nat \ {0}

Proc == {Root} \cup Worker
NonRoot == Worker

(* The channels, as pairs <<sender, receiver>>.                            *)
Edges == ({Root} \X Entry) \cup {e \in Worker \X Worker : e[1] /= e[2]}

(* The parent assignments: a non-root process's parent is Nil or a process *)
(* that has a channel to it.                                               *)
ParentMap ==
    {f \in [NonRoot -> Proc \cup {Nil}] :
        \A p \in NonRoot : f[p] = Nil \/ <<f[p], p>> \in Edges}

VARIABLES
    active,      \* active[p]: p is active (may send basic messages)
    deficit,     \* deficit[p]: basic messages sent by p not yet acknowledged
    parent,      \* parent[p]: p's parent in the tree, Nil if p is not in it
    msgs,        \* msgs[e]: basic messages in transit on channel e
    acks,        \* acks[e]: acknowledgments in transit back along e
    terminated   \* the root has announced termination

vars == <<active, deficit, parent, msgs, acks, terminated>>

TypeOK ==
    /\ active \in [Proc -> BOOLEAN]
    /\ deficit \in [Proc -> 0..MaxDeficit]
    /\ parent \in ParentMap
    /\ msgs \in [Edges -> 0..MaxInFlight]
    /\ acks \in [Edges -> 0..MaxInFlight]
    /\ terminated \in BOOLEAN

Init ==
    /\ active = [p \in Proc |-> p = Root]
    /\ deficit = [p \in Proc |-> 0]
    /\ parent = [p \in NonRoot |-> Nil]
    /\ msgs = [e \in Edges |-> 0]
    /\ acks = [e \in Edges |-> 0]
    /\ terminated = FALSE

-----------------------------------------------------------------------------
(* Active process p sends a basic message to q.                            *)
SendMsg(p, q) ==
    /\ <<p, q>> \in Edges
    /\ active[p]
    /\ msgs[<<p, q>>] < MaxInFlight
    /\ deficit[p] < MaxDeficit
    /\ msgs' = [msgs EXCEPT ![<<p, q>>] = @ + 1]
    /\ deficit' = [deficit EXCEPT ![p] = @ + 1]
    /\ UNCHANGED <<active, parent, acks, terminated>>

(* q receives a basic message from p and becomes active.  If q is a        *)
(* non-root process outside the tree, p becomes its parent and the message *)
(* stays unacknowledged; otherwise q acknowledges it at once.              *)
RecvMsg(p, q) ==
    /\ <<p, q>> \in Edges
    /\ msgs[<<p, q>>] > 0
    /\ active' = [active EXCEPT ![q] = TRUE]
    /\ IF q /= Root /\ parent[q] = Nil
          THEN /\ parent' = [parent EXCEPT ![q] = p]
               /\ msgs' = [msgs EXCEPT ![<<p, q>>] = @ - 1]
               /\ UNCHANGED acks
          ELSE /\ acks[<<p, q>>] < MaxInFlight
               /\ msgs' = [msgs EXCEPT ![<<p, q>>] = @ - 1]
               /\ acks' = [acks EXCEPT ![<<p, q>>] = @ + 1]
               /\ UNCHANGED parent
    /\ UNCHANGED <<deficit, terminated>>

(* Active process p becomes passive.                                       *)
BecomePassive(p) ==
    /\ active[p]
    /\ active' = [active EXCEPT ![p] = FALSE]
    /\ UNCHANGED <<deficit, parent, msgs, acks, terminated>>

(* p receives an acknowledgment from q.                                    *)
RecvAck(p, q) ==
    /\ <<p, q>> \in Edges
    /\ acks[<<p, q>>] > 0
    /\ acks' = [acks EXCEPT ![<<p, q>>] = @ - 1]
    /\ deficit' = [deficit EXCEPT ![p] = @ - 1]
    /\ UNCHANGED <<active, parent, msgs, terminated>>

(* A passive non-root process in the tree with deficit 0 detaches: it      *)
(* acknowledges its engaging message to its parent and leaves the tree.    *)
Detach(p) ==
    /\ p /= Root
    /\ parent[p] /= Nil
    /\ ~active[p]
    /\ deficit[p] = 0
    /\ acks[<<parent[p], p>>] < MaxInFlight
    /\ acks' = [acks EXCEPT ![<<parent[p], p>>] = @ + 1]
    /\ parent' = [parent EXCEPT ![p] = Nil]
    /\ UNCHANGED <<active, deficit, msgs, terminated>>

(* The root, passive with deficit 0, announces termination.                *)
Announce ==
    /\ ~terminated
    /\ ~active[Root]
    /\ deficit[Root] = 0
    /\ terminated' = TRUE
    /\ UNCHANGED <<active, deficit, parent, msgs, acks>>

Next ==
    \/ \E p, q \in Proc : SendMsg(p, q) \/ RecvMsg(p, q) \/ RecvAck(p, q)
    \/ \E p \in Proc : BecomePassive(p)
    \/ \E p \in NonRoot : Detach(p)
    \/ Announce

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: when the root has announced termination, every process is       *)
(* passive and no basic message is in transit.                             *)
TerminationDetected ==
    terminated =>
        /\ \A p \in Proc : ~active[p]
        /\ \A e \in Edges : msgs[e] = 0

=============================================================================
