------------------------ MODULE SnapshotTokens_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for SnapshotTokens, used only to     *)
(* check that the benchmark has one; never given to the tool under test.  *)
(*                                                                         *)
(* The snapshot is a consistent cut: tokens sent before the sender         *)
(* recorded its state travel ahead of its marker.  Counting each process   *)
(* at its recorded state (or its current state if not yet recorded), each  *)
(* channel at its recorded state so far, and each token still in flight    *)
(* ahead of a marker (or on a channel whose marker is not yet sent) gives  *)
(* exactly Total tokens.                                                   *)
(***************************************************************************)
EXTENDS SnapshotTokens, FiniteSets

(* The number of markers in channel s. *)
Markers(s) == Cardinality({i \in DOMAIN s : s[i] = "marker"})

(* The number of tokens in channel s ahead of any marker. *)
TokensAhead(s) ==
    Cardinality({i \in DOMAIN s : /\ s[i] = "token"
                                   /\ \A j \in 1 .. i : s[j] # "marker"})

(* The tokens x contributes to the cut: its state (recorded, or current   *)
(* if not yet recorded), its incoming channel's recorded state, and the   *)
(* tokens it sent before recording that are still in flight.              *)
CutShare(x) ==
    (IF snap[x] = None THEN tokens[x] ELSE snap[x] + chanSnap[x])
    + (IF chanDone[Other(x)] THEN 0 ELSE TokensAhead(chan[x]))

(* The cut holds exactly the tokens of the system. *)
CutConserved ==
    CutShare(P) + CutShare(Q) = Total

(* A channel carries one marker while its sender has recorded and its      *)
(* receiver has not yet received the marker, and none otherwise.           *)
MarkerInFlight ==
    \A x \in Proc :
        Markers(chan[x]) = IF snap[x] # None /\ ~chanDone[Other(x)] THEN 1 ELSE 0

(* A process has received the marker only after both processes recorded. *)
DoneAfterRecording ==
    \A x \in Proc : chanDone[x] => snap[x] # None /\ snap[Other(x)] # None

IndRef ==
    /\ TypeOK
    /\ TokensConserved
    /\ CutConserved
    /\ MarkerInFlight
    /\ DoneAfterRecording
=============================================================================
