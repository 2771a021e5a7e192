--------------------- MODULE LamportFastMutex_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for LamportFastMutex, used only to   *)
(* check that the benchmark protocol has one.                              *)
(*                                                                         *)
(* A fast-path entrant is protected by x (nobody entered since it wrote x) *)
(* and by b[i] (slow-path processes cannot scan past it); a slow-path      *)
(* entrant owns y, and a process that scanned past i cannot own y while i  *)
(* is between its write of y and its exit.                                 *)
(***************************************************************************)
EXTENDS LamportFastMutex

\* b[i] is set from start up to the fast-path test, and clear while backing off or on the slow path.
TryingFlag ==
    \A i \in Proc :
        /\ pc[i] \in {"l1", "l2", "l3", "l5", "l6", "l7"} => b[i]
        /\ pc[i] \in {"ncs", "start", "l4", "l8", "l9", "l10"} => ~b[i]

\* y is nonzero while some process is in its critical section or about to enter by the fast path.
YBusy ==
    \A i \in Proc : (pc[i] = "cs" \/ (pc[i] = "l6" /\ x = i)) => y # 0

\* While x still names a process that has passed the y test, no other process is in its critical section.
FastPathClear ==
    \A i, k \in Proc :
        i # k /\ pc[k] \in {"l5", "l6"} /\ x = k => pc[i] # "cs"

\* A process in its critical section by the slow path owns y, and nobody is about to write y.
SlowPathOwnsY ==
    \A i \in Proc :
        pc[i] = "cs" /\ ~b[i] => y = i /\ \A k \in Proc : pc[k] # "l5"

\* A process that has scanned past b[i] does not own y while i is between the y test and its exit.
ScannedPastNotOwner ==
    \A i, k \in Proc :
      (  /\ i # k
         /\ pc[i] \in {"l5", "l6", "cs"}
         /\ (pc[k] = "l8" /\ j[k] > i) \/ pc[k] = "l9" )
        => y # k

IndRef ==
    /\ TypeOK
    /\ MutualExclusion
    /\ TryingFlag
    /\ YBusy
    /\ FastPathClear
    /\ SlowPathOwnsY
    /\ ScannedPastNotOwner

=============================================================================
