------------------------- MODULE CarvalhoRoucairol -------------------------
(***************************************************************************)
(* The Carvalho-Roucairol distributed mutual exclusion algorithm (O. S. F. *)
(* Carvalho and G. Roucairol, "On mutual exclusion in computer networks",  *)
(* CACM 26(2), 1983), the refinement of Ricart and Agrawala's algorithm in *)
(* which a permission, once granted, stays granted until it is asked back. *)
(*                                                                         *)
(* For every pair of processes i # j, one permission travels between them: *)
(* auth[<<i, j>>] says that i holds it (i may enter its critical section   *)
(* without asking j).  Process i:                                          *)
(*  - Request: bumps its Lamport clock, takes it as the timestamp of its   *)
(*    request and sends REQUEST(ts, i) to every j whose permission it      *)
(*    lacks (none if it holds them all).                                   *)
(*  - Enter: once it holds every permission.                               *)
(*  - On REQUEST(k, j): advances its clock to k; if it is in its critical  *)
(*    section, or requesting with an earlier request (timestamp, then      *)
(*    identity), it defers j; otherwise it sends j a REPLY, giving up the  *)
(*    permission, and if it is itself requesting it asks for it back with  *)
(*    REQUEST(ts_i, i).                                                    *)
(*  - On REPLY from j: it holds j's permission.                            *)
(*  - Exit: it sends a REPLY to every deferred j, giving those permissions *)
(*    up, and keeps the others.                                            *)
(* Channels are reliable and not FIFO: each ordered pair has a slot for a  *)
(* REQUEST (holding its timestamp, 0 when empty) and one for a REPLY, and  *)
(* messages in different slots overtake each other freely.  Clocks are     *)
(* bounded by MaxClock: a process whose clock has reached it makes no new  *)
(* request.                                                                *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    N,          \* the number of processes, 1 .. N
    MaxClock    \* the bound on Lamport clocks (and so on timestamps)

ASSUME N \in Nat \ {0} /\ MaxClock \in Nat \ {0}

Proc == 1 .. N
Pair == {pr \in Proc \X Proc : pr[1] # pr[2]}

(* Request <<k, j>> is before request <<l, i>> (timestamp, then identity). *)
Before(k, j, l, i) == k < l \/ (k = l /\ j < i)

Max(a, b) == IF a >= b THEN a ELSE b

VARIABLES
    st,         \* st[i]: "out", "wait" (requesting) or "cs"
    clock,      \* clock[i]: i's Lamport clock
    ts,         \* ts[i]: the timestamp of i's current (or last) request
    auth,       \* auth[<<i, j>>]: i holds the permission of the pair {i, j}
    deferred,   \* deferred[<<i, j>>]: i has deferred its reply to j's request
    reqMsg,     \* reqMsg[<<i, j>>]: timestamp of i's REQUEST in transit to j, 0 if none
    repMsg      \* repMsg[<<i, j>>]: a REPLY from i to j is in transit

vars == <<st, clock, ts, auth, deferred, reqMsg, repMsg>>

TypeOK ==
    /\ st \in [Proc -> {"out", "wait", "cs"}]
    /\ clock \in [Proc -> 0 .. MaxClock]
    /\ ts \in [Proc -> 0 .. MaxClock]
    /\ auth \in [Pair -> BOOLEAN]
    /\ deferred \in [Pair -> BOOLEAN]
    /\ reqMsg \in [Pair -> 0 .. MaxClock]
    /\ repMsg \in [Pair -> BOOLEAN]

(* Initially the permission of each pair is with its smaller process. *)
Init ==
    /\ st = [i \in Proc |-> "out"]
    /\ clock = [i \in Proc |-> 0]
    /\ ts = [i \in Proc |-> 0]
    /\ auth = [pr \in Pair |-> pr[1] < pr[2]]
    /\ deferred = [pr \in Pair |-> FALSE]
    /\ reqMsg = [pr \in Pair |-> 0]
    /\ repMsg = [pr \in Pair |-> FALSE]

-----------------------------------------------------------------------------
(* i wants its critical section: it timestamps a request and asks for the *)
(* permissions it lacks.                                                  *)
Request(i) ==
    /\ st[i] = "out"
    /\ clock[i] < MaxClock
    /\ clock' = [clock EXCEPT ![i] = @ + 1]
    /\ ts' = [ts EXCEPT ![i] = clock[i] + 1]
    /\ st' = [st EXCEPT ![i] = "wait"]
    /\ reqMsg' = [pr \in Pair |->
                    IF pr[1] = i /\ ~auth[pr] THEN clock[i] + 1 ELSE reqMsg[pr]]
    /\ UNCHANGED <<auth, deferred, repMsg>>

(* i holds every permission and enters its critical section. *)
Enter(i) ==
    /\ st[i] = "wait"
    /\ \A j \in Proc \ {i} : auth[<<i, j>>]
    /\ st' = [st EXCEPT ![i] = "cs"]
    /\ UNCHANGED <<clock, ts, auth, deferred, reqMsg, repMsg>>

(* i receives j's REQUEST: it defers j if it is in its critical section   *)
(* or its own request comes first; otherwise it gives the permission up   *)
(* and, if it is requesting, asks for it back.                            *)
ReceiveRequest(i, j) ==
    LET k == reqMsg[<<j, i>>]
        priority == \/ st[i] = "cs"
                    \/ st[i] = "wait" /\ Before(ts[i], i, k, j)
    IN
    /\ k # 0
    /\ clock' = [clock EXCEPT ![i] = Max(@, k)]
    /\ IF priority
         THEN /\ deferred' = [deferred EXCEPT ![<<i, j>>] = TRUE]
              /\ reqMsg' = [reqMsg EXCEPT ![<<j, i>>] = 0]
              /\ UNCHANGED <<auth, repMsg>>
         ELSE /\ auth' = [auth EXCEPT ![<<i, j>>] = FALSE]
              /\ repMsg' = [repMsg EXCEPT ![<<i, j>>] = TRUE]
              /\ reqMsg' = [reqMsg EXCEPT ![<<j, i>>] = 0,
                                          ![<<i, j>>] = IF st[i] = "wait"
                                                          THEN ts[i] ELSE @]
              /\ UNCHANGED deferred
    /\ UNCHANGED <<st, ts>>

(* i receives j's REPLY: it now holds the permission. *)
ReceiveReply(i, j) ==
    /\ repMsg[<<j, i>>]
    /\ repMsg' = [repMsg EXCEPT ![<<j, i>>] = FALSE]
    /\ auth' = [auth EXCEPT ![<<i, j>>] = TRUE]
    /\ UNCHANGED <<st, clock, ts, deferred, reqMsg>>

(* i leaves its critical section and answers the requests it deferred,    *)
(* giving up those permissions.                                           *)
Exit(i) ==
    /\ st[i] = "cs"
    /\ st' = [st EXCEPT ![i] = "out"]
    /\ repMsg' = [pr \in Pair |-> IF pr[1] = i /\ deferred[pr] THEN TRUE ELSE repMsg[pr]]
    /\ auth' = [pr \in Pair |-> IF pr[1] = i /\ deferred[pr] THEN FALSE ELSE auth[pr]]
    /\ deferred' = [pr \in Pair |-> IF pr[1] = i THEN FALSE ELSE deferred[pr]]
    /\ UNCHANGED <<clock, ts, reqMsg>>

Next ==
    \/ \E i \in Proc : Request(i) \/ Enter(i) \/ Exit(i)
    \/ \E i, j \in Proc : i # j /\ (ReceiveRequest(i, j) \/ ReceiveReply(i, j))

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No two processes are in their critical sections at once. *)
Mutex ==
    \A i, j \in Proc : (i # j) => ~(st[i] = "cs" /\ st[j] = "cs")
=============================================================================
