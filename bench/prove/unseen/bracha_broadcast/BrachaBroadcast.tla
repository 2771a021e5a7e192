--------------------------- MODULE BrachaBroadcast ---------------------------
(***************************************************************************)
(* Bracha's Byzantine reliable broadcast (Bracha, "Asynchronous Byzantine  *)
(* agreement protocols", 1987) with n processes of which at most f are    *)
(* Byzantine, n > 3f.                                                      *)
(*                                                                         *)
(* A designated sender broadcasts INITIAL(v).  A correct process sends     *)
(* ECHO(v) on receiving the sender's INITIAL(v) (at most one ECHO); it     *)
(* sends READY(v) on receiving n-f ECHO(v) or f+1 READY(v) (at most one    *)
(* READY); it delivers v on receiving 2f+1 READY(v) (at most once).        *)
(*                                                                         *)
(* One process, Byz, is Byzantine.  Messages are broadcast records kept    *)
(* in a set: sent messages are never lost, and a correct process may act  *)
(* on any of them at any time, so delivery is asynchronous and in any     *)
(* order.  The Byzantine process may send any ECHO and READY for any value *)
(* (and, if it is the sender, any INITIAL, i.e. it may equivocate).  Since *)
(* messages are never lost and every guard of a correct process only       *)
(* becomes true with more messages, the worst case is that it has sent all *)
(* of them from the start: ByzMsgs, which every correct process may count. *)
(* The variable msgs holds the messages sent by correct processes.          *)
(*                                                                         *)
(* Safety (consistency): no two correct processes deliver different        *)
(* values.                                                                 *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Proc,     \* the processes
    Val,      \* the values that may be broadcast
    Sender,   \* the designated sender
    Byz,      \* the Byzantine process
    F,        \* the number of faults tolerated
    None      \* "nothing delivered yet"

ASSUME /\ Sender \in Proc /\ Byz \in Proc /\ None \notin Val
       /\ F >= 1 /\ Cardinality(Proc) > 3 * F

N == Cardinality(Proc)

Correct == Proc \ {Byz}

Msg(t, p, v) == [type |-> t, from |-> p, val |-> v]

(* The messages correct processes may send. *)
CorrectMsgs ==
    {Msg(t, p, v) : t \in {"echo", "ready"}, p \in Correct, v \in Val}
      \cup {Msg("initial", p, v) : p \in Correct \cap {Sender}, v \in Val}

(* Everything the Byzantine process may send. *)
ByzMsgs == {Msg(t, Byz, v) : t \in {"initial", "echo", "ready"}, v \in Val}

VARIABLES
    msgs,       \* the messages sent by correct processes
    delivered   \* delivered[p]: the value correct process p delivered, or None

vars == <<msgs, delivered>>

TypeOK ==
    /\ msgs \in SUBSET CorrectMsgs
    /\ delivered \in [Correct -> Val \cup {None}]

(* All messages a correct process may receive. *)
Sent == msgs \cup ByzMsgs

(* The processes from which type-t messages for v have been sent. *)
Senders(t, v) == {p \in Proc : Msg(t, p, v) \in Sent}

Init ==
    /\ msgs = {}
    /\ delivered = [p \in Correct |-> None]

(* The correct sender broadcasts INITIAL(v) for its input v. *)
Broadcast(v) ==
    /\ Sender \in Correct
    /\ \A w \in Val : Msg("initial", Sender, w) \notin msgs
    /\ msgs' = msgs \cup {Msg("initial", Sender, v)}
    /\ UNCHANGED delivered

(* Correct p receives the sender's INITIAL(v) and echoes it. *)
Echo(p, v) ==
    /\ Msg("initial", Sender, v) \in Sent
    /\ \A w \in Val : Msg("echo", p, w) \notin msgs
    /\ msgs' = msgs \cup {Msg("echo", p, v)}
    /\ UNCHANGED delivered

(* Correct p has n-f ECHO(v) or f+1 READY(v) and sends READY(v). *)
Ready(p, v) ==
    /\ \/ Cardinality(Senders("echo", v)) >= N - F
       \/ Cardinality(Senders("ready", v)) >= F + 1
    /\ \A w \in Val : Msg("ready", p, w) \notin msgs
    /\ msgs' = msgs \cup {Msg("ready", p, v)}
    /\ UNCHANGED delivered

(* Correct p has 2f+1 READY(v) and delivers v. *)
Deliver(p, v) ==
    /\ delivered[p] = None
    /\ Cardinality(Senders("ready", v)) >= 2 * F + 1
    /\ delivered' = [delivered EXCEPT ![p] = v]
    /\ UNCHANGED msgs

Next ==
    \/ \E v \in Val : Broadcast(v)
    \/ \E p \in Correct, v \in Val : Echo(p, v) \/ Ready(p, v) \/ Deliver(p, v)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No two correct processes deliver different values. *)
Consistency ==
    \A p, q \in Correct :
        delivered[p] # None /\ delivered[q] # None => delivered[p] = delivered[q]
=============================================================================
