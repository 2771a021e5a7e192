---------------------------- MODULE NaimiTrehel ----------------------------
(***************************************************************************)
(* Naimi and Trehel's token-based distributed mutual exclusion algorithm   *)
(* (Naimi, Trehel, Arnold: "A log(N) distributed mutual exclusion          *)
(* algorithm based on path reversal", JPDC 1996).                          *)
(*                                                                         *)
(* A single token gives the right to enter the critical section.  Every    *)
(* node keeps two pointers:                                                *)
(*   last[i]: the probable owner, the node to which i sends or forwards    *)
(*            requests; Nil when i is the root (the last requester, or the *)
(*            idle holder of the token);                                   *)
(*   next[i]: the node to which i must pass the token when it leaves the   *)
(*            critical section; Nil when there is none.                    *)
(* A node that wants the critical section sends request(i) to last[i] and  *)
(* becomes the root (last[i] := Nil).  A node j receiving request(i):      *)
(*   - if it is the root: if it is requesting (waiting or in the critical  *)
(*     section) it records next[j] := i, otherwise it holds the token      *)
(*     idle and sends it to i;                                             *)
(*   - otherwise it forwards request(i) to last[j];                        *)
(* and in both cases sets last[j] := i (path reversal).  A node leaving    *)
(* the critical section sends the token to next[i], if any.               *)
(*                                                                         *)
(* Per-node variables follow the paper: requesting_cs is modelled by       *)
(* state (idle / waiting / cs) and token_present by tokenPresent.          *)
(* Requests (which carry the original requester) and the token are         *)
(* messages in the set msgs; a message is removed when it is received.     *)
(* The network is reliable but unordered.                                  *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Procs,   \* the nodes
    Nil      \* "no node"

ASSUME Nil \notin Procs

VARIABLES
    state,        \* state[i] \in {"idle", "waiting", "cs"}
    tokenPresent, \* tokenPresent[i]: node i holds the token
    last,         \* last[i]: probable owner of the token, or Nil
    next,         \* next[i]: the node to pass the token to after the CS, or Nil
    msgs          \* the messages in transit

vars == <<state, tokenPresent, last, next, msgs>>

Messages ==
    [type : {"request"}, from : Procs, to : Procs] \cup
    [type : {"token"}, to : Procs]

TypeOK ==
    /\ state \in [Procs -> {"idle", "waiting", "cs"}]
    /\ tokenPresent \in [Procs -> BOOLEAN]
    /\ last \in [Procs -> Procs \cup {Nil}]
    /\ next \in [Procs -> Procs \cup {Nil}]
    /\ msgs \subseteq Messages

(* The node that initially holds the token and is the root of the tree. *)
Holder0 == CHOOSE p \in Procs : TRUE

Init ==
    /\ state = [i \in Procs |-> "idle"]
    /\ tokenPresent = [i \in Procs |-> i = Holder0]
    /\ last = [i \in Procs |-> IF i = Holder0 THEN Nil ELSE Holder0]
    /\ next = [i \in Procs |-> Nil]
    /\ msgs = {}

-----------------------------------------------------------------------------
(* Node i asks for the critical section: it sends request(i) to its       *)
(* probable owner, unless it is the root, and becomes the root.           *)
RequestCS(i) ==
    /\ state[i] = "idle"
    /\ state' = [state EXCEPT ![i] = "waiting"]
    /\ msgs' = IF last[i] # Nil
                 THEN msgs \cup {[type |-> "request", from |-> i, to |-> last[i]]}
                 ELSE msgs
    /\ last' = [last EXCEPT ![i] = Nil]
    /\ UNCHANGED <<tokenPresent, next>>

(* A waiting node that holds the token enters the critical section. *)
EnterCS(i) ==
    /\ state[i] = "waiting"
    /\ tokenPresent[i]
    /\ state' = [state EXCEPT ![i] = "cs"]
    /\ UNCHANGED <<tokenPresent, last, next, msgs>>

(* Node i receives request(j). *)
ReceiveRequest(i) ==
    \E m \in msgs :
        /\ m.type = "request"
        /\ m.to = i
        /\ LET j == m.from IN
           IF last[i] = Nil
             THEN IF state[i] # "idle"
                    THEN /\ next' = [next EXCEPT ![i] = j]
                         /\ msgs' = msgs \ {m}
                         /\ UNCHANGED tokenPresent
                    ELSE /\ tokenPresent' = [tokenPresent EXCEPT ![i] = FALSE]
                         /\ msgs' = (msgs \ {m}) \cup {[type |-> "token", to |-> j]}
                         /\ UNCHANGED next
             ELSE /\ msgs' = (msgs \ {m}) \cup
                               {[type |-> "request", from |-> j, to |-> last[i]]}
                  /\ UNCHANGED <<tokenPresent, next>>
        /\ last' = [last EXCEPT ![i] = m.from]
        /\ UNCHANGED state

(* Node i receives the token. *)
ReceiveToken(i) ==
    \E m \in msgs :
        /\ m.type = "token"
        /\ m.to = i
        /\ tokenPresent' = [tokenPresent EXCEPT ![i] = TRUE]
        /\ msgs' = msgs \ {m}
        /\ UNCHANGED <<state, last, next>>

(* Node i leaves the critical section and passes the token to next[i]. *)
ReleaseCS(i) ==
    /\ state[i] = "cs"
    /\ state' = [state EXCEPT ![i] = "idle"]
    /\ IF next[i] # Nil
         THEN /\ tokenPresent' = [tokenPresent EXCEPT ![i] = FALSE]
              /\ msgs' = msgs \cup {[type |-> "token", to |-> next[i]]}
              /\ next' = [next EXCEPT ![i] = Nil]
         ELSE UNCHANGED <<tokenPresent, msgs, next>>
    /\ UNCHANGED last

Next ==
    \E i \in Procs :
        \/ RequestCS(i)
        \/ EnterCS(i)
        \/ ReceiveRequest(i)
        \/ ReceiveToken(i)
        \/ ReleaseCS(i)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: at most one node is in the critical section. *)
MutualExclusion ==
    \A i, j \in Procs : (i # j) => ~(state[i] = "cs" /\ state[j] = "cs")

=============================================================================
