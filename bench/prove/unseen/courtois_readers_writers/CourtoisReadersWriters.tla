----------------------- MODULE CourtoisReadersWriters -----------------------
(***************************************************************************)
(* The first readers-writers solution of Courtois, Heymans and Parnas      *)
(* ("Concurrent control with 'readers' and 'writers'", CACM 14(10), 1971), *)
(* Problem 1, readers' priority, built from two semaphores and a counter:  *)
(*                                                                         *)
(*   integer readcount := 0;  semaphore mutex := 1, w := 1;                *)
(*                                                                         *)
(*   READER                              WRITER                            *)
(*     P(mutex);                           P(w);                           *)
(*       readcount := readcount + 1;         ... writing ...               *)
(*       if readcount = 1 then P(w);       V(w);                           *)
(*     V(mutex);                                                           *)
(*     ... reading ...                                                     *)
(*     P(mutex);                                                           *)
(*       readcount := readcount - 1;                                       *)
(*       if readcount = 0 then V(w);                                       *)
(*     V(mutex);                                                           *)
(*                                                                         *)
(* The first reader in locks writers out through w on behalf of all        *)
(* readers, the last reader out lets them in again; mutex protects         *)
(* readcount.  Each statement is one atomic step; P(s) waits until s > 0   *)
(* and decrements s, V(s) increments it.  "if readcount = 1 then P(w)" is  *)
(* one step (readcount cannot change meanwhile: the reader holds mutex);   *)
(* when the test succeeds the step waits for w.  Reading and writing are   *)
(* the labels "read" and "write"; processes cycle forever.                 *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Reader,    \* the reader processes
    Writer     \* the writer processes

ASSUME Reader \cap Writer = {}

RLabels == {"idle", "inc", "first", "rel1", "read", "dec", "last", "rel2"}
WLabels == {"idle", "write"}

VARIABLES
    readcount,  \* the number of readers in (or entering, or leaving) the reading section
    mutex,      \* semaphore protecting readcount
    w,          \* semaphore excluding writers from each other and from readers
    rpc,        \* rpc[r]: the label of reader r's next step
    wpc         \* wpc[x]: the label of writer x's next step

vars == <<readcount, mutex, w, rpc, wpc>>

TypeOK ==
    /\ readcount \in 0 .. Cardinality(Reader)
    /\ mutex \in 0 .. 1
    /\ w \in 0 .. 1
    /\ rpc \in [Reader -> RLabels]
    /\ wpc \in [Writer -> WLabels]

Init ==
    /\ readcount = 0
    /\ mutex = 1
    /\ w = 1
    /\ rpc = [r \in Reader |-> "idle"]
    /\ wpc = [x \in Writer |-> "idle"]

-----------------------------------------------------------------------------
(* Reader r wants to read: P(mutex). *)
ReaderEnter(r) ==
    /\ rpc[r] = "idle"
    /\ mutex > 0
    /\ mutex' = mutex - 1
    /\ rpc' = [rpc EXCEPT ![r] = "inc"]
    /\ UNCHANGED <<readcount, w, wpc>>

(* readcount := readcount + 1. *)
ReaderInc(r) ==
    /\ rpc[r] = "inc"
    /\ readcount' = readcount + 1
    /\ rpc' = [rpc EXCEPT ![r] = "first"]
    /\ UNCHANGED <<mutex, w, wpc>>

(* if readcount = 1 then P(w): the first reader locks the writers out. *)
ReaderFirst(r) ==
    /\ rpc[r] = "first"
    /\ IF readcount = 1
         THEN /\ w > 0
              /\ w' = w - 1
         ELSE UNCHANGED w
    /\ rpc' = [rpc EXCEPT ![r] = "rel1"]
    /\ UNCHANGED <<readcount, mutex, wpc>>

(* V(mutex), then read. *)
ReaderRelease1(r) ==
    /\ rpc[r] = "rel1"
    /\ mutex' = mutex + 1
    /\ rpc' = [rpc EXCEPT ![r] = "read"]
    /\ UNCHANGED <<readcount, w, wpc>>

(* Reader r has finished reading: P(mutex). *)
ReaderExit(r) ==
    /\ rpc[r] = "read"
    /\ mutex > 0
    /\ mutex' = mutex - 1
    /\ rpc' = [rpc EXCEPT ![r] = "dec"]
    /\ UNCHANGED <<readcount, w, wpc>>

(* readcount := readcount - 1. *)
ReaderDec(r) ==
    /\ rpc[r] = "dec"
    /\ readcount' = readcount - 1
    /\ rpc' = [rpc EXCEPT ![r] = "last"]
    /\ UNCHANGED <<mutex, w, wpc>>

(* if readcount = 0 then V(w): the last reader lets the writers in. *)
ReaderLast(r) ==
    /\ rpc[r] = "last"
    /\ w' = IF readcount = 0 THEN w + 1 ELSE w
    /\ rpc' = [rpc EXCEPT ![r] = "rel2"]
    /\ UNCHANGED <<readcount, mutex, wpc>>

(* V(mutex), back to the remainder. *)
ReaderRelease2(r) ==
    /\ rpc[r] = "rel2"
    /\ mutex' = mutex + 1
    /\ rpc' = [rpc EXCEPT ![r] = "idle"]
    /\ UNCHANGED <<readcount, w, wpc>>

(* Writer x wants to write: P(w). *)
WriterEnter(x) ==
    /\ wpc[x] = "idle"
    /\ w > 0
    /\ w' = w - 1
    /\ wpc' = [wpc EXCEPT ![x] = "write"]
    /\ UNCHANGED <<readcount, mutex, rpc>>

(* Writer x has finished writing: V(w). *)
WriterExit(x) ==
    /\ wpc[x] = "write"
    /\ w' = w + 1
    /\ wpc' = [wpc EXCEPT ![x] = "idle"]
    /\ UNCHANGED <<readcount, mutex, rpc>>

Next ==
    \/ \E r \in Reader :
          \/ ReaderEnter(r) \/ ReaderInc(r) \/ ReaderFirst(r) \/ ReaderRelease1(r)
          \/ ReaderExit(r) \/ ReaderDec(r) \/ ReaderLast(r) \/ ReaderRelease2(r)
    \/ \E x \in Writer : WriterEnter(x) \/ WriterExit(x)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* A writer writes alone: no reader is reading and no other writer is     *)
(* writing.                                                               *)
WriterExclusion ==
    \A x \in Writer :
        wpc[x] = "write" =>
            /\ \A r \in Reader : rpc[r] # "read"
            /\ \A y \in Writer \ {x} : wpc[y] # "write"
=============================================================================
