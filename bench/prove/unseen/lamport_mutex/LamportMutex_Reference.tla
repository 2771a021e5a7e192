------------------------ MODULE LamportMutex_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for LamportMutex, used only to check *)
(* that the benchmark has one; never given to the tool under test.         *)
(***************************************************************************)
EXTENDS LamportMutex

(* A process in its critical section, or holding an ack, has a request;   *)
(* an ack is used up on entry; clocks bound every timestamp known.         *)
OwnRequest ==
    \A p, q \in Proc :
        /\ inCS[p] => queue[p][p] > 0
        /\ ack[p] => queue[p][p] > 0 /\ ~inCS[p]
        /\ queue[p][q] <= clock[p]

(* A request in transit is p's current one, not yet known to or acked by  *)
(* the other process, and p is not in its critical section.               *)
RequestInTransit ==
    \A p \in Proc :
        inbox[Other(p)].type = "req" =>
            /\ queue[p][p] = inbox[Other(p)].ts
            /\ queue[Other(p)][p] = 0
            /\ ~ack[p]
            /\ ~inCS[p]

(* A release in transit: its sender has no request and holds no ack.      *)
ReleaseInTransit ==
    \A p \in Proc :
        inbox[Other(p)] = RelMsg =>
            /\ queue[p][p] = 0
            /\ ~inCS[p]
            /\ ~ack[p]

(* With nothing in transit from p, the other knows p's request exactly;   *)
(* what the other knows of p, unless a release is on its way, is right.   *)
Knowledge ==
    \A p \in Proc :
        /\ inbox[Other(p)] = NoMsg => queue[Other(p)][p] = queue[p][p]
        /\ queue[Other(p)][p] > 0 /\ inbox[Other(p)] # RelMsg
              => queue[Other(p)][p] = queue[p][p]

(* A process in its critical section has the older request of the two.   *)
Priority ==
    \A p \in Proc :
        inCS[p] /\ queue[Other(p)][Other(p)] > 0 =>
            \/ queue[p][p] < queue[Other(p)][Other(p)]
            \/ queue[p][p] = queue[Other(p)][Other(p)] /\ p < Other(p)

IndRef ==
    /\ TypeOK
    /\ Mutex
    /\ OwnRequest
    /\ RequestInTransit
    /\ ReleaseInTransit
    /\ Knowledge
    /\ Priority
=============================================================================
