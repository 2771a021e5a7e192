-------------------------- MODULE EisenbergMcGuire --------------------------
(***************************************************************************)
(* Eisenberg and McGuire's mutual exclusion algorithm for N processes      *)
(* (CACM 1972), the first N-process solution with bounded waiting.         *)
(*                                                                         *)
(* Shared variables: flag[i] \in {idle, waiting, active} and turn.  Each   *)
(* process i runs                                                          *)
(*                                                                         *)
(*   rem: flag[i] := waiting; index := turn                                *)
(*   w:   while index # i do                                               *)
(*          if flag[index] # idle then index := turn                       *)
(*          else index := (index + 1) mod N                                *)
(*        flag[i] := active; index := 0                                    *)
(*   a:   while index < N /\ (index = i \/ flag[index] # active) do        *)
(*          index := index + 1                                             *)
(*        if index >= N /\ (turn = i \/ flag[turn] = idle)                 *)
(*          then turn := i; goto cs                                        *)
(*          else flag[i] := waiting; index := turn; goto w                 *)
(*   cs:  critical section; index := (turn + 1) mod N                      *)
(*   ex:  while flag[index] = idle do index := (index + 1) mod N           *)
(*        turn := index; flag[i] := idle; goto rem                         *)
(*                                                                         *)
(* Every label is one atomic step that reads or writes at most one flag,   *)
(* except that the last iteration of the active scan (index = N-1)         *)
(* is fused with the test on turn that follows the loop, and the final     *)
(* exit step hands over turn and resets the flag together.  The local      *)
(* variable index of each process is idx[i].                               *)
(*                                                                         *)
(* Safety: no two processes are in their critical sections at once.        *)
(***************************************************************************)
EXTENDS Naturals

CONSTANT N      \* number of processes, numbered 0 .. N-1

Proc == 0 .. N-1

VARIABLES
    flag,   \* flag[i]: idle, waiting or active
    turn,   \* the process that has priority
    idx,    \* idx[i]: the local scan index of process i
    pc      \* pc[i]: the label process i executes next

vars == << flag, turn, idx, pc >>

TypeOK ==
    /\ flag \in [Proc -> {"idle", "waiting", "active"}]
    /\ turn \in Proc
    /\ idx \in [Proc -> Proc]
    /\ pc \in [Proc -> {"rem", "w", "a", "cs", "ex"}]

Init ==
    /\ flag = [i \in Proc |-> "idle"]
    /\ turn = 0
    /\ idx = [i \in Proc |-> 0]
    /\ pc = [i \in Proc |-> "rem"]

\* Process i wants to enter: announce it and start scanning from turn.
Request(i) ==
    /\ pc[i] = "rem"
    /\ flag' = [flag EXCEPT ![i] = "waiting"]
    /\ idx' = [idx EXCEPT ![i] = turn]
    /\ pc' = [pc EXCEPT ![i] = "w"]
    /\ UNCHANGED turn

\* One iteration of the first scan: from turn up to i, restarting from turn
\* whenever a non-idle process is found on the way.
ScanWaiting(i) ==
    /\ pc[i] = "w"
    /\ idx[i] # i
    /\ idx' = [idx EXCEPT ![i] = IF flag[idx[i]] # "idle" THEN turn
                                 ELSE (idx[i] + 1) % N]
    /\ UNCHANGED << flag, turn, pc >>

\* The first scan reached i: become active and check the others.
BecomeActive(i) ==
    /\ pc[i] = "w"
    /\ idx[i] = i
    /\ flag' = [flag EXCEPT ![i] = "active"]
    /\ idx' = [idx EXCEPT ![i] = 0]
    /\ pc' = [pc EXCEPT ![i] = "a"]
    /\ UNCHANGED turn

\* One iteration of the second scan: process idx[i] is not a rival.
ScanActive(i) ==
    /\ pc[i] = "a"
    /\ idx[i] < N - 1
    /\ idx[i] = i \/ flag[idx[i]] # "active"
    /\ idx' = [idx EXCEPT ![i] = idx[i] + 1]
    /\ UNCHANGED << flag, turn, pc >>

\* The second scan found no other active process and i may take the turn.
Enter(i) ==
    /\ pc[i] = "a"
    /\ idx[i] = N - 1
    /\ idx[i] = i \/ flag[idx[i]] # "active"
    /\ turn = i \/ flag[turn] = "idle"
    /\ turn' = i
    /\ pc' = [pc EXCEPT ![i] = "cs"]
    /\ UNCHANGED << flag, idx >>

\* The second scan failed (another active process, or the turn holder is
\* not idle): go back to waiting and scan again from turn.
Retry(i) ==
    /\ pc[i] = "a"
    /\ \/ idx[i] # i /\ flag[idx[i]] = "active"
       \/ /\ idx[i] = N - 1
          /\ ~(turn = i \/ flag[turn] = "idle")
    /\ flag' = [flag EXCEPT ![i] = "waiting"]
    /\ idx' = [idx EXCEPT ![i] = turn]
    /\ pc' = [pc EXCEPT ![i] = "w"]
    /\ UNCHANGED turn

\* Leave the critical section: look for a successor after turn.
Exit(i) ==
    /\ pc[i] = "cs"
    /\ idx' = [idx EXCEPT ![i] = (turn + 1) % N]
    /\ pc' = [pc EXCEPT ![i] = "ex"]
    /\ UNCHANGED << flag, turn >>

\* Skip an idle process in the search for a successor.
ScanExit(i) ==
    /\ pc[i] = "ex"
    /\ flag[idx[i]] = "idle"
    /\ idx' = [idx EXCEPT ![i] = (idx[i] + 1) % N]
    /\ UNCHANGED << flag, turn, pc >>

\* Hand the turn to the first non-idle process found and become idle.
Release(i) ==
    /\ pc[i] = "ex"
    /\ flag[idx[i]] # "idle"
    /\ turn' = idx[i]
    /\ flag' = [flag EXCEPT ![i] = "idle"]
    /\ pc' = [pc EXCEPT ![i] = "rem"]
    /\ UNCHANGED idx

Next ==
    \E i \in Proc :
        \/ Request(i)
        \/ ScanWaiting(i)
        \/ BecomeActive(i)
        \/ ScanActive(i)
        \/ Enter(i)
        \/ Retry(i)
        \/ Exit(i)
        \/ ScanExit(i)
        \/ Release(i)

Spec == Init /\ [][Next]_vars

\* At most one process is in its critical section.
MutualExclusion ==
    \A i, j \in Proc : (i # j) => ~(pc[i] = "cs" /\ pc[j] = "cs")

=============================================================================
