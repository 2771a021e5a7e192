--------------------- MODULE GFSChunkVersions_Reference ---------------------
EXTENDS GFSChunkVersions

(* No chunkserver has recorded a version the master has not issued. *)
ReplicaNotAhead ==
    \A s \in Server : replicaVersion[s] <= masterVersion

(* A report carries a version the chunkserver had recorded; versions only grow. *)
ReportNotAhead ==
    \A s \in Server : heartbeat[s] # None => heartbeat[s] <= replicaVersion[s]

IndRef ==
    /\ TypeOK
    /\ LocationsUpToDate
    /\ ReplicaNotAhead
    /\ ReportNotAhead
=============================================================================
