------------------------------- MODULE MSI -------------------------------
(***************************************************************************)
(* MSI cache coherence for one memory line, a set of caches and a          *)
(* directory.                                                              *)
(*                                                                         *)
(* Each cache holds the line in state M (modified, sole writable copy),    *)
(* S (shared, read-only clean copy) or I (invalid).  A cache that wants    *)
(* the line posts a request (GetS to read, GetM to write) in req[c]; the   *)
(* directory serves one pending request atomically.  The directory keeps   *)
(* its own book-keeping: `owner` (the cache in M, or NoCache) and          *)
(* `sharers` (caches it believes hold S).  Invalidations are sent only to  *)
(* the owner and the recorded sharers, so the directory's book-keeping     *)
(* must be accurate for coherence to hold.                                 *)
(*                                                                         *)
(* Evictions notify the directory (S) or write the dirty line back (M).    *)
(*                                                                         *)
(* `lastWrite` is a ghost variable: the most recently written value.       *)
(*                                                                         *)
(* Safety: single writer / multiple readers, plus data-value consistency.  *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Cache,     \* the set of caches
          NoCache    \* a model value: "no owner"

Val   == {0, 1}
State == {"M", "S", "I"}
Req   == {"None", "GetS", "GetM"}

VARIABLES state,     \* state[c]: MSI state of cache c
          cdata,     \* cdata[c]: value held by cache c (meaningless if I)
          req,       \* req[c]: pending request of cache c
          mem,       \* value in memory
          owner,     \* directory: cache holding M, or NoCache
          sharers,   \* directory: caches holding S
          lastWrite  \* ghost: the value of the most recent write

vars == <<state, cdata, req, mem, owner, sharers, lastWrite>>

TypeOK == /\ state \in [Cache -> State]
          /\ cdata \in [Cache -> Val]
          /\ req \in [Cache -> Req]
          /\ mem \in Val
          /\ owner \in Cache \cup {NoCache}
          /\ sharers \in SUBSET Cache
          /\ lastWrite \in Val

Init == /\ state = [c \in Cache |-> "I"]
        /\ cdata = [c \in Cache |-> 0]
        /\ req = [c \in Cache |-> "None"]
        /\ mem = 0
        /\ owner = NoCache
        /\ sharers = {}
        /\ lastWrite = 0

\* The current value of the line, as the directory sees it: the owner's
\* copy if there is an owner, otherwise memory.
Current == IF owner = NoCache THEN mem ELSE cdata[owner]

\* A cache in I asks to read.
IssueGetS(c) == /\ req[c] = "None"
                /\ state[c] = "I"
                /\ req' = [req EXCEPT ![c] = "GetS"]
                /\ UNCHANGED <<state, cdata, mem, owner, sharers, lastWrite>>

\* A cache in I or S asks to write.
IssueGetM(c) == /\ req[c] = "None"
                /\ state[c] \in {"I", "S"}
                /\ req' = [req EXCEPT ![c] = "GetM"]
                /\ UNCHANGED <<state, cdata, mem, owner, sharers, lastWrite>>

\* Directory serves GetS: the owner (if any) writes back and downgrades to S;
\* the requester receives the current value in S.
DirGetS(c) == /\ req[c] = "GetS"
              /\ mem' = Current
              /\ cdata' = [cdata EXCEPT ![c] = Current]
              /\ state' = [d \in Cache |->
                             IF d = c \/ d = owner THEN "S" ELSE state[d]]
              /\ sharers' = sharers \cup {c} \cup
                              (IF owner = NoCache THEN {} ELSE {owner})
              /\ owner' = NoCache
              /\ req' = [req EXCEPT ![c] = "None"]
              /\ UNCHANGED lastWrite

\* Directory serves GetM: the owner and all recorded sharers are
\* invalidated; the requester receives the current value in M.
DirGetM(c) == /\ req[c] = "GetM"
              /\ cdata' = [cdata EXCEPT ![c] = Current]
              /\ state' = [d \in Cache |->
                             IF d = c THEN "M"
                             ELSE IF d \in sharers \/ d = owner THEN "I"
                             ELSE state[d]]
              /\ owner' = c
              /\ sharers' = {}
              /\ req' = [req EXCEPT ![c] = "None"]
              /\ UNCHANGED <<mem, lastWrite>>

\* The owner writes a value into its copy.
Write(c, v) == /\ state[c] = "M"
               /\ cdata' = [cdata EXCEPT ![c] = v]
               /\ lastWrite' = v
               /\ UNCHANGED <<state, req, mem, owner, sharers>>

\* A sharer drops its copy and tells the directory.
EvictS(c) == /\ state[c] = "S"
             /\ state' = [state EXCEPT ![c] = "I"]
             /\ sharers' = sharers \ {c}
             /\ UNCHANGED <<cdata, req, mem, owner, lastWrite>>

\* The owner writes its dirty copy back and drops it.
EvictM(c) == /\ state[c] = "M"
             /\ state' = [state EXCEPT ![c] = "I"]
             /\ mem' = cdata[c]
             /\ owner' = NoCache
             /\ UNCHANGED <<cdata, req, sharers, lastWrite>>

Next == \E c \in Cache :
          \/ IssueGetS(c) \/ IssueGetM(c)
          \/ DirGetS(c) \/ DirGetM(c)
          \/ EvictS(c) \/ EvictM(c)
          \/ \E v \in Val : Write(c, v)

Spec == Init /\ [][Next]_vars

\* Single writer / multiple readers, and every valid copy holds the latest
\* written value (memory too, when no cache owns the line).
Coherence ==
  /\ \A c, d \in Cache : (c # d /\ state[c] = "M") => state[d] = "I"
  /\ \A c \in Cache : state[c] # "I" => cdata[c] = lastWrite
  /\ (\A c \in Cache : state[c] # "M") => mem = lastWrite
=============================================================================
