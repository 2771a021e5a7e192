-------------------------- MODULE FencedLock_Reference --------------------------
(***************************************************************************)
(* A hand-written inductive invariant for FencedLock, used only to check   *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* The valid lease is always the last one issued, and no token anywhere in *)
(* the system (held by a client, on a write in flight, or accepted by the  *)
(* storage) is above the last token issued.                                *)
(***************************************************************************)
EXTENDS FencedLock

(* The valid lease holder holds the last token issued. *)
OwnerHoldsLatest ==
    \A c \in Client : owner = c => token[c] = issued

(* No client holds a token that has not been issued. *)
TokensIssued ==
    \A c \in Client : token[c] <= issued

(* No write in flight carries a token that has not been issued. *)
PendingIssued ==
    \A c \in Client : pending[c] <= issued

(* The storage has accepted no token that has not been issued. *)
HighestIssued ==
    highest <= issued

IndRef ==
    /\ TypeOK
    /\ HolderNotFenced
    /\ OwnerHoldsLatest
    /\ TokensIssued
    /\ PendingIssued
    /\ HighestIssued
=============================================================================
