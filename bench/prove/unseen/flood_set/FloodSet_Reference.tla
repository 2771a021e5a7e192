------------------------- MODULE FloodSet_Reference -------------------------
(***************************************************************************)
(* A hand-written inductive invariant for FloodSet, used only to check     *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* The inbox of every process holds the W of every live process that has  *)
(* sent this round, and nothing that no process that has sent or crashed   *)
(* had.  A round without a crash leaves the live processes with the same   *)
(* W, and then they stay equal.  The instance has F = 1, so two rounds:    *)
(* if nobody crashed in round 1, every process enters round 2 with the     *)
(* same W; otherwise the crash is spent, round 2 has none, and the inboxes *)
(* hold only what live processes sent.                                     *)
(***************************************************************************)
EXTENDS FloodSet

(* The values held by the processes whose pc is in S. *)
HeldBy(S) == UNION {W[p] : p \in {r \in Proc : pc[r] \in S}}

(* Every live sender of this round has delivered its W to every process. *)
InboxHasLiveSends ==
    \A p, q \in Proc : pc[p] = "wait" => W[p] \subseteq inbox[q]

(* Every value received this round was in the W of a process that has     *)
(* sent or crashed.                                                        *)
InboxFromSenders ==
    \A q \in Proc : inbox[q] \subseteq HeldBy({"wait", "crashed"})

(* In round 2 either every process has the same W, or a process crashed   *)
(* in round 1 and every value received comes from a live sender.           *)
RoundTwo ==
    round = 2 =>
        \/ \A p, q \in Proc : W[p] = W[q]
        \/ /\ Crashed # {}
           /\ \A q \in Proc : inbox[q] \subseteq HeldBy({"wait"})

(* After the last round the live processes have the same W. *)
FinalUniform ==
    round = F+2 => \A p, q \in Proc \ Crashed : W[p] = W[q]

IndRef ==
    /\ TypeOK
    /\ Agreement
    /\ InboxHasLiveSends
    /\ InboxFromSenders
    /\ RoundTwo
    /\ FinalUniform
=============================================================================
