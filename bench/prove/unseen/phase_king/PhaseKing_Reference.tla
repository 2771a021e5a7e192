------------------------- MODULE PhaseKing_Reference -------------------------
(***************************************************************************)
(* A hand-written inductive invariant for PhaseKing.                       *)
(***************************************************************************)
EXTENDS PhaseKing

(* The number of honest processes that prefer b. *)
HonestFor(b) == Cardinality({j \in Honest : pref[j] = b})

(* Round 1 tallies reflect the honest preferences: a majority value got    *)
(* more than N/2 votes counting the Byzantine ones, a strong one more than *)
(* N/2 honest votes.                                                       *)
RoundOneTally ==
    round = 1 =>
        \A i \in Honest : done[i] =>
            /\ 2 * (HonestFor(maj[i]) + Cardinality(Byz)) > N
            /\ strong[i] => 2 * HonestFor(maj[i]) > N

(* In round 2, a strong majority value is every honest process's majority  *)
(* value.                                                                  *)
StrongIsUnanimous ==
    round = 2 => \A i, j \in Honest : strong[i] => maj[j] = maj[i]

(* In round 2 of a phase with an honest king, every process that has taken *)
(* its step prefers the king's value.                                      *)
FollowHonestKing ==
    (phase <= F + 1 /\ round = 2 /\ King(phase) \in Honest) =>
        \A i \in Honest : done[i] => pref[i] = maj[King(phase)]

(* After a phase with an honest king, the honest processes agree, and each *)
(* one's round 1 tally is a strong majority for the common value.          *)
Persistence ==
    (\E k \in 1..(phase - 1) : King(k) \in Honest) =>
        /\ \A i, j \in Honest : pref[i] = pref[j]
        /\ \A i \in Honest : (round = 2 \/ done[i]) => strong[i] /\ maj[i] = pref[i]

IndRef ==
    /\ TypeOK
    /\ Agreement
    /\ RoundOneTally
    /\ StrongIsUnanimous
    /\ FollowHonestKing
    /\ Persistence
=============================================================================
