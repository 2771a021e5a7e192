---------------------- MODULE RaftReadIndex_Reference ----------------------
(***************************************************************************)
(* A hand-written inductive invariant for RaftReadIndex.                   *)
(***************************************************************************)
EXTENDS RaftReadIndex

(* Once a term has a leader, a majority has reached that term or beyond.   *)
ElectedTermsHaveMajority ==
    \A t \in Term :
        leader[t] # None => \E Q \in Majority : \A q \in Q : term[q] >= t

(* A leader that has committed in its own term is ahead of every leader of *)
(* an earlier term.                                                        *)
CommitsGrowWithTerms ==
    \A t1, t2 \in Term :
        (/\ t1 < t2
         /\ leader[t1] # None
         /\ leader[t2] # None
         /\ leader[t2].commit > 0) => leader[t1].commit < leader[t2].commit

(* A pending read whose read index misses a committed write was taken by a *)
(* deposed leader: a majority has moved to a higher term and none of it    *)
(* acknowledged the heartbeat round.                                       *)
StaleReadsUnconfirmable ==
    (read # None /\ ~ read.served /\ read.index < read.floor) =>
        \E Q \in Majority :
            \A q \in Q : term[q] > read.term /\ q \notin read.acks

IndRef ==
    /\ TypeOK
    /\ ReadSeesPriorWrites
    /\ ElectedTermsHaveMajority
    /\ CommitsGrowWithTerms
    /\ StaleReadsUnconfirmable

=============================================================================
