------------------- MODULE NfsDelegationRecall_Reference -------------------
(***************************************************************************)
(* A hand-written inductive invariant for NfsDelegationRecall.             *)
(***************************************************************************)
EXTENDS NfsDelegationRecall

(* A delegation a client uses with a current lease is recorded by the      *)
(* server.                                                                 *)
HeldDelegRecorded ==
    \A c \in Client :
        deleg[c] # "none" /\ leaseOk[c] => srvDeleg[c] = deleg[c]

(* A client whose DELEGRETURN is in flight no longer uses a delegation.    *)
ReturnedNotHeld == \A c \in returning : deleg[c] = "none"

IndRef ==
    /\ TypeOK
    /\ NoConflictingDelegations
    /\ HeldDelegRecorded
    /\ ReturnedNotHeld
=============================================================================
