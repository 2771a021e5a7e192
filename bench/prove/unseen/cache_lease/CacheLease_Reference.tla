----------------------- MODULE CacheLease_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for CacheLease, used only to check   *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* Client clocks stay within Skew of the server's, and a valid lease ends  *)
(* (by its client's clock) at least Skew before leaseEnd.  So while any    *)
(* lease is valid the server's clock is below leaseEnd, and no write can   *)
(* happen.                                                                 *)
(***************************************************************************)
EXTENDS CacheLease

(* Every client clock is within Skew of the server's clock. *)
SkewBound ==
    \A c \in Client : cclock[c] <= now + Skew /\ now <= cclock[c] + Skew

(* A valid lease ends, by its client's clock, Skew before leaseEnd. *)
LeaseCovered ==
    \A c \in Client : Valid(c) => cexp[c] + Skew <= leaseEnd

IndRef ==
    /\ TypeOK
    /\ NoStaleRead
    /\ SkewBound
    /\ LeaseCovered
=============================================================================
