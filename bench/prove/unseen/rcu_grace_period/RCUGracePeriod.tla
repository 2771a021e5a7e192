-------------------------- MODULE RCUGracePeriod --------------------------
(***************************************************************************)
(* Read-copy-update (McKenney and Slingwine, 1998; the Linux kernel's     *)
(* RCU), for one RCU-protected pointer.                                   *)
(*                                                                         *)
(* Readers enter a read-side critical section (rcu_read_lock), then read  *)
(* the global pointer (rcu_dereference) and keep using the version it     *)
(* points to until they leave (rcu_read_unlock).  They take no lock and never    *)
(* wait.  The single updater (updates are serialised by a lock) copies    *)
(* the current version into a newly allocated object, publishes the new  *)
(* object by assigning it to the global pointer (rcu_assign_pointer) and  *)
(* then waits for a grace period (synchronize_rcu) before freeing the old *)
(* object.  As in preemptible RCU, the grace period starts with a         *)
(* snapshot of the readers that are inside a critical section; each of    *)
(* them, on leaving, removes itself from the set the grace period waits   *)
(* for, and the grace period ends when that set is empty.  Readers that   *)
(* enter after the snapshot read the new pointer and are not waited for.  *)
(*                                                                         *)
(* Objects live in a small pool of memory slots, so that freed slots are  *)
(* reused by later updates.  Each reader step and each updater step is    *)
(* atomic (sequentially consistent memory; memory barriers are not        *)
(* modelled).                                                             *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Reader,  \* The reader threads.
    Slot,    \* The memory slots objects are allocated from.
    Nil      \* A reader outside any critical section holds no pointer.

ASSUME Nil \notin Slot

VARIABLES
    gp,          \* The global RCU-protected pointer: the current version.
    allocated,   \* allocated[x]: slot x holds an object (not freed).
    updater,     \* The updater's program counter: "idle" or "sync" (in synchronize_rcu).
    old,         \* The version the updater will free after the grace period.
    waitFor,     \* The readers the current grace period still waits for.
    inCS,        \* inCS[r]: reader r is inside a read-side critical section.
    ptr          \* ptr[r]: the version reader r has dereferenced, Nil if none.

vars == <<gp, allocated, updater, old, waitFor, inCS, ptr>>

TypeOK ==
    /\ gp \in Slot
    /\ allocated \in [Slot -> BOOLEAN]
    /\ updater \in {"idle", "sync"}
    /\ old \in Slot
    /\ waitFor \in SUBSET Reader
    /\ inCS \in [Reader -> BOOLEAN]
    /\ ptr \in [Reader -> Slot \cup {Nil}]

Init ==
    /\ \E x \in Slot :
          /\ gp = x
          /\ old = x
          /\ allocated = [y \in Slot |-> y = x]
    /\ updater = "idle"
    /\ waitFor = {}
    /\ inCS = [r \in Reader |-> FALSE]
    /\ ptr = [r \in Reader |-> Nil]

-----------------------------------------------------------------------------
(* Reader r enters a read-side critical section (rcu_read_lock). *)
ReadLock(r) ==
    /\ ~inCS[r]
    /\ inCS' = [inCS EXCEPT ![r] = TRUE]
    /\ UNCHANGED <<gp, allocated, updater, old, waitFor, ptr>>

(* Inside its critical section, reader r reads gp (rcu_dereference). *)
Dereference(r) ==
    /\ inCS[r]
    /\ ptr[r] = Nil
    /\ ptr' = [ptr EXCEPT ![r] = gp]
    /\ UNCHANGED <<gp, allocated, updater, old, waitFor, inCS>>

(***************************************************************************)
(* Reader r leaves its critical section (rcu_read_unlock) and drops its   *)
(* pointer, if it took one.  If the grace period in progress waits for r, *)
(* r reports that it is done.                                             *)
(***************************************************************************)
ReadUnlock(r) ==
    /\ inCS[r]
    /\ inCS' = [inCS EXCEPT ![r] = FALSE]
    /\ ptr' = [ptr EXCEPT ![r] = Nil]
    /\ waitFor' = waitFor \ {r}
    /\ UNCHANGED <<gp, allocated, updater, old>>

(***************************************************************************)
(* The updater allocates slot x, copies the current version into it and   *)
(* updates the copy, publishes it in gp and enters synchronize_rcu: the   *)
(* grace period waits for every reader now inside a critical section.     *)
(***************************************************************************)
Update(x) ==
    /\ updater = "idle"
    /\ ~allocated[x]
    /\ allocated' = [allocated EXCEPT ![x] = TRUE]
    /\ gp' = x
    /\ old' = gp
    /\ waitFor' = {r \in Reader : inCS[r]}
    /\ updater' = "sync"
    /\ UNCHANGED <<inCS, ptr>>

(* The grace period has ended: the updater frees the old version. *)
Reclaim ==
    /\ updater = "sync"
    /\ waitFor = {}
    /\ allocated' = [allocated EXCEPT ![old] = FALSE]
    /\ updater' = "idle"
    /\ UNCHANGED <<gp, old, waitFor, inCS, ptr>>

Next ==
    \/ \E r \in Reader : ReadLock(r)
    \/ \E r \in Reader : Dereference(r)
    \/ \E r \in Reader : ReadUnlock(r)
    \/ \E x \in Slot : Update(x)
    \/ Reclaim

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* No reader holds a pointer to a freed object (no use after free). *)
NoUseAfterFree ==
    \A r \in Reader : ptr[r] # Nil => allocated[ptr[r]]
=============================================================================
