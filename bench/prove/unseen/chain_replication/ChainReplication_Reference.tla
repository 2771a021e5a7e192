----------------------- MODULE ChainReplication_Reference -----------------------
EXTENDS ChainReplication

\* The update propagation invariant: a server later in the chain holds no
\* write that an earlier live server lacks.
LaterServersHoldLess ==
    \A s, t \in chain : s < t => hist[t] \subseteq hist[s]

\* A write in flight to server t is held by every live server before t.
ForwardedWritesHeldUpstream ==
    \A m \in msgs : \A s \in chain : s < m.to => m.w \in hist[s]

\* A reply in flight is for a write held by every live server.
RepliedWritesOnAllChainServers ==
    \A w \in replies : \A s \in chain : w \in hist[s]

IndRef ==
    /\ TypeOK
    /\ AckedWritesOnAllChainServers
    /\ LaterServersHoldLess
    /\ ForwardedWritesHeldUpstream
    /\ RepliedWritesOnAllChainServers
=============================================================================
