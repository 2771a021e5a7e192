---------------------------- MODULE SnapshotTokens ----------------------------
(***************************************************************************)
(* The Chandy-Lamport snapshot algorithm on two processes P and Q, which   *)
(* pass a fixed number Total of tokens to each other over FIFO channels,   *)
(* one in each direction (K. M. Chandy and L. Lamport, "Distributed        *)
(* snapshots: determining global states of distributed systems", 1985).   *)
(*                                                                         *)
(* A process may send one of its tokens to the other process at any time, *)
(* and receives the tokens sent to it in order.  Either process may start  *)
(* the snapshot spontaneously (both may): it records its own state (the   *)
(* number of tokens it holds), sends a marker on its outgoing channel and  *)
(* starts recording its incoming channel.  While recording the incoming    *)
(* channel, every token received on it is added to the channel's recorded  *)
(* state.  On receiving the marker, a process that has not yet recorded    *)
(* its state records it, records the incoming channel as empty and sends   *)
(* a marker on its outgoing channel; a process that has already recorded   *)
(* its state stops recording the incoming channel.  The snapshot is        *)
(* complete when both processes have recorded their state and received a   *)
(* marker.  Channels are bounded by MaxLen messages: a process waits for   *)
(* room before sending.                                                    *)
(*                                                                         *)
(* Safety: once the snapshot is complete, the recorded process states and  *)
(* the recorded channel states together hold exactly Total tokens.         *)
(***************************************************************************)
EXTENDS Naturals, Sequences

CONSTANTS P, Q,      \* the two processes
          Total,     \* the number of tokens in the system
          MaxLen,    \* the capacity of a channel
          None       \* "not recorded yet" (a model value)

ASSUME Total \in Nat /\ MaxLen \in Nat /\ P # Q /\ None \notin Nat

Proc == {P, Q}

(* The other process. *)
Other(x) == IF x = P THEN Q ELSE P

Msg == {"token", "marker"}

(* The contents of a channel: a sequence of at most MaxLen messages. *)
Channel == UNION {[1 .. n -> Msg] : n \in 0 .. MaxLen}

VARIABLES tokens,     \* tokens[x]: the number of tokens process x holds
          chan,       \* chan[x]: the FIFO channel from x to Other(x)
          snap,       \* snap[x]: the recorded state of x, or None
          chanSnap,   \* chanSnap[x]: the recorded state (tokens) of the channel into x
          chanDone    \* chanDone[x]: x has received the marker on its incoming channel

vars == <<tokens, chan, snap, chanSnap, chanDone>>

TypeOK ==
    /\ tokens \in [Proc -> 0 .. Total]
    /\ chan \in [Proc -> Channel]
    /\ snap \in [Proc -> (0 .. Total) \cup {None}]
    /\ chanSnap \in [Proc -> 0 .. Total]
    /\ chanDone \in [Proc -> BOOLEAN]

(* Process x is recording the state of its incoming channel. *)
Recording(x) == snap[x] # None /\ ~chanDone[x]

Init ==
    /\ tokens \in {t \in [Proc -> 0 .. Total] : t[P] + t[Q] = Total}
    /\ chan = [x \in Proc |-> << >>]
    /\ snap = [x \in Proc |-> None]
    /\ chanSnap = [x \in Proc |-> 0]
    /\ chanDone = [x \in Proc |-> FALSE]

(* Process x sends one of its tokens to the other process. *)
SendToken(x) ==
    /\ tokens[x] > 0
    /\ Len(chan[x]) < MaxLen
    /\ tokens' = [tokens EXCEPT ![x] = tokens[x] - 1]
    /\ chan' = [chan EXCEPT ![x] = Append(chan[x], "token")]
    /\ UNCHANGED <<snap, chanSnap, chanDone>>

(* Process x receives a token from the other process; if x is recording    *)
(* its incoming channel, the token is added to the channel's recorded      *)
(* state.  (The bounds on the counters are those of the model.)            *)
RecvToken(x) ==
    /\ chan[Other(x)] # << >>
    /\ Head(chan[Other(x)]) = "token"
    /\ tokens[x] < Total
    /\ Recording(x) => chanSnap[x] < Total
    /\ tokens' = [tokens EXCEPT ![x] = tokens[x] + 1]
    /\ chan' = [chan EXCEPT ![Other(x)] = Tail(chan[Other(x)])]
    /\ chanSnap' = IF Recording(x)
                     THEN [chanSnap EXCEPT ![x] = chanSnap[x] + 1]
                     ELSE chanSnap
    /\ UNCHANGED <<snap, chanDone>>

(* Process x starts the snapshot: it records its state, sends a marker and *)
(* starts recording its incoming channel, empty so far.                    *)
StartSnapshot(x) ==
    /\ snap[x] = None
    /\ Len(chan[x]) < MaxLen
    /\ snap' = [snap EXCEPT ![x] = tokens[x]]
    /\ chan' = [chan EXCEPT ![x] = Append(chan[x], "marker")]
    /\ chanSnap' = [chanSnap EXCEPT ![x] = 0]
    /\ UNCHANGED <<tokens, chanDone>>

(* Process x receives the marker before recording its state: it records    *)
(* its state, records its incoming channel as empty and sends a marker.    *)
RecvFirstMarker(x) ==
    /\ chan[Other(x)] # << >>
    /\ Head(chan[Other(x)]) = "marker"
    /\ snap[x] = None
    /\ Len(chan[x]) < MaxLen
    /\ snap' = [snap EXCEPT ![x] = tokens[x]]
    /\ chan' = [chan EXCEPT ![Other(x)] = Tail(chan[Other(x)]),
                            ![x] = Append(chan[x], "marker")]
    /\ chanSnap' = [chanSnap EXCEPT ![x] = 0]
    /\ chanDone' = [chanDone EXCEPT ![x] = TRUE]
    /\ UNCHANGED tokens

(* Process x, having recorded its state, receives the marker: it stops     *)
(* recording its incoming channel.                                         *)
RecvMarker(x) ==
    /\ chan[Other(x)] # << >>
    /\ Head(chan[Other(x)]) = "marker"
    /\ snap[x] # None
    /\ chan' = [chan EXCEPT ![Other(x)] = Tail(chan[Other(x)])]
    /\ chanDone' = [chanDone EXCEPT ![x] = TRUE]
    /\ UNCHANGED <<tokens, snap, chanSnap>>

Next ==
    \E x \in Proc :
        \/ SendToken(x)
        \/ RecvToken(x)
        \/ StartSnapshot(x)
        \/ RecvFirstMarker(x)
        \/ RecvMarker(x)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* The snapshot is complete: both processes have recorded their state and  *)
(* received the marker on their incoming channel.                          *)
SnapshotComplete == \A x \in Proc : snap[x] # None /\ chanDone[x]

(* A complete snapshot holds exactly the tokens of the system. *)
TokensConserved ==
    SnapshotComplete =>
        snap[P] + snap[Q] + chanSnap[P] + chanSnap[Q] = Total
=============================================================================
