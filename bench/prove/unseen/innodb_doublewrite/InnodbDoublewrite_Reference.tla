--------------------- MODULE InnodbDoublewrite_Reference ---------------------
(***************************************************************************)
(* A hand-written inductive invariant for InnodbDoublewrite.               *)
(***************************************************************************)
EXTENDS InnodbDoublewrite

(* The page cleaner's state is consistent: a batch exists only while it    *)
(* runs, pages are written in place only in the page-write phase and only  *)
(* pages of the batch, and recovery runs with no batch.                    *)
FlushStateConsistent ==
    /\ phase = "idle" => batch = {}
    /\ written \subseteq batch
    /\ phase # "pageWrite" => written = {}
    /\ mode = "recovery" => phase = "idle"

(* During a batch, the doublewrite area holds an intact copy of the        *)
(* current version of every page of the batch.                             *)
BatchInDoublewrite ==
    phase # "idle" => \A p \in batch : dwb[p] = mem[p]

(* During recovery, every torn data page has an intact copy in the         *)
(* doublewrite area.                                                       *)
TornPageHasCopy ==
    mode = "recovery" => \A p \in Page : disk[p] = Torn => dwb[p] \in Ver

IndRef ==
    /\ TypeOK
    /\ NoTornPageWhenUp
    /\ FlushStateConsistent
    /\ BatchInDoublewrite
    /\ TornPageHasCopy
=============================================================================
