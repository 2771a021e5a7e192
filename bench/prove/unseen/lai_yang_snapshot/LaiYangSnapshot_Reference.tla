----------------------- MODULE LaiYangSnapshot_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for LaiYangSnapshot.  A coin is      *)
(* "white" while it is held by a white process or travels in a white       *)
(* message (it is on the pre-snapshot side of the cut), "red" otherwise.   *)
(***************************************************************************)
EXTENDS LaiYangSnapshot

WhiteCoin(c) ==
    \/ loc[c] \in Proc /\ colour[loc[c]] = "white"
    \/ loc[c] \in InTransit /\ loc[c].col = "white"

(* A white process has recorded nothing yet: its snapshot is empty.        *)
WhiteRecordsNothing ==
    \A p \in Proc : colour[p] = "white" => snap[p] = {}

(* A white coin is recorded nowhere.                                       *)
WhiteCoinUnrecorded ==
    \A c \in Coin : WhiteCoin(c) => RecordedIn(c) = {}

(* A red coin (held by a red process or in a red message) is recorded      *)
(* exactly once: in the snapshot of the process that held it when it       *)
(* turned red, or in the recorded state of the channel it came in on.      *)
RedCoinRecordedOnce ==
    \A c \in Coin : ~WhiteCoin(c) => Cardinality(RecordedIn(c)) = 1

IndRef ==
    /\ TypeOK
    /\ ConsistentCut
    /\ WhiteRecordsNothing
    /\ WhiteCoinUnrecorded
    /\ RedCoinRecordedOnce
=============================================================================
