-------------------------- MODULE IdBlockAllocator --------------------------
(***************************************************************************)
(* Unique ID allocation by blocks (the "hi/lo" or segment scheme used by   *)
(* ID generators in front of a database sequence).                         *)
(*                                                                         *)
(* A central allocator owns a durable counter `next`, the first ID that    *)
(* has never been leased.  When a node has used up its block it asks the   *)
(* allocator for a new one; the allocator leases it the block              *)
(* [next, next + BlockSize), advances the counter durably, and replies.    *)
(* The node then issues IDs from its block one by one without talking to   *)
(* the allocator.  The counter only moves forward, so a leased block is    *)
(* never leased again.                                                     *)
(*                                                                         *)
(* Faults modelled:                                                        *)
(*   - a node crashes and restarts, losing its block held in memory: the   *)
(*     unused rest of the block is skipped, never reissued;                *)
(*   - the allocator's reply is lost after the counter was advanced: the   *)
(*     whole block is wasted.                                              *)
(* A request and its (successful) reply are one atomic step: the request   *)
(* carries nothing that matters for safety.                                *)
(*                                                                         *)
(* `issueCount` is a history variable: how many times each ID was handed   *)
(* out to a client, saturating at 2 (we only need to tell "once" from      *)
(* "more than once").                                                      *)
(*                                                                         *)
(* Safety: no ID is issued twice.                                          *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Node,       \* the nodes that issue IDs to their clients
    MaxId,      \* the ID space is 0 .. MaxId - 1
    BlockSize   \* number of IDs in one leased block

ASSUME BlockSize \in 1..MaxId

Id == 0..(MaxId - 1)

VARIABLES
    next,       \* allocator: first ID never leased (durable)
    cur,        \* cur[n]: the next ID node n will issue from its block
    lim,        \* lim[n]: end (exclusive) of n's block; cur[n] = lim[n]: block used up or none
    issueCount  \* history: issueCount[i] = times ID i was issued (saturates at 2)

vars == <<next, cur, lim, issueCount>>

TypeOK ==
    /\ next \in 0..MaxId
    /\ cur \in [Node -> 0..MaxId]
    /\ lim \in [Node -> 0..MaxId]
    /\ issueCount \in [Id -> 0..2]

Init ==
    /\ next = 0
    /\ cur = [n \in Node |-> 0]
    /\ lim = [n \in Node |-> 0]
    /\ issueCount = [i \in Id |-> 0]

(* Node n has no IDs left and obtains a fresh block: the allocator leases  *)
(* [next, next + BlockSize), advances its counter and the reply arrives.   *)
LeaseBlock(n) ==
    /\ cur[n] = lim[n]
    /\ next + BlockSize <= MaxId
    /\ next' = next + BlockSize
    /\ cur' = [cur EXCEPT ![n] = next]
    /\ lim' = [lim EXCEPT ![n] = next + BlockSize]
    /\ UNCHANGED issueCount

(* The allocator leases a block and advances its counter, but the reply    *)
(* is lost (or the requester timed out): the block is never used.          *)
LeaseLost ==
    /\ next + BlockSize <= MaxId
    /\ next' = next + BlockSize
    /\ UNCHANGED <<cur, lim, issueCount>>

(* Node n hands the next ID of its block to a client. *)
IssueId(n) ==
    /\ cur[n] < lim[n]
    /\ issueCount' = [issueCount EXCEPT ![cur[n]] = IF @ < 2 THEN @ + 1 ELSE 2]
    /\ cur' = [cur EXCEPT ![n] = cur[n] + 1]
    /\ UNCHANGED <<next, lim>>

(* Node n crashes and restarts: its in-memory block is gone. *)
Crash(n) ==
    /\ cur' = [cur EXCEPT ![n] = 0]
    /\ lim' = [lim EXCEPT ![n] = 0]
    /\ UNCHANGED <<next, issueCount>>

Next ==
    \/ LeaseLost
    \/ \E n \in Node : LeaseBlock(n) \/ IssueId(n) \/ Crash(n)

Spec == Init /\ [][Next]_vars

(* Safety: every ID is handed out at most once. *)
NoIdIssuedTwice == \A i \in Id : issueCount[i] <= 1

=============================================================================
