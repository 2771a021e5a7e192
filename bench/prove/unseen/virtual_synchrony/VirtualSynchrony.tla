--------------------------- MODULE VirtualSynchrony ---------------------------
(***************************************************************************)
(* A view change with the flush protocol of virtual synchrony (Birman and  *)
(* Joseph, "Exploiting virtual synchrony in distributed systems", SOSP     *)
(* 1987; the Isis toolkit).  A process group starts in view 0 = Proc.      *)
(* Members multicast messages to the group; a message reaches the members  *)
(* one by one, and a sender that crashes may have reached only some of     *)
(* them.  When the failure detector reports the crash, every surviving     *)
(* member starts the flush: it stops multicasting and stops delivering     *)
(* view-0 messages from the network, and sends FLUSH to the survivors      *)
(* with copies of the messages it has delivered in view 0.  A member that  *)
(* has the FLUSH of every survivor delivers the copies it lacks and        *)
(* installs view 1 = the survivors.                                        *)
(*                                                                         *)
(* Safety (virtual synchrony): processes that install view 1 delivered the *)
(* same set of messages in view 0.                                         *)
(*                                                                         *)
(* Model.  Each process of Senders multicasts one message in view 0, named *)
(* by its sender; a sender delivers its own message when it multicasts it, *)
(* so the message of m has been multicast iff m \in delivered[m].  At most *)
(* one process crashes (one view change).  FLUSH messages go to all        *)
(* survivors and are not lost; flush[p] is the FLUSH p sent.               *)
(***************************************************************************)
EXTENDS FiniteSets

CONSTANTS
    Proc,      \* the processes, all members of view 0
    Senders,   \* the processes that multicast a message in view 0
    None       \* no FLUSH sent yet

ASSUME Senders \subseteq Proc

Msg == Senders   \* the message of sender m is named m

VARIABLES
    status,      \* status[p]: "view0", "view1" (installed) or "crashed"
    delivered,   \* delivered[p]: the messages p delivered in view 0
    flush        \* flush[p]: the messages copied in p's FLUSH, or None

vars == <<status, delivered, flush>>

TypeOK ==
    /\ status \in [Proc -> {"view0", "view1", "crashed"}]
    /\ delivered \in [Proc -> SUBSET Msg]
    /\ flush \in [Proc -> SUBSET Msg \cup {None}]

(* The processes that have not crashed: the members of view 1. *)
Survivors == {p \in Proc : status[p] # "crashed"}

(* p is in view 0 and has not started the flush. *)
Active(p) == status[p] = "view0" /\ flush[p] = None

Init ==
    /\ status = [p \in Proc |-> "view0"]
    /\ delivered = [p \in Proc |-> {}]
    /\ flush = [p \in Proc |-> None]

-----------------------------------------------------------------------------
(* Sender p multicasts its message (and delivers it itself).               *)
Multicast(p) ==
    /\ p \in Senders
    /\ Active(p)
    /\ p \notin delivered[p]
    /\ delivered' = [delivered EXCEPT ![p] = @ \cup {p}]
    /\ UNCHANGED <<status, flush>>

(* Process q receives and delivers message m, which has been multicast.    *)
(* The copy may come from a sender that has crashed since.                 *)
Deliver(q, m) ==
    /\ Active(q)
    /\ m \in delivered[m]
    /\ m \notin delivered[q]
    /\ delivered' = [delivered EXCEPT ![q] = @ \cup {m}]
    /\ UNCHANGED <<status, flush>>

(* Process p crashes (at most one process does).                           *)
Crash(p) ==
    /\ Active(p)
    /\ Survivors = Proc
    /\ status' = [status EXCEPT ![p] = "crashed"]
    /\ UNCHANGED <<delivered, flush>>

(* Survivor p learns of the crash and starts the flush: it stops sending   *)
(* and delivering view-0 messages and sends FLUSH with copies of the       *)
(* messages it has delivered.                                              *)
StartFlush(p) ==
    /\ Active(p)
    /\ Survivors # Proc
    /\ flush' = [flush EXCEPT ![p] = delivered[p]]
    /\ UNCHANGED <<status, delivered>>

(* p has the FLUSH of every survivor: it delivers the copies it has not    *)
(* delivered yet and installs view 1.                                      *)
Install(p) ==
    /\ status[p] = "view0"
    /\ flush[p] # None
    /\ \A q \in Survivors : flush[q] # None
    /\ delivered' = [delivered EXCEPT ![p] =
                        @ \cup UNION {flush[q] : q \in Survivors}]
    /\ status' = [status EXCEPT ![p] = "view1"]
    /\ UNCHANGED flush

Next ==
    \E p \in Proc :
        \/ Multicast(p) \/ Crash(p) \/ StartFlush(p) \/ Install(p)
        \/ \E m \in Msg : Deliver(p, m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Virtual synchrony: the processes that install view 1 delivered the same *)
(* messages in view 0.                                                     *)
SameViewDelivery ==
    \A p, q \in Proc :
        (status[p] = "view1" /\ status[q] = "view1") => delivered[p] = delivered[q]
=============================================================================
