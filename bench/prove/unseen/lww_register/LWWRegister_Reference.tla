------------------------ MODULE LWWRegister_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for LWWRegister, used only to check  *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* A version other than 0 exists (at a replica or in a message) only once  *)
(* its owner has reached it, so the owner never writes a version that is   *)
(* already around; and messages agree with replicas and with each other.   *)
(***************************************************************************)
EXTENDS LWWRegister

(* A replica at version v > 0: the owner of v has reached v. *)
ReplicaVersionWritten ==
    \A r \in Replica : ver[r] > 0 => ver[Owner(ver[r])] >= ver[r]

(* A message of version v > 0: the owner of v has reached v. *)
MsgVersionWritten ==
    \A m \in msgs : m.ver > 0 => ver[Owner(m.ver)] >= m.ver

(* A message and a replica of the same version carry the same value. *)
MsgMatchesReplica ==
    \A m \in msgs, r \in Replica : m.ver = ver[r] => m.val = val[r]

(* Two messages of the same version carry the same value. *)
MsgsAgree ==
    \A m1, m2 \in msgs : m1.ver = m2.ver => m1.val = m2.val

IndRef ==
    /\ TypeOK
    /\ SameVersionSameValue
    /\ ReplicaVersionWritten
    /\ MsgVersionWritten
    /\ MsgMatchesReplica
    /\ MsgsAgree
=============================================================================
