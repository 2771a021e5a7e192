-------------------- MODULE MvccFirstCommitterWins_Reference --------------------
(***************************************************************************)
(* A hand-written inductive invariant for MvccFirstCommitterWins, used     *)
(* only to check that the benchmark has one; never given to the tool under *)
(* test.                                                                   *)
(*                                                                         *)
(* Every key a committed transaction wrote has a newest version at least   *)
(* as recent as that commit, and commit timestamps were all handed out     *)
(* already, so a later commit installs a version newer than all of them.   *)
(* Validation then refuses a transaction whose snapshot predates a         *)
(* committed write to a key it wrote.                                      *)
(***************************************************************************)
EXTENDS MvccFirstCommitterWins

(* A key written by a committed transaction has a version at least as new. *)
NewestVersionCoversCommits ==
    \A t \in Txn, k \in Key :
        status[t] = "committed" /\ k \in wset[t] => commitTs[t] <= latest[k]

(* Commit timestamps have been handed out by the oracle. *)
CommitTsIssued ==
    \A t \in Txn : commitTs[t] <= clock

IndRef ==
    /\ TypeOK
    /\ NoLostUpdate
    /\ NewestVersionCoversCommits
    /\ CommitTsIssued
=============================================================================
