---------------------- MODULE TimestampOracle_Reference ----------------------
EXTENDS TimestampOracle

(* Every timestamp handed out is covered by the persisted bound.           *)
IssuedBelowPersisted == lastIssued <= persisted

(* The running oracle allocates only within its limit.                     *)
CounterWithinLimit == up => cur <= limit

(* The oracle's limit has really been persisted.                           *)
LimitPersisted == up => limit <= persisted

(* A pending write persists a bound no lower than the oracle's limit.      *)
SavingAboveLimit == saving # 0 => up /\ limit <= saving

IndRef ==
    /\ TypeOK
    /\ StrictlyIncreasing
    /\ IssuedBelowPersisted
    /\ CounterWithinLimit
    /\ LimitPersisted
    /\ SavingAboveLimit
=============================================================================
