----------------------- MODULE TreiberStackAba_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for TreiberStackAba.                 *)
(***************************************************************************)
EXTENDS TreiberStackAba

(* A pop never read a tag newer than the current one: the tag only grows.  *)
PopTagNotAhead ==
    \A t \in Thread : loc[t].pc = "pop" => loc[t].tag <= tag

(* While no pop has succeeded since thread t read (top, tag, next), the    *)
(* node t read is still on the stack with the next pointer t read: pushes *)
(* only add nodes above it, and only private nodes get new next pointers. *)
PopSnapshotValid ==
    \A t \in Thread :
        (loc[t].pc = "pop" /\ loc[t].tag = tag) =>
            /\ loc[t].ptr \in OnStack
            /\ next[loc[t].ptr] = loc[t].nxt

IndRef ==
    /\ TypeOK
    /\ StackWellFormed
    /\ PopTagNotAhead
    /\ PopSnapshotValid
=============================================================================
