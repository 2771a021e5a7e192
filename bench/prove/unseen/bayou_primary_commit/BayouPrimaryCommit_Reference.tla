-------------------- MODULE BayouPrimaryCommit_Reference --------------------
(***************************************************************************)
(* A hand-written inductive invariant for BayouPrimaryCommit.              *)
(***************************************************************************)
EXTENDS BayouPrimaryCommit

(* Every server's committed prefix is a prefix of the primary's: the       *)
(* primary's CSN order is the only one.                                    *)
PrefixOfPrimary ==
    \A s \in Server : IsPrefix(clog[s], clog[Primary])

(* Servers know only writes that clients have submitted.                   *)
KnownWritesIssued ==
    \A s \in Server, w \in Write : (w \in tent[s] \/ Committed(s, w)) => w \in issued

(* A write is never both tentative and committed at a server.              *)
TentativeNotCommitted ==
    \A s \in Server, w \in Write : w \in tent[s] => ~Committed(s, w)

IndRef ==
    /\ TypeOK
    /\ CommittedPrefixAgreement
    /\ PrefixOfPrimary
    /\ KnownWritesIssued
    /\ TentativeNotCommitted
=============================================================================
