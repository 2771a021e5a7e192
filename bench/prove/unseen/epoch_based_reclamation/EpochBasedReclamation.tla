----------------------- MODULE EpochBasedReclamation -----------------------
(***************************************************************************)
(* Epoch-based memory reclamation (Fraser, "Practical lock-freedom", 2004; *)
(* the scheme behind crossbeam-epoch and RCU-like allocators).             *)
(*                                                                         *)
(* Readers traverse a shared lock-free structure inside critical sections. *)
(* On entry a reader announces the current global epoch in its own slot   *)
(* (an "active" flag and the announced epoch).  Inside its critical        *)
(* section it follows pointers and so holds references to nodes that were *)
(* linked into the structure when it read them.  On exit it drops all its *)
(* references and clears its active flag.                                 *)
(*                                                                         *)
(* A writer removes a node by unlinking it from the structure and putting  *)
(* it on the limbo list of the current global epoch (the node is           *)
(* "retired" with that epoch).  Any thread may try to advance the global   *)
(* epoch; it succeeds only when every active reader has announced the      *)
(* current epoch.  A node retired in epoch e is freed (returned to the     *)
(* allocator, which may hand it out again for a new node) once the global  *)
(* epoch is e+2.  As in Fraser's implementation, epochs are counted modulo *)
(* 3: there are three limbo lists, and the list of epoch e is reclaimed    *)
(* when the global epoch reaches e+2 (mod 3).                              *)
(*                                                                         *)
(* Abstractions: the structure is abstracted to the set of nodes currently *)
(* linked into it (a reader may reach any linked node); each node is in    *)
(* one of three states: free (in the allocator), linked, or retired        *)
(* (unlinked, waiting in a limbo list).  Each step (announce, unlink and   *)
(* retire, epoch advance, free) is atomic, as with sequentially consistent *)
(* atomics and the fences of the real implementation.                      *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Reader,   \* the reader threads
    Node      \* the memory blocks that hold nodes of the structure

Epoch == 0..2            \* epochs are counted modulo 3

Succ(e) == (e + 1) % 3   \* the next epoch

VARIABLES
    global,       \* the global epoch
    active,       \* active[r]: reader r is inside a critical section
    local,        \* local[r]: the epoch reader r announced on entry
    refs,         \* refs[r]: the nodes reader r holds references to
    status,       \* status[n]: "free", "linked" or "retired"
    retireEpoch   \* retireEpoch[n]: the epoch whose limbo list holds n

vars == <<global, active, local, refs, status, retireEpoch>>

TypeOK ==
    /\ global \in Epoch
    /\ active \in [Reader -> BOOLEAN]
    /\ local \in [Reader -> Epoch]
    /\ refs \in [Reader -> SUBSET Node]
    /\ status \in [Node -> {"free", "linked", "retired"}]
    /\ retireEpoch \in [Node -> Epoch]

Init ==
    /\ global = 0
    /\ active = [r \in Reader |-> FALSE]
    /\ local = [r \in Reader |-> 0]
    /\ refs = [r \in Reader |-> {}]
    /\ status = [n \in Node |-> "linked"]
    /\ retireEpoch = [n \in Node |-> 0]

-----------------------------------------------------------------------------
(* Readers.                                                                *)

(* Reader r enters a critical section: it announces the global epoch.      *)
Enter(r) ==
    /\ ~active[r]
    /\ active' = [active EXCEPT ![r] = TRUE]
    /\ local' = [local EXCEPT ![r] = global]
    /\ UNCHANGED <<global, refs, status, retireEpoch>>

(* Reader r, traversing the structure, reads a pointer to linked node n.   *)
Acquire(r, n) ==
    /\ active[r]
    /\ status[n] = "linked"
    /\ n \notin refs[r]
    /\ refs' = [refs EXCEPT ![r] = @ \cup {n}]
    /\ UNCHANGED <<global, active, local, status, retireEpoch>>

(* Reader r leaves its critical section and drops all its references.      *)
Exit(r) ==
    /\ active[r]
    /\ active' = [active EXCEPT ![r] = FALSE]
    /\ refs' = [refs EXCEPT ![r] = {}]
    /\ UNCHANGED <<global, local, status, retireEpoch>>

-----------------------------------------------------------------------------
(* Writer and reclamation.                                                 *)

(* The writer allocates free block n for a new node and links it in.       *)
Insert(n) ==
    /\ status[n] = "free"
    /\ status' = [status EXCEPT ![n] = "linked"]
    /\ UNCHANGED <<global, active, local, refs, retireEpoch>>

(* The writer unlinks node n and retires it into the current epoch's limbo *)
(* list.                                                                   *)
Retire(n) ==
    /\ status[n] = "linked"
    /\ status' = [status EXCEPT ![n] = "retired"]
    /\ retireEpoch' = [retireEpoch EXCEPT ![n] = global]
    /\ UNCHANGED <<global, active, local, refs>>

(* The global epoch advances when every active reader has announced it.    *)
AdvanceEpoch ==
    /\ \A r \in Reader : active[r] => local[r] = global
    /\ global' = Succ(global)
    /\ UNCHANGED <<active, local, refs, status, retireEpoch>>

(* A node retired in epoch e is freed once the global epoch is e+2.        *)
Reclaim(n) ==
    /\ status[n] = "retired"
    /\ global = Succ(Succ(retireEpoch[n]))
    /\ status' = [status EXCEPT ![n] = "free"]
    /\ UNCHANGED <<global, active, local, refs, retireEpoch>>

Next ==
    \/ \E r \in Reader : Enter(r) \/ Exit(r)
    \/ \E r \in Reader, n \in Node : Acquire(r, n)
    \/ \E n \in Node : Insert(n) \/ Retire(n) \/ Reclaim(n)
    \/ AdvanceEpoch

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: no node is freed while a reader that holds a reference to it is *)
(* still in its critical section.                                          *)
NoUseAfterFree ==
    \A r \in Reader, n \in Node : n \in refs[r] => status[n] /= "free"

=============================================================================
