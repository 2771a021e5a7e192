---------------------- MODULE IdempotentConsumer_Reference ----------------------
(***************************************************************************)
(* Hand-written inductive invariant for IdempotentConsumer, used only to   *)
(* check that the benchmark has one.                                       *)
(***************************************************************************)
EXTENDS IdempotentConsumer

\* A message whose effect is committed has its id committed in the dedup table.
AppliedIsProcessed ==
    \A m \in MsgId : applied[m] > 0 => m \in processed

\* A consumer with an open transaction holds the lock on its message's dedup key.
OpenTxHoldsKey ==
    \A c \in Consumer :
        handling[c] /= None /\ handling[c].stage \in {"inserted", "applied"}
            => keyLock[handling[c].id] = c

\* A locked dedup key is not committed yet.
LockedKeyNotProcessed ==
    \A m \in MsgId : keyLock[m] /= None => m \notin processed

IndRef ==
    /\ TypeOK
    /\ EffectAppliedAtMostOnce
    /\ AppliedIsProcessed
    /\ OpenTxHoldsKey
    /\ LockedKeyNotProcessed

=============================================================================
