----------------------- MODULE ChainReplication_HeadAck -----------------------
(***************************************************************************)
(* Seeded bug: the head acknowledges an update as soon as it has applied   *)
(* it, instead of leaving the reply to the tail.  This is the tempting     *)
(* latency optimisation of answering from the front of the pipeline: the   *)
(* client is told its update is done while the rest of the chain, and in   *)
(* particular the tail that answers queries, does not have it yet.  A      *)
(* query then misses an acknowledged update, and if the head crashes the   *)
(* update is lost for good.                                                *)
(***************************************************************************)
EXTENDS ChainReplication

(***************************************************************************)
(* The buggy reply: the live head acknowledges update u, which it has      *)
(* applied, whether or not the tail has it.                                *)
(***************************************************************************)
HeadAck(u) ==
    /\ alive[ChainHead]
    /\ u \in Range(hist[ChainHead])
    /\ u \notin acked
    /\ acked' = acked \cup {u}
    /\ UNCHANGED <<chain, alive, hist, sent, queryReply>>

BuggyNext ==
    \/ \E u \in Update : ClientUpdate(u) \/ HeadAck(u)
    \/ \E s \in Server :
          Forward(s) \/ Receive(s) \/ Crash(s) \/ RemoveFailed(s)
    \/ Query

BuggySpec == Init /\ [][BuggyNext]_vars

=============================================================================
