--------------------------- MODULE RampFast_Reference ---------------------------
(***************************************************************************)
(* A hand-written inductive invariant for RampFast.                        *)
(***************************************************************************)
EXTENDS RampFast

(* A version committed at some item has been prepared at every item its    *)
(* transaction writes.                                                     *)
CommittedPreparedEverywhere ==
    \A i \in Item :
        lastCommit[i] # 0 =>
            \A j \in WriteSet(lastCommit[i]) : lastCommit[i] \in versions[j]

(* So has every version returned in round 1.                               *)
FirstRoundPreparedEverywhere ==
    \A i \in Item :
        r1[i] \notin {None, 0} =>
            \A j \in WriteSet(r1[i]) : r1[i] \in versions[j]

(* During round 1 nothing is resolved yet.                                 *)
NothingResolvedInRound1 ==
    rpc = "round1" => \A i \in Item : res[i] = None

(* In round 2 and after, round 1 is complete and every resolved item holds *)
(* the version the metadata asks for.                                      *)
ResolvedIsVLatest ==
    rpc \in {"round2", "done"} =>
        /\ \A i \in Item : r1[i] # None
        /\ \A i \in Item : res[i] # None => res[i] = VLatest(i)

IndRef ==
    /\ TypeOK
    /\ ReadAtomic
    /\ CommittedPreparedEverywhere
    /\ FirstRoundPreparedEverywhere
    /\ NothingResolvedInRound1
    /\ ResolvedIsVLatest
=============================================================================
