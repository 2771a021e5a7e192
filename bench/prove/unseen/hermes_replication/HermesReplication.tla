------------------------- MODULE HermesReplication -------------------------
(***************************************************************************)
(* The Hermes replication protocol (Katsarakis, Gavrielatos, Katebzadeh,   *)
(* Joshi, Dragojevic, Grot and Nagarajan, "Hermes: a fast, fault-tolerant  *)
(* and linearizable replication protocol", ASPLOS 2020), for one key.      *)
(*                                                                         *)
(* Every replica holds the key with a logical timestamp <<version, cid>>,  *)
(* ordered lexicographically (the coordinator id breaks ties between       *)
(* concurrent writes), and a state: Valid, Invalid, Write (coordinating a  *)
(* write) or Trans (its write was overtaken by a higher one).  Any replica *)
(* in Valid or Invalid state may coordinate a write: it increments the     *)
(* version, takes its own id as cid, moves to Write and broadcasts an INV  *)
(* with the new timestamp.  A follower receiving an INV with a higher      *)
(* timestamp than its own adopts it (and the value) and moves to Invalid,  *)
(* or to Trans if it was coordinating a write itself; it acknowledges      *)
(* every INV.  Once the coordinator has the ACKs of all followers it       *)
(* commits: it moves to Valid and broadcasts a VAL with the timestamp; a   *)
(* replica that is not Valid and holds that timestamp moves to Valid.      *)
(* Reads are served locally, and only in Valid state.                      *)
(*                                                                         *)
(* Model.  A write's value is identified by its timestamp.  An INV is      *)
(* taken from a coordinator in Write state, whose timestamp is the INV's;  *)
(* INVs of a write overtaken by a higher one are not delivered once the    *)
(* coordinator has moved to Trans.  ACKs are implicit: as a follower       *)
(* acknowledges every INV, the coordinator may commit once every follower  *)
(* holds its timestamp or a higher one (each has received, or can receive *)
(* and acknowledge, the INV).  Only the VAL of the newest committed write, *)
(* valTs, is kept: no replica holds an older committed timestamp, so older *)
(* VALs have no effect.  Replica failures and write replays are left out.  *)
(***************************************************************************)
EXTENDS Integers

CONSTANTS
    N,        \* replicas 1..N (the id breaks timestamp ties)
    MaxVer    \* the highest version of the key

ASSUME N \in Nat \ {0} /\ MaxVer \in Nat

R == 1..N

(* Timestamps <<version, cid>>: the initial one <<0, 1>>, and those of     *)
(* writes.                                                                 *)
Ts == ({0} \X {1}) \cup ((1..MaxVer) \X R)

(* Timestamp a is higher than b.                                           *)
Greater(a, b) == a[1] > b[1] \/ (a[1] = b[1] /\ a[2] > b[2])

VARIABLES
    state,    \* state[r]: "valid", "invalid", "write" or "trans"
    ts,       \* ts[r]: the timestamp of replica r's copy of the key
    valTs     \* the timestamp of the newest VAL broadcast (newest committed write)

vars == <<state, ts, valTs>>

TypeOK ==
    /\ state \in [R -> {"valid", "invalid", "write", "trans"}]
    /\ ts \in [R -> Ts]
    /\ valTs \in Ts

Init ==
    /\ state = [r \in R |-> "valid"]
    /\ ts = [r \in R |-> <<0, 1>>]
    /\ valTs = <<0, 1>>

-----------------------------------------------------------------------------
(* Replica c coordinates a write: new timestamp <<version + 1, c>>, state  *)
(* Write, INV broadcast.                                                   *)
CoordWrite(c) ==
    /\ state[c] \in {"valid", "invalid"}
    /\ ts[c][1] < MaxVer
    /\ ts' = [ts EXCEPT ![c] = <<ts[c][1] + 1, c>>]
    /\ state' = [state EXCEPT ![c] = "write"]
    /\ UNCHANGED valTs

(* Follower f receives the INV of coordinator c, with a higher timestamp   *)
(* than its own: it adopts it and is invalidated (Trans if it was itself   *)
(* coordinating a write).  (An INV with a lower timestamp is only          *)
(* acknowledged.)                                                          *)
RcvInv(f, c) ==
    /\ f # c
    /\ state[c] = "write"
    /\ Greater(ts[c], ts[f])
    /\ ts' = [ts EXCEPT ![f] = ts[c]]
    /\ state' = [state EXCEPT ![f] = IF state[f] \in {"write", "trans"}
                                       THEN "trans" ELSE "invalid"]
    /\ UNCHANGED valTs

(* Coordinator c has the ACKs of all followers (each holds c's timestamp   *)
(* or a higher one): it commits, moves to Valid and broadcasts the VAL.    *)
Commit(c) ==
    /\ state[c] = "write"
    /\ \A f \in R \ {c} : ~Greater(ts[c], ts[f])
    /\ state' = [state EXCEPT ![c] = "valid"]
    /\ valTs' = ts[c]
    /\ UNCHANGED ts

(* Replica f, not Valid, receives the VAL for the timestamp it holds and   *)
(* becomes Valid.                                                          *)
RcvVal(f) ==
    /\ state[f] \in {"invalid", "trans"}
    /\ ts[f] = valTs
    /\ state' = [state EXCEPT ![f] = "valid"]
    /\ UNCHANGED <<ts, valTs>>

Next ==
    \/ \E c \in R : CoordWrite(c) \/ Commit(c)
    \/ \E f, c \in R : RcvInv(f, c)
    \/ \E f \in R : RcvVal(f)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* A replica in Valid state (the only state reads are served in) holds the *)
(* value of the newest committed write.                                    *)
ValidReadsLatest == \A r \in R : state[r] = "valid" => ts[r] = valTs
=============================================================================
