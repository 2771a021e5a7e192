---------------------------- MODULE ZkLockRecipe ----------------------------
(***************************************************************************)
(* The ZooKeeper lock recipe (ZooKeeper "Recipes and Solutions").          *)
(*                                                                         *)
(* To acquire the lock a client creates an ephemeral sequential znode     *)
(* /lock/lock-<seq>; the server appends the parent's sequence counter, so  *)
(* every new znode gets a larger number than all earlier ones.  The client *)
(* then lists the children: if its znode has the lowest number it holds   *)
(* the lock; otherwise it sets a watch on the next-lower znode (its        *)
(* predecessor) and waits.  When a watched znode is deleted the server     *)
(* sends the watcher a notification, and the client lists the children    *)
(* again (the predecessor may have gone while a lower znode still exists). *)
(* A holder releases the lock by deleting its znode.                       *)
(*                                                                         *)
(* Faults: a client's connection can drop (pause, partition).  The recipe *)
(* treats the Disconnected event as loss of the lock, and notifications in *)
(* flight to it are lost.  If the client reconnects within the session     *)
(* timeout, its session and znode survive and it lists the children again. *)
(* Otherwise the server expires the session: its ephemeral znode and its   *)
(* watch are deleted (notifying the watcher of that znode), and on        *)
(* reconnecting the client learns that its session expired and retries    *)
(* from scratch with a new session.  The server expires a session only    *)
(* after its client has noticed the disconnection (the session timeout is *)
(* longer than the client's disconnection timeout).                        *)
(*                                                                         *)
(* Server state: the sequence counter, the znode of each client's session  *)
(* (each client has at most one), the watch of each client, and the       *)
(* notifications in flight.  Client state: its phase.  Sequence numbers    *)
(* are bounded by MaxSeq.                                                  *)
(*                                                                         *)
(* Safety: at most one client believes it holds the lock.                 *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Client,   \* the clients
    MaxSeq    \* the largest sequence number the server hands out

ASSUME MaxSeq \in Nat

Seq == 1 .. MaxSeq

(* The phases of a client. *)
Phases == {"idle",          \* no attempt in progress: will create a znode
           "check",         \* must list the children
           "waiting",       \* watching its predecessor
           "holding",       \* believes it holds the lock
           "disconnected"}  \* connection lost: does not hold the lock

VARIABLES
    nextSeq,   \* server: the parent znode's sequence counter
    znode,     \* server: znode[c], sequence number of c's znode, 0 if none
    watch,     \* server: watch[c], the znode c watches, 0 if none
    notes,     \* notifications in flight: the clients they are addressed to
    phase      \* client: phase[c], its phase in the recipe

vars == <<nextSeq, znode, watch, notes, phase>>

TypeOK ==
    /\ nextSeq \in 1 .. MaxSeq + 1
    /\ znode \in [Client -> 0 .. MaxSeq]
    /\ watch \in [Client -> 0 .. MaxSeq]
    /\ notes \in SUBSET Client
    /\ phase \in [Client -> Phases]

Init ==
    /\ nextSeq = 1
    /\ znode = [c \in Client |-> 0]
    /\ watch = [c \in Client |-> 0]
    /\ notes = {}
    /\ phase = [c \in Client |-> "idle"]

(* Delete the znode with sequence number s: one-shot watches on it fire,  *)
(* sending a notification to each watcher.                                 *)
Watchers(s) == {d \in Client : watch[d] = s}
FireWatches(s) ==
    /\ notes' = notes \cup Watchers(s)
    /\ watch' = [d \in Client |-> IF watch[d] = s THEN 0 ELSE watch[d]]

(* Client c creates an ephemeral sequential znode. *)
Create(c) ==
    /\ phase[c] = "idle"
    /\ nextSeq <= MaxSeq
    /\ znode' = [znode EXCEPT ![c] = nextSeq]
    /\ nextSeq' = nextSeq + 1
    /\ phase' = [phase EXCEPT ![c] = "check"]
    /\ UNCHANGED <<watch, notes>>

(* Client c lists the children.  If no znode is lower than its own it     *)
(* holds the lock; otherwise it sets a watch on its predecessor, the      *)
(* highest znode below its own, and waits.                                 *)
Check(c) ==
    LET lower == {znode[d] : d \in {d \in Client : znode[d] # 0 /\ znode[d] < znode[c]}}
    IN  /\ phase[c] = "check"
        /\ IF lower = {}
             THEN /\ phase' = [phase EXCEPT ![c] = "holding"]
                  /\ UNCHANGED watch
             ELSE /\ phase' = [phase EXCEPT ![c] = "waiting"]
                  /\ \E s \in lower :
                         /\ \A r \in lower : r <= s
                         /\ watch' = [watch EXCEPT ![c] = s]
        /\ UNCHANGED <<nextSeq, znode, notes>>

(* A notification reaches client c; if it is waiting it lists the        *)
(* children again.                                                         *)
Notify(c) ==
    /\ c \in notes
    /\ notes' = notes \ {c}
    /\ phase' = IF phase[c] = "waiting" THEN [phase EXCEPT ![c] = "check"]
                                        ELSE phase
    /\ UNCHANGED <<nextSeq, znode, watch>>

(* The holder releases the lock: it stops believing it holds it and       *)
(* deletes its znode.                                                      *)
Release(c) ==
    /\ phase[c] = "holding"
    /\ phase' = [phase EXCEPT ![c] = "idle"]
    /\ znode' = [znode EXCEPT ![c] = 0]
    /\ FireWatches(znode[c])
    /\ UNCHANGED nextSeq

(* Client c's connection drops: it treats the lock as lost, and           *)
(* notifications in flight to it are lost.                                 *)
Disconnect(c) ==
    /\ phase[c] \in {"check", "waiting", "holding"}
    /\ phase' = [phase EXCEPT ![c] = "disconnected"]
    /\ notes' = notes \ {c}
    /\ UNCHANGED <<nextSeq, znode, watch>>

(* The server expires a disconnected client's session: its ephemeral      *)
(* znode and its watch are deleted.                                        *)
Expire(c) ==
    /\ phase[c] = "disconnected"
    /\ znode[c] # 0
    /\ znode' = [znode EXCEPT ![c] = 0]
    /\ notes' = (notes \cup Watchers(znode[c])) \ {c}
    /\ watch' = [d \in Client |-> IF d = c \/ watch[d] = znode[c] THEN 0
                                                                  ELSE watch[d]]
    /\ UNCHANGED <<nextSeq, phase>>

(* Client c reconnects.  If its session is alive it lists the children    *)
(* again; if it has expired it starts over with a new session.             *)
Reconnect(c) ==
    /\ phase[c] = "disconnected"
    /\ phase' = [phase EXCEPT ![c] = IF znode[c] # 0 THEN "check" ELSE "idle"]
    /\ UNCHANGED <<nextSeq, znode, watch, notes>>

Next ==
    \E c \in Client :
        \/ Create(c) \/ Check(c) \/ Notify(c) \/ Release(c)
        \/ Disconnect(c) \/ Expire(c) \/ Reconnect(c)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* At most one client believes it holds the lock. *)
MutualExclusion ==
    \A c, d \in Client : phase[c] = "holding" /\ phase[d] = "holding" => c = d
=============================================================================
