------------------------- MODULE LockLease_Reference -------------------------
(***************************************************************************)
(* A hand-written inductive invariant for LockLease, used only to check    *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* No client holds an epoch the service has not granted yet, so a fresh    *)
(* grant is larger than every epoch held; and the latest accepted write    *)
(* does not exceed the storage's fence, so a write the storage accepts is  *)
(* at least as recent as every earlier one.                                *)
(***************************************************************************)
EXTENDS LockLease

\* No client holds an epoch the service has not granted yet.
EpochBound == \A c \in Client : cepoch[c] <= epoch

\* The latest accepted write never exceeds the storage's fence.
AccBound == lastAcc <= storeEpoch

IndRef == TypeOK /\ FencingSafety /\ EpochBound /\ AccBound
=============================================================================
