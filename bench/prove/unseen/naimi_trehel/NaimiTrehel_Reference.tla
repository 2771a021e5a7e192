------------------------ MODULE NaimiTrehel_Reference ------------------------
EXTENDS NaimiTrehel

TokenMsgs == {m \in msgs : m.type = "token"}

(* A node in the critical section holds the token. *)
CSHoldsToken ==
    \A i \in Procs : state[i] = "cs" => tokenPresent[i]

(* There is exactly one token: held by a node or in transit. *)
UniqueToken ==
    Cardinality({i \in Procs : tokenPresent[i]}) + Cardinality(TokenMsgs) = 1

(* An idle root holds the token. *)
IdleRootHoldsToken ==
    \A i \in Procs : (state[i] = "idle" /\ last[i] = Nil) => tokenPresent[i]

(* A node with a successor is requesting and is not the root. *)
NextOnlyWhileRequesting ==
    \A i \in Procs : next[i] # Nil => (state[i] # "idle" /\ last[i] # Nil)

IndRef ==
    /\ TypeOK
    /\ MutualExclusion
    /\ CSHoldsToken
    /\ UniqueToken
    /\ IdleRootHoldsToken
    /\ NextOnlyWhileRequesting

=============================================================================
