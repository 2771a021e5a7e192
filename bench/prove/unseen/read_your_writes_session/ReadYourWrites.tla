--------------------------- MODULE ReadYourWrites ---------------------------
(***************************************************************************)
(* Read-your-writes session guarantee over asynchronous replication       *)
(* (Terry et al., "Session Guarantees for Weakly Consistent Replicated     *)
(* Data"), in the style of shared-log stores with session tokens.          *)
(*                                                                         *)
(* A key-value store is replicated on several replicas.  A client may      *)
(* submit a write to any replica; the write is assigned the next version   *)
(* of a cluster-wide total order (a sequencer / shared log), and the       *)
(* client gets that version back as its session token.  The write is      *)
(* broadcast to all replicas as a replication message; the network may    *)
(* lose, reorder and duplicate these messages.  Every replica applies      *)
(* writes strictly in version order, so it only applies the message whose  *)
(* version is one above the last version it has applied; the accepting     *)
(* replica applies the write at once if it is already up to date.  A      *)
(* replica's store maps each key to the version of the last write of that  *)
(* key it has applied (a value is identified by the write producing it).   *)
(*                                                                         *)
(* A read of key k by client c carries c's token and may be served by a    *)
(* replica r only if r has applied at least that version (CanServe); it    *)
(* returns store[r][k] and changes no state, so reads are not separate     *)
(* actions: the safety property quantifies over every read the client      *)
(* could make.  wkey is a history variable recording the key of the        *)
(* client's last acknowledged write; it is used only to state safety.      *)
(*                                                                         *)
(* Safety (ReadYourWrites): a read by client c of the key of its last      *)
(* acknowledged write, served by any replica allowed to serve it, never    *)
(* returns a value older than that write.                                  *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Replica,    \* the replicas
    Client,     \* the client sessions
    Key,        \* the keys of the store
    MaxVer,     \* bound on the number of writes (versions)
    NoKey       \* wkey of a client that has no acknowledged write yet

VARIABLES
    seq,        \* the last version handed out by the sequencer
    applied,    \* applied[r]: the last version replica r has applied
    store,      \* store[r][k]: version of the last write of k applied at r
    token,      \* token[c]: session token, the version of c's last write
    wkey,       \* wkey[c]: the key of c's last acknowledged write (history)
    msgs        \* replication messages in flight

vars == << seq, applied, store, token, wkey, msgs >>

Version == 0..MaxVer

ReplMsg == [ver : 1..MaxVer, key : Key]

TypeOK ==
    /\ seq \in Version
    /\ applied \in [Replica -> Version]
    /\ store \in [Replica -> [Key -> Version]]
    /\ token \in [Client -> Version]
    /\ wkey \in [Client -> Key \cup {NoKey}]
    /\ msgs \in SUBSET ReplMsg

-----------------------------------------------------------------------------
Init ==
    /\ seq = 0
    /\ applied = [r \in Replica |-> 0]
    /\ store = [r \in Replica |-> [k \in Key |-> 0]]
    /\ token = [c \in Client |-> 0]
    /\ wkey = [c \in Client |-> NoKey]
    /\ msgs = {}

\* Client c writes key k at replica r.  The write gets the next version,
\* is broadcast for replication, and is acknowledged to c with its version
\* as the new session token.  If r has applied every earlier version it
\* applies the write immediately.
Write(c, r, k) ==
    /\ seq < MaxVer
    /\ LET v == seq + 1 IN
         /\ seq' = v
         /\ msgs' = msgs \cup { [ver |-> v, key |-> k] }
         /\ token' = [token EXCEPT ![c] = v]
         /\ wkey' = [wkey EXCEPT ![c] = k]
         /\ IF applied[r] = seq
              THEN /\ applied' = [applied EXCEPT ![r] = v]
                   /\ store' = [store EXCEPT ![r][k] = v]
              ELSE UNCHANGED << applied, store >>

\* Replica r applies the next write in version order.  The message stays
\* in the network (it may be delivered again, or to other replicas).
Apply(r, m) ==
    /\ m \in msgs
    /\ m.ver = applied[r] + 1
    /\ applied' = [applied EXCEPT ![r] = m.ver]
    /\ store' = [store EXCEPT ![r][m.key] = m.ver]
    /\ UNCHANGED << seq, token, wkey, msgs >>

\* The network loses a replication message.
Lose(m) ==
    /\ m \in msgs
    /\ msgs' = msgs \ { m }
    /\ UNCHANGED << seq, applied, store, token, wkey >>

Next ==
    \/ \E c \in Client, r \in Replica, k \in Key : Write(c, r, k)
    \/ \E r \in Replica, m \in msgs : Apply(r, m)
    \/ \E m \in msgs : Lose(m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
\* Replica r may serve a read carrying client c's session token.
CanServe(r, c) == applied[r] >= token[c]

\* Every read by c of the key of its last acknowledged write, served by a
\* replica allowed to serve it, returns that write or a newer one.
ReadYourWrites ==
    \A c \in Client, r \in Replica :
        wkey[c] # NoKey /\ CanServe(r, c) => store[r][wkey[c]] >= token[c]

=============================================================================
