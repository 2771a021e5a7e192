------------------------- MODULE FilterLock_Reference -------------------------
(***************************************************************************)
(* A hand-written inductive invariant for FilterLock, used only to check   *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* Say process i is "through the victim write" of level L when it has      *)
(* written victim[L] and not yet gone back to level 0: it is above L, or  *)
(* at L waiting or in the critical section.  If two processes are, then   *)
(* the last of them to write victim[L] cannot have passed (the other one   *)
(* was at level L or above when it looked), so victim[L] is still waiting  *)
(* at L.  Two processes in the critical section would then need a third   *)
(* waiting at level N-1, so N processes above level N-2, and so on down to *)
(* level 1, where the victim must still be waiting: a contradiction.       *)
(***************************************************************************)
EXTENDS FilterLock

(* i has written victim[L] and not left: it is above L, or at L waiting or in the cs. *)
Written(i, L) ==
    \/ level[i] > L
    \/ level[i] = L /\ pc[i] \in {"wait", "cs"}

(* A process in the critical section is at the top level. *)
CsAtTop ==
    \A i \in Proc : pc[i] = "cs" => level[i] = N - 1

(* If two processes have written victim[L], the victim of L is waiting at L. *)
VictimWaits ==
    \A L \in Level, i, j \in Proc :
        i # j /\ Written(i, L) /\ Written(j, L) =>
            level[victim[L]] = L /\ pc[victim[L]] = "wait"

IndRef ==
    /\ TypeOK
    /\ MutualExclusion
    /\ CsAtTop
    /\ VictimWaits
=============================================================================
