--------------------- MODULE DirectoryCoherence_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for DirectoryCoherence.              *)
(***************************************************************************)
EXTENDS DirectoryCoherence

(* An idle home has no transaction in flight: no message to or from any    *)
(* cache and no acknowledgement awaited.                                   *)
IdleHomeQuiet ==
    busy = None =>
        /\ pending = {}
        /\ \A c \in Cache : toCache[c] = None /\ ~ack[c]

(* The home awaits exactly the caches it has sent an invalidation or a     *)
(* downgrade to and whose acknowledgement it has not yet received; the     *)
(* requester is not among them, and the data reply goes only to the        *)
(* requester, once nothing is awaited.                                     *)
PendingMatchesMessages ==
    /\ busy \notin pending
    /\ \A c \in Cache :
          /\ c \in pending <=> (toCache[c] \in {"Inv", "Down"} \/ (ack[c] /\ c # busy))
          /\ ~(toCache[c] \in {"Inv", "Down"} /\ ack[c])
          /\ toCache[c] = "Data" => c = busy /\ pending = {} /\ ~ack[c]

(* During a transaction no other owner is recorded.  Until the requester   *)
(* acknowledges, it waits, and the directory already names the outcome: no *)
(* owner and the requester a sharer for a read, the requester the owner    *)
(* for a write.  Its acknowledgement (completion) comes only once nothing  *)
(* else is awaited.                                                        *)
RequesterState ==
    busy # None =>
        /\ owner \in {None, busy}
        /\ ack[busy] => pending = {}
        /\ ~ack[busy] =>
              /\ cst[busy] \in {"IS", "IM", "SM"}
              /\ cst[busy] = "IS" => owner = None /\ busy \in sharers
              /\ cst[busy] \in {"IM", "SM"} => owner = busy

(* The directory covers every copy: a Modified copy is its owner's, and a  *)
(* readable Shared copy is a listed sharer's or the owner's (an upgrade in *)
(* progress), unless an invalidation (for an owner, or a downgrade) is on  *)
(* its way.  An owned block has no listed sharers, and its owner holds it  *)
(* Modified unless it is the requester still waiting for the data.  An     *)
(* owner being downgraded is already listed as a sharer.                   *)
DirectoryCoversCopies ==
    /\ owner # None => sharers = {}
    /\ owner # None => cst[owner] = "M" \/ (busy = owner /\ ~ack[owner])
    /\ \A c \in Cache :
          /\ cst[c] = "M" => owner = c \/ toCache[c] \in {"Inv", "Down"}
          /\ cst[c] \in {"S", "SM"} => c \in sharers \/ owner = c \/ toCache[c] = "Inv"
          /\ toCache[c] = "Down" => c \in sharers

IndRef ==
    /\ TypeOK
    /\ SWMR
    /\ IdleHomeQuiet
    /\ PendingMatchesMessages
    /\ RequesterState
    /\ DirectoryCoversCopies
=============================================================================
