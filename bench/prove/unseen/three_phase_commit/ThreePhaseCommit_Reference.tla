---------------------- MODULE ThreePhaseCommit_Reference ----------------------
(***************************************************************************)
(* A hand-written inductive invariant for ThreePhaseCommit, used only to   *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* A precommitted or committed participant implies preCommit was sent,     *)
(* which implies every participant voted yes and the coordinator is past   *)
(* the point where it may abort; abort was sent only by an aborted        *)
(* coordinator; a participant aborts only after its own no vote or the     *)
(* coordinator's abort; and a participant's yes and no votes exclude each  *)
(* other.                                                                  *)
(***************************************************************************)
EXTENDS ThreePhaseCommit

(* A precommitted or committed participant has received preCommit. *)
PreCommitReceived ==
    \A p \in Participant :
        pState[p] \in {"precommitted", "committed"} => PreCommitMsg \in msgs

(* preCommit is sent only after all yes votes, and the coordinator never   *)
(* goes back.                                                              *)
PreCommitSent ==
    PreCommitMsg \in msgs =>
        /\ cState \in {"precommitted", "committed"}
        /\ \A p \in Participant : YesMsg(p) \in msgs

(* abort is sent only by an aborted coordinator. *)
AbortSent ==
    AbortMsg \in msgs => cState = "aborted"

(* A participant aborts only on its own no vote or the coordinator's abort. *)
AbortReason ==
    \A p \in Participant :
        pState[p] = "aborted" => NoMsg(p) \in msgs \/ AbortMsg \in msgs

(* Each participant votes at most once, and its vote reflects its state. *)
VoteOnce ==
    \A p \in Participant :
        /\ YesMsg(p) \in msgs => pState[p] # "init" /\ NoMsg(p) \notin msgs
        /\ NoMsg(p) \in msgs => pState[p] = "aborted"

IndRef ==
    /\ TypeOK
    /\ Agreement
    /\ PreCommitReceived
    /\ PreCommitSent
    /\ AbortSent
    /\ AbortReason
    /\ VoteOnce
=============================================================================
