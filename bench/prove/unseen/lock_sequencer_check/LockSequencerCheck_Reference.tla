--------------------- MODULE LockSequencerCheck_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for LockSequencerCheck.              *)
(***************************************************************************)
EXTENDS LockSequencerCheck

(* Exactly the generations up to the current one have been granted.        *)
GrantedUpToGen ==
    \A g \in Gen : (grantee[g] # None) <=> (g <= gen)

(* Every sequencer a client holds, and every sequencer on a write in       *)
(* flight, was granted to that client.                                     *)
SequencersGenuine ==
    \A c \in Client :
        /\ seq[c] # 0 => grantee[seq[c]] = c
        /\ inflight[c] # 0 => grantee[inflight[c]] = c

(* The stored write's generation is the most recent one the server has     *)
(* observed or older, and the server has observed no generation that was   *)
(* not granted.                                                            *)
StoredNotAboveSeen ==
    dataGen <= latestSeen /\ latestSeen <= gen

IndRef ==
    /\ TypeOK
    /\ SequencerSafety
    /\ GrantedUpToGen
    /\ SequencersGenuine
    /\ StoredNotAboveSeen
=============================================================================
