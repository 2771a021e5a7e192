------------------------- MODULE AddWinsFlag_Reference -------------------------
EXTENDS AddWinsFlag

\* A state in transit carries only dots covered by its own context.
InboxDotsCovered ==
    \A r \in Replica : \A d \in inbox[r].dots : Seen(d, inbox[r].ctx)

\* A state in transit carries only dots their owners have issued.
InboxDotsIssued ==
    \A r \in Replica : \A d \in inbox[r].dots : d[2] <= ctx[d[1]][d[1]]

IndRef ==
    /\ TypeOK
    /\ DotsCoveredAndIssued
    /\ InboxDotsCovered
    /\ InboxDotsIssued

=============================================================================
