--------------------- MODULE RaftLogMatching_Reference ---------------------
(***************************************************************************)
(* Hand-written inductive invariant for RaftLogMatching, used only to      *)
(* check that the benchmark has one.                                       *)
(***************************************************************************)
EXTENDS RaftLogMatching

(* An entry of term t exists only once the leader of t has reached term t. *)
EntryTermStarted ==
    \A n \in Node : \A i \in 1..Len(log[n]) :
        currentTerm[Leader(log[n][i])] >= log[n][i]

(* While the leader of term t is still in term t, its log holds every entry of term t. *)
LeaderHasEntriesOfItsTerm ==
    \A n \in Node : \A i \in 1..Len(log[n]) :
        LET t == log[n][i] IN
        currentTerm[Leader(t)] = t =>
            /\ i <= Len(log[Leader(t)])
            /\ log[Leader(t)][i] = t

IndRef ==
    /\ TypeOK
    /\ LogMatching
    /\ EntryTermStarted
    /\ LeaderHasEntriesOfItsTerm

=============================================================================
