------------------------ MODULE ReadYourWrites_Reference ------------------------
(***************************************************************************)
(* Hand-written inductive invariant for ReadYourWrites, used only to check *)
(* that the benchmark instance has one.                                    *)
(***************************************************************************)
EXTENDS ReadYourWrites

\* No replica has applied a version the sequencer has not handed out.
AppliedIssued == \A r \in Replica : applied[r] <= seq

\* Every replication message carries a version already handed out.
MsgsIssued == \A m \in msgs : m.ver <= seq

\* The message replicating a client's last write carries that write's key.
MsgMatchesToken ==
    \A c \in Client, m \in msgs : m.ver = token[c] => m.key = wkey[c]

IndRef ==
    /\ TypeOK
    /\ ReadYourWrites
    /\ AppliedIssued
    /\ MsgsIssued
    /\ MsgMatchesToken

=============================================================================
