----------------------- MODULE Paxos_AcceptLowerBallot -----------------------
(***************************************************************************)
(* Seeded bug: an acceptor accepts a proposal for a ballot lower than the  *)
(* one it has promised.  Phase 2b forgets the check m.bal >= maxBal[a], so *)
(* a promise no longer protects the proposer that obtained it: the value   *)
(* that proposer found safe can be outvoted in an older ballot behind its  *)
(* back, and two different values end up chosen.                          *)
(***************************************************************************)
EXTENDS Paxos

(* Phase 2b without the promise check: acceptor a votes for any proposal   *)
(* it receives, whatever ballot it has promised.                           *)
AcceptIgnoringPromise(a) ==
    \E m \in msgs :
        /\ m.type = "2a"
        /\ maxBal'  = [maxBal  EXCEPT ![a] = m.bal]
        /\ maxVBal' = [maxVBal EXCEPT ![a] = m.bal]
        /\ maxVal'  = [maxVal  EXCEPT ![a] = m.val]
        /\ Send([type |-> "2b", acc |-> a, bal |-> m.bal, val |-> m.val])

BuggyNext ==
    \/ \E b \in Ballot : Prepare(b)
    \/ \E b \in Ballot, v \in Value : Propose(b, v)
    \/ \E a \in Acceptor : Promise(a)
    \/ \E a \in Acceptor : AcceptIgnoringPromise(a)

BuggySpec == Init /\ [][BuggyNext]_vars

=============================================================================
