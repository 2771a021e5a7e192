------------------------- MODULE CopsCausal_Reference -------------------------
EXTENDS CopsCausal

\* Only versions that have been written are visible.
VisibleWritten == \A d \in DC, k \in Key : vis[d][k] <= ver[k]

\* A client's context only holds versions visible at its DC.
ContextVisible == \A d \in DC, k \in Key : ctx[d][k] <= vis[d][k]

\* Replicated writes in transit are writes that happened.
PendingWritten == \A d \in DC : \A w \in pending[d] : w[2] <= ver[w[1]]

IndRef ==
    /\ TypeOK
    /\ CausalVisibility
    /\ VisibleWritten
    /\ ContextVisible
    /\ PendingWritten

=============================================================================
