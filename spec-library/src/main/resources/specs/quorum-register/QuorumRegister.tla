--------------------------- MODULE QuorumRegister ---------------------------
(***************************************************************************)
(* A quorum-replicated read/write register in the style of Attiya, Bar-Noy *)
(* and Dolev (ABD), in its multi-writer form.                              *)
(*                                                                         *)
(* Every replica stores a value together with a tag, a pair                *)
(* <<counter, writer id>> ordered lexicographically; because every write   *)
(* has a tag of its own, the model identifies a written value with its     *)
(* tag.  A replica adopts a tag only if it is larger than the one it has.  *)
(*                                                                         *)
(* Both operations run two phases, each over a quorum of replicas:         *)
(*   write:  query a read quorum for their tags, pick a tag larger than    *)
(*           all of them, then store the new value at a write quorum;      *)
(*   read:   query a read quorum, pick the value with the largest tag,     *)
(*           then write that value back to a write quorum before returning *)
(*           it (so that no later read can return an older value).         *)
(* The protocol is correct when every read quorum intersects every write   *)
(* quorum, as majorities do: ReadQuorumSize + WriteQuorumSize > number of  *)
(* replicas.  The sizes are parameters so that a model can break this.     *)
(*                                                                         *)
(* Failures modelled:                                                      *)
(*   - crash of up to MaxFailures replicas (fail-stop);                    *)
(*   - message loss, delay, reordering and duplication.  A client waits    *)
(*     for replies from any quorum, so a lost or delayed message is the    *)
(*     same as a replica that answers late or never.  The model therefore  *)
(*     lets each replica answer each phase of an operation at most once,   *)
(*     at any moment while the phase is open, in any order; a duplicate    *)
(*     changes nothing because a replica only adopts larger tags.          *)
(*                                                                         *)
(* The safety property is the one that makes the register atomic           *)
(* (linearizable): a read returns the value of the latest write that       *)
(* completed before the read began, or a newer one, and never a value      *)
(* older than one returned by a read that completed before it began.       *)
(***************************************************************************)
EXTENDS Integers, FiniteSets, TLC

CONSTANTS
    Replica,          \* the replicas
    Client,           \* client ids: positive natural numbers
    MaxOps,           \* number of operations each client performs
    MaxFailures,      \* how many replicas may crash
    ReadQuorumSize,   \* replicas a query phase waits for
    WriteQuorumSize   \* replicas an update phase waits for

ASSUME /\ Client \subseteq Nat \ {0}
       /\ MaxOps \in Nat
       /\ MaxFailures \in Nat
       /\ ReadQuorumSize \in 1..Cardinality(Replica)
       /\ WriteQuorumSize \in 1..Cardinality(Replica)

VARIABLES
    alive,       \* alive[r] is FALSE once replica r has crashed.
    tag,         \* tag[r] is the tag of the value replica r stores.
    pc,          \* pc[c]: the phase of client c's current operation.
    opsDone,     \* opsDone[c]: how many operations client c has completed.
    replied,     \* replied[c]: the replicas that answered the current phase.
    maxTag,      \* maxTag[c]: the largest tag seen in the query phase.
    opTag,       \* opTag[c]: the tag the update phase stores.
    \* History variables, used only to state correctness:
    completedWrite, \* the largest tag of a completed write
    completedRead,  \* the largest tag returned by a completed read
    floor,       \* floor[c]: the two above, when c's operation began
    result       \* result[c]: the tag c's last read returned, or NoTag

vars == <<alive, tag, pc, opsDone, replied, maxTag, opTag,
          completedWrite, completedRead, floor, result>>

-----------------------------------------------------------------------------
(* Tags *)

InitialTag == <<0, 0>>          \* the tag of the register's initial value

NoTag == <<0, -1>>              \* "no read has returned yet"

MaxCounter == Cardinality(Client) * MaxOps

Tag == ({0} \X {0}) \cup ((1..MaxCounter) \X Client)

TagLess(a, b) == a[1] < b[1] \/ (a[1] = b[1] /\ a[2] < b[2])

TagLeq(a, b) == a = b \/ TagLess(a, b)

MaxTag(a, b) == IF TagLess(a, b) THEN b ELSE a

Perms == Permutations(Replica)

-----------------------------------------------------------------------------
TypeOK ==
    /\ alive \in [Replica -> BOOLEAN]
    /\ tag \in [Replica -> Tag]
    /\ pc \in [Client -> {"idle", "writeQuery", "writeUpdate",
                                   "readQuery", "readUpdate"}]
    /\ opsDone \in [Client -> 0..MaxOps]
    /\ replied \in [Client -> SUBSET Replica]
    /\ maxTag \in [Client -> Tag]
    /\ opTag \in [Client -> Tag]
    /\ completedWrite \in Tag
    /\ completedRead \in Tag
    /\ floor \in [Client -> [write : Tag, read : Tag]]
    /\ result \in [Client -> Tag \cup {NoTag}]

Init ==
    /\ alive = [r \in Replica |-> TRUE]
    /\ tag = [r \in Replica |-> InitialTag]
    /\ pc = [c \in Client |-> "idle"]
    /\ opsDone = [c \in Client |-> 0]
    /\ replied = [c \in Client |-> {}]
    /\ maxTag = [c \in Client |-> InitialTag]
    /\ opTag = [c \in Client |-> InitialTag]
    /\ completedWrite = InitialTag
    /\ completedRead = InitialTag
    /\ floor = [c \in Client |-> [write |-> InitialTag, read |-> InitialTag]]
    /\ result = [c \in Client |-> NoTag]

-----------------------------------------------------------------------------
(***************************************************************************)
(* Client c invokes a write and starts its query phase.  The history       *)
(* variable floor records what had completed when the write began.         *)
(***************************************************************************)
StartWrite(c) ==
    /\ pc[c] = "idle"
    /\ opsDone[c] < MaxOps
    /\ pc' = [pc EXCEPT ![c] = "writeQuery"]
    /\ replied' = [replied EXCEPT ![c] = {}]
    /\ maxTag' = [maxTag EXCEPT ![c] = InitialTag]
    /\ floor' = [floor EXCEPT ![c] = [write |-> completedWrite,
                                      read  |-> completedRead]]
    /\ result' = [result EXCEPT ![c] = NoTag]
    /\ UNCHANGED <<alive, tag, opsDone, opTag, completedWrite, completedRead>>

(***************************************************************************)
(* Client c invokes a read and starts its query phase.  The history        *)
(* variable floor records what had completed when the read began.          *)
(***************************************************************************)
StartRead(c) ==
    /\ pc[c] = "idle"
    /\ opsDone[c] < MaxOps
    /\ pc' = [pc EXCEPT ![c] = "readQuery"]
    /\ replied' = [replied EXCEPT ![c] = {}]
    /\ maxTag' = [maxTag EXCEPT ![c] = InitialTag]
    /\ floor' = [floor EXCEPT ![c] = [write |-> completedWrite,
                                      read  |-> completedRead]]
    /\ result' = [result EXCEPT ![c] = NoTag]
    /\ UNCHANGED <<alive, tag, opsDone, opTag, completedWrite, completedRead>>

(***************************************************************************)
(* Live replica r answers client c's query with its tag (and value).  The  *)
(* client stops listening once it has a read quorum.                       *)
(***************************************************************************)
QueryReply(c, r) ==
    /\ pc[c] \in {"writeQuery", "readQuery"}
    /\ alive[r]
    /\ r \notin replied[c]
    /\ Cardinality(replied[c]) < ReadQuorumSize
    /\ replied' = [replied EXCEPT ![c] = @ \cup {r}]
    /\ maxTag' = [maxTag EXCEPT ![c] = MaxTag(@, tag[r])]
    /\ UNCHANGED <<alive, tag, pc, opsDone, opTag, completedWrite,
                   completedRead, floor, result>>

(***************************************************************************)
(* Client c has heard from a read quorum and starts its update phase.  A   *)
(* writer stores a new tag, larger than every tag it saw; a reader writes  *)
(* back the largest tag it saw.                                            *)
(***************************************************************************)
EndQuery(c) ==
    /\ pc[c] \in {"writeQuery", "readQuery"}
    /\ Cardinality(replied[c]) = ReadQuorumSize
    /\ pc' = [pc EXCEPT ![c] = IF @ = "writeQuery" THEN "writeUpdate"
                                                   ELSE "readUpdate"]
    /\ opTag' = [opTag EXCEPT ![c] = IF pc[c] = "writeQuery"
                                       THEN <<maxTag[c][1] + 1, c>>
                                       ELSE maxTag[c]]
    /\ replied' = [replied EXCEPT ![c] = {}]
    /\ UNCHANGED <<alive, tag, opsDone, maxTag, completedWrite, completedRead,
                   floor, result>>

(***************************************************************************)
(* Live replica r receives client c's update: it adopts the tag (and its   *)
(* value) if it is larger than its own, and acknowledges.                  *)
(***************************************************************************)
UpdateReply(c, r) ==
    /\ pc[c] \in {"writeUpdate", "readUpdate"}
    /\ alive[r]
    /\ r \notin replied[c]
    /\ Cardinality(replied[c]) < WriteQuorumSize
    /\ tag' = [tag EXCEPT ![r] = MaxTag(@, opTag[c])]
    /\ replied' = [replied EXCEPT ![c] = @ \cup {r}]
    /\ UNCHANGED <<alive, pc, opsDone, maxTag, opTag, completedWrite,
                   completedRead, floor, result>>

(***************************************************************************)
(* Client c has heard from a write quorum: the operation completes.  A     *)
(* read returns the value it wrote back.                                   *)
(***************************************************************************)
EndUpdate(c) ==
    /\ pc[c] \in {"writeUpdate", "readUpdate"}
    /\ Cardinality(replied[c]) = WriteQuorumSize
    /\ pc' = [pc EXCEPT ![c] = "idle"]
    /\ opsDone' = [opsDone EXCEPT ![c] = @ + 1]
    /\ replied' = [replied EXCEPT ![c] = {}]
    /\ IF pc[c] = "writeUpdate"
         THEN /\ completedWrite' = MaxTag(completedWrite, opTag[c])
              /\ UNCHANGED <<completedRead, result>>
         ELSE /\ completedRead' = MaxTag(completedRead, opTag[c])
              /\ result' = [result EXCEPT ![c] = opTag[c]]
              /\ UNCHANGED completedWrite
    /\ UNCHANGED <<alive, tag, maxTag, opTag, floor>>

(***************************************************************************)
(* Replica r crashes and never recovers; at most MaxFailures do.           *)
(***************************************************************************)
Crash(r) ==
    /\ alive[r]
    /\ Cardinality({s \in Replica : ~alive[s]}) < MaxFailures
    /\ alive' = [alive EXCEPT ![r] = FALSE]
    /\ UNCHANGED <<tag, pc, opsDone, replied, maxTag, opTag, completedWrite,
                   completedRead, floor, result>>

-----------------------------------------------------------------------------
(***************************************************************************)
(* The steps that carry client c's invoked operation to completion.        *)
(***************************************************************************)
OperationStep(c) ==
    \/ EndQuery(c)
    \/ EndUpdate(c)
    \/ \E r \in Replica : QueryReply(c, r) \/ UpdateReply(c, r)

Next ==
    \/ \E c \in Client : StartWrite(c) \/ StartRead(c) \/ OperationStep(c)
    \/ \E r \in Replica : Crash(r)

Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Fairness: an operation in progress keeps making progress for as long as *)
(* it can (live replicas keep answering, the client keeps going).  Clients *)
(* are not forced to invoke operations, and replicas are not forced to     *)
(* crash.                                                                  *)
(***************************************************************************)
FairSpec == Spec /\ \A c \in Client : WF_vars(OperationStep(c))

-----------------------------------------------------------------------------
(* Safety *)

(***************************************************************************)
(* A read returns the latest write that completed before the read began,   *)
(* or a newer one.                                                         *)
(***************************************************************************)
ReadReturnsLatestCompletedWrite ==
    \A c \in Client :
        result[c] # NoTag => TagLeq(floor[c].write, result[c])

(***************************************************************************)
(* No new/old inversion: a read never returns a value older than one       *)
(* returned by a read that completed before it began.                      *)
(***************************************************************************)
NoReadInversion ==
    \A c \in Client :
        result[c] # NoTag => TagLeq(floor[c].read, result[c])

(***************************************************************************)
(* Every write picks a tag larger than that of every write completed       *)
(* before it began, so later writes overwrite earlier ones.                *)
(***************************************************************************)
WriteTagsIncrease ==
    \A c \in Client :
        pc[c] = "writeUpdate" => TagLess(floor[c].write, opTag[c])

-----------------------------------------------------------------------------
(* Liveness *)

(***************************************************************************)
(* Wait-freedom for a live majority: as long as no more replicas crash     *)
(* than the quorums can tolerate, every operation a client invokes         *)
(* completes.                                                              *)
(***************************************************************************)
OperationsComplete ==
    \A c \in Client : pc[c] # "idle" ~> pc[c] = "idle"

=============================================================================
