------------------ MODULE CourtoisReadersWriters_Reference ------------------
(***************************************************************************)
(* A hand-written inductive invariant for CourtoisReadersWriters, used     *)
(* only to check that the benchmark has one; never given to the tool       *)
(* under test.                                                             *)
(*                                                                         *)
(* The counter counts the readers between their increment and decrement;   *)
(* mutex is held by at most one reader, the one updating the counter; and  *)
(* w is held either by one writer or by the readers as a group, from the   *)
(* first reader's P(w) to the last reader's V(w).                          *)
(***************************************************************************)
EXTENDS CourtoisReadersWriters

(* The readers readcount counts: incremented and not yet decremented. *)
Counted == {r \in Reader : rpc[r] \in {"first", "rel1", "read", "dec"}}

(* The readers holding mutex. *)
InMutex == {r \in Reader : rpc[r] \in {"inc", "first", "rel1", "dec", "last", "rel2"}}

(* The readers, as a group, hold w: the first has passed its P(w) and the *)
(* last has not yet done its V(w).                                        *)
ReadersHoldW ==
    \/ readcount > 0 /\ ~(readcount = 1 /\ \E r \in Reader : rpc[r] = "first")
    \/ readcount = 0 /\ \E r \in Reader : rpc[r] = "last"

(* readcount is the number of counted readers. *)
ReadersCounted ==
    readcount = Cardinality(Counted)

(* mutex is 0 exactly when one reader holds it, and no two hold it. *)
MutexHeld ==
    /\ mutex = 0 <=> InMutex # {}
    /\ \A r, s \in InMutex : r = s

(* w is 0 exactly when a writer writes or the readers hold it, and it is  *)
(* held by at most one of these.                                          *)
WHeld ==
    /\ w = 0 <=> (ReadersHoldW \/ \E x \in Writer : wpc[x] = "write")
    /\ \A x \in Writer : wpc[x] = "write" => ~ReadersHoldW
    /\ \A x, y \in Writer : wpc[x] = "write" /\ wpc[y] = "write" => x = y

IndRef ==
    /\ TypeOK
    /\ WriterExclusion
    /\ ReadersCounted
    /\ MutexHeld
    /\ WHeld
=============================================================================
