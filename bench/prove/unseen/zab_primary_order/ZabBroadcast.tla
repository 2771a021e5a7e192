---------------------------- MODULE ZabBroadcast ----------------------------
(***************************************************************************)
(* Zab, ZooKeeper's atomic broadcast (Junqueira, Reed and Serafini,        *)
(* "Zab: High-performance broadcast for primary-backup systems", DSN       *)
(* 2011), in its broadcast phase, across one change of epoch.              *)
(*                                                                         *)
(* Every transaction is named by its zxid <<e, c>>: the epoch e of the     *)
(* leader that proposed it and a counter c that the leader increments for  *)
(* each proposal and resets at a new epoch.  Zxids are ordered by epoch,   *)
(* then by counter.  Each server keeps a log of the proposals it accepted, *)
(* in zxid order, and delivers (applies) a prefix of it: the first         *)
(* delivered[s] transactions of log[s].                                    *)
(*                                                                         *)
(* Epoch 1 is under way from the start: its leader Leader1 is established  *)
(* and every server follows it.  The leader of an epoch proposes new       *)
(* transactions; a follower of that epoch accepts them in zxid order (the  *)
(* leader sends them over a FIFO channel) and acknowledges them; the       *)
(* leader commits a proposal once a quorum of the servers of its epoch     *)
(* hold it, committing in zxid order, and its followers deliver committed  *)
(* proposals in zxid order.  At any time the servers may give up on epoch  *)
(* 1 and start epoch 2, led by Leader2: the new leader gathers a quorum Q  *)
(* of servers that have not yet moved past epoch 1 (discovery), adopts the *)
(* log of the member of Q with the highest last zxid, and installs it on   *)
(* every member of Q, truncating what they held beyond it                  *)
(* (synchronisation); once Q has acknowledged, the leader commits that     *)
(* whole initial history and Q delivers it.  A server outside Q stays in   *)
(* epoch 1 until it joins the new leader, who synchronises it with its     *)
(* log; a leader of epoch 1 left outside Q may keep proposing, but can no  *)
(* longer gather a quorum.                                                 *)
(*                                                                         *)
(* Abstractions.  Leader election is abstracted: the leader of each epoch  *)
(* is given.  The discovery and synchronisation phases form one atomic     *)
(* step.  Messages are not modelled as such: a follower reads a PROPOSE    *)
(* from its leader's log (the leader has sent every proposal it logged),   *)
(* the leader counts as acknowledgements the servers of its epoch that     *)
(* hold a proposal, and a follower reads a COMMIT from the prefix its      *)
(* leader has committed.  A message whose sender has moved to a newer      *)
(* epoch is lost.  The contents of transactions are left out: a zxid       *)
(* names its transaction.  Logs hold at most MaxLog transactions.          *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    Server,      \* The servers of the ensemble.
    Leader1,     \* The leader of epoch 1.
    Leader2,     \* The leader of epoch 2, elected when epoch 1 is given up.
    MaxCounter,  \* Counters of zxids go up to MaxCounter in each epoch.
    MaxLog       \* A log holds at most MaxLog transactions.

ASSUME
    /\ {Leader1, Leader2} \subseteq Server
    /\ MaxCounter \in Nat \ {0}
    /\ MaxLog \in Nat \ {0}

Epoch == 1..2

Leader(e) == IF e = 1 THEN Leader1 ELSE Leader2

Zxid == Epoch \X (1..MaxCounter)

(* The order of zxids: by epoch, then by counter. *)
Before(y, z) == y[1] < z[1] \/ (y[1] = z[1] /\ y[2] < z[2])

(* Logs: sequences of zxids in increasing zxid order, at most MaxLog long. *)
Log == {L \in UNION {[1..n -> Zxid] : n \in 0..MaxLog} :
            \A i \in 1..(Len(L) - 1) : Before(L[i], L[i + 1])}

Quorum == {Q \in SUBSET Server : 2 * Cardinality(Q) > Cardinality(Server)}

VARIABLES
    epoch,       \* epoch[s]: the epoch s has joined (ZooKeeper's currentEpoch).
    log,         \* log[s]: the proposals s has accepted, in zxid order.
    delivered    \* delivered[s]: s has delivered the first delivered[s] entries of log[s].

vars == <<epoch, log, delivered>>

TypeOK ==
    /\ epoch \in [Server -> Epoch]
    /\ log \in [Server -> Log]
    /\ delivered \in [Server -> 0..MaxLog]

Entries(L) == {L[i] : i \in DOMAIN L}

(* The last zxid of a log; <<0, 0>> for an empty log. *)
LastZxid(L) == IF L = <<>> THEN <<0, 0>> ELSE L[Len(L)]

(* The prefix of log[s] that s has committed (for a leader) or delivered. *)
CommittedEntries(s) == {log[s][i] : i \in {j \in DOMAIN log[s] : j <= delivered[s]}}

(* Server s is the established leader of its epoch. *)
Leading(s) == Leader(epoch[s]) = s

Init ==
    /\ epoch = [s \in Server |-> 1]
    /\ log = [s \in Server |-> <<>>]
    /\ delivered = [s \in Server |-> 0]

-----------------------------------------------------------------------------
(***************************************************************************)
(* The leader l of epoch e proposes a new transaction: the zxid after the  *)
(* last one it issued in epoch e, and logs it.                             *)
(***************************************************************************)
Propose(l) ==
    /\ Leading(l)
    /\ Len(log[l]) < MaxLog
    /\ LET e == epoch[l]
           z == IF log[l] # <<>> /\ LastZxid(log[l])[1] = e
                   THEN <<e, LastZxid(log[l])[2] + 1>>
                   ELSE <<e, 1>>
       IN  /\ z[2] <= MaxCounter
           /\ log' = [log EXCEPT ![l] = Append(log[l], z)]
    /\ UNCHANGED <<epoch, delivered>>

(***************************************************************************)
(* Follower f of epoch e accepts the next proposal of its leader: the      *)
(* first epoch-e proposal in the leader's log after f's last zxid (the     *)
(* leader's channel to f is FIFO), appends it to its log and acknowledges  *)
(* it.                                                                     *)
(***************************************************************************)
Accept(f) ==
    /\ ~Leading(f)
    /\ Len(log[f]) < MaxLog
    /\ LET e == epoch[f]
           l == Leader(e)
           pending == {y \in Entries(log[l]) : y[1] = e /\ Before(LastZxid(log[f]), y)}
       IN  /\ epoch[l] = e
           /\ pending # {}
           /\ \E z \in pending :
                 /\ \A y \in pending : ~Before(y, z)
                 /\ log' = [log EXCEPT ![f] = Append(log[f], z)]
    /\ UNCHANGED <<epoch, delivered>>

(***************************************************************************)
(* The leader l commits the next proposal of its log once a quorum of the  *)
(* servers of its epoch (itself included) have accepted it.                *)
(***************************************************************************)
Commit(l) ==
    /\ Leading(l)
    /\ delivered[l] < Len(log[l])
    /\ LET z == log[l][delivered[l] + 1]
       IN  \E Q \in Quorum :
              \A q \in Q : epoch[q] = epoch[l] /\ z \in Entries(log[q])
    /\ delivered' = [delivered EXCEPT ![l] = delivered[l] + 1]
    /\ UNCHANGED <<epoch, log>>

(***************************************************************************)
(* Follower f delivers the next transaction of its log once its leader has *)
(* committed it (f has received the COMMIT).                               *)
(***************************************************************************)
Deliver(f) ==
    /\ ~Leading(f)
    /\ delivered[f] < Len(log[f])
    /\ LET l == Leader(epoch[f])
       IN  /\ epoch[l] = epoch[f]
           /\ log[f][delivered[f] + 1] \in CommittedEntries(l)
    /\ delivered' = [delivered EXCEPT ![f] = delivered[f] + 1]
    /\ UNCHANGED <<epoch, log>>

(***************************************************************************)
(* Epoch e starts.  Its leader gathers a quorum Q of servers still in an   *)
(* older epoch, itself included, adopts the log of a member of Q with the  *)
(* highest last zxid, and installs it on all of Q.  Q acknowledges the new *)
(* leader, who commits the whole initial history, and Q delivers it.       *)
(***************************************************************************)
NewEpoch(e, Q) ==
    /\ Leader(e) \in Q
    /\ \A q \in Q : epoch[q] < e
    /\ \E b \in Q :
          /\ \A q \in Q : ~Before(LastZxid(log[b]), LastZxid(log[q]))
          /\ epoch' = [s \in Server |-> IF s \in Q THEN e ELSE epoch[s]]
          /\ log' = [s \in Server |-> IF s \in Q THEN log[b] ELSE log[s]]
          /\ delivered' = [s \in Server |-> IF s \in Q THEN Len(log[b]) ELSE delivered[s]]

(***************************************************************************)
(* Server f, still in an older epoch, joins the established leader l of    *)
(* epoch e: l synchronises f with its whole log and f delivers what l has  *)
(* committed.                                                              *)
(***************************************************************************)
Join(f, e) ==
    /\ epoch[f] < e
    /\ LET l == Leader(e)
       IN  /\ epoch[l] = e
           /\ epoch' = [epoch EXCEPT ![f] = e]
           /\ log' = [log EXCEPT ![f] = log[l]]
           /\ delivered' = [delivered EXCEPT ![f] = delivered[l]]

-----------------------------------------------------------------------------
Next ==
    \/ \E s \in Server : Propose(s)
    \/ \E s \in Server : Accept(s)
    \/ \E s \in Server : Commit(s)
    \/ \E s \in Server : Deliver(s)
    \/ \E e \in Epoch, Q \in Quorum : NewEpoch(e, Q)
    \/ \E s \in Server, e \in Epoch : Join(s, e)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(***************************************************************************)
(* Safety: no two servers deliver different transactions at the same       *)
(* position, so of any two servers' delivered sequences one is a prefix    *)
(* of the other.                                                           *)
(***************************************************************************)
PrefixConsistency ==
    \A s, t \in Server :
       \A i \in DOMAIN log[s] \cap DOMAIN log[t] :
          (i <= delivered[s] /\ i <= delivered[t]) => log[s][i] = log[t][i]
=============================================================================
