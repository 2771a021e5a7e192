------------------- MODULE OnlineSchemaChange_Reference -------------------
EXTENDS OnlineSchemaChange

(* A serving server uses the latest version or the one before it. *)
InUseRecent ==
    \A s \in Server : InUse(s) => schema[s] \in {latest - 1, latest}

(***************************************************************************)
(* A serving server still on the previous version took its lease before  *)
(* the latest publication, so its lease runs out no later than the moment *)
(* the coordinator may publish again.                                     *)
(***************************************************************************)
OldLeaseEndsBeforeNextPublish ==
    \A s \in Server :
        InUse(s) /\ schema[s] # latest => leaseLeft[s] + elapsed <= LeasePeriod

IndRef ==
    /\ TypeOK
    /\ AtMostTwoAdjacentVersions
    /\ InUseRecent
    /\ OldLeaseEndsBeforeNextPublish
=============================================================================
