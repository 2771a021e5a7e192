-------------------- MODULE DistributedRateLimiter_Reference --------------------
(***************************************************************************)
(* Hand-written inductive invariant for DistributedRateLimiter, used only  *)
(* to check that the benchmark has one.                                    *)
(***************************************************************************)
EXTENDS DistributedRateLimiter

(* Tokens of window w still to be handed out: the pool for the current    *)
(* window, the whole limit for a window that has not started, none for a  *)
(* past window.                                                            *)
Ungranted(w) == IF w = window THEN pool ELSE IF w > window THEN Limit ELSE 0

(* Tokens of window w held by nodes, and carried by messages in flight. *)
Held(w) == Sum([n \in Node |-> IF nodeWin[n] = w THEN allowance[n] ELSE 0])
InFlight(w) == Sum([m \in {x \in msgs : x.win = w} |-> m.qty])

\* Per window: ungranted + held + in flight + admitted tokens add up to at most the limit.
TokensAccounted ==
    \A w \in Window :
        Ungranted(w) + Held(w) + InFlight(w) + Sum([n \in Node |-> admitted[n][w]]) <= Limit

IndRef ==
    /\ TypeOK
    /\ WindowLimitRespected
    /\ TokensAccounted

=============================================================================
