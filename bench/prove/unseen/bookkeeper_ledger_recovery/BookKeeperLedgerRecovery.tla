---------------------- MODULE BookKeeperLedgerRecovery ----------------------
(***************************************************************************)
(* Apache BookKeeper: writing a ledger and recovering (fencing and         *)
(* closing) it after its writer is suspected to have failed.               *)
(*                                                                         *)
(* A ledger is an append-only log of entries 1, 2, ... with a single       *)
(* writer.  Here the ensemble is also the write quorum (E = Qw = the       *)
(* number of bookies): every entry is sent to every bookie, and the writer *)
(* confirms an entry to its own client once Qa bookies have stored it and  *)
(* every earlier entry is confirmed; lac, the last add confirmed, is the   *)
(* highest confirmed entry.                                                *)
(*                                                                         *)
(* A recovery client that suspects the writer has failed (the writer may   *)
(* in fact still be running) recovers the ledger:                          *)
(*  1. it marks the ledger IN_RECOVERY in the metadata store and sends a   *)
(*     fencing request to every bookie; a fenced bookie rejects all        *)
(*     further adds from the writer.  It goes on once Qw - Qa + 1 bookies  *)
(*     are fenced, so that no Qa bookies remain that accept adds;          *)
(*  2. it reads entries forward from the first one.  Recovery reads fence  *)
(*     the bookie they reach too (the fix of BookKeeper 4.13 for the data  *)
(*     loss found by Vanlightly's TLA+ specification).  An entry found on  *)
(*     some bookie is written back to the bookies that lack it (recovery   *)
(*     adds are accepted by fenced bookies) and the next entry is read; an *)
(*     entry that Qw - Qa + 1 bookies report missing cannot have been      *)
(*     confirmed, and ends the ledger;                                     *)
(*  3. once every entry it found is stored on Qa bookies it closes the     *)
(*     ledger in the metadata store with last entry = the entry before     *)
(*     the missing one.                                                    *)
(*                                                                         *)
(* Acknowledgements from bookies to the writer are not modelled as         *)
(* messages: an add stored by a bookie counts as acknowledged (stored sets *)
(* only grow, so the writer may act on them at any later time).  Add       *)
(* requests may reach the bookies in any order.                            *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Bookie,   \* the bookies of the ensemble (= the write quorum)
    N,        \* the number of entries the writer adds
    Qa        \* the ack quorum size

ASSUME N \in Nat /\ Qa \in 1..Cardinality(Bookie)

Entry == 1..N
Qw == Cardinality(Bookie)

(* Sets of bookies large enough to confirm an entry.                       *)
AckQuorum == {Q \in SUBSET Bookie : Cardinality(Q) = Qa}
(* Sets of bookies that meet every ack quorum: Qw - Qa + 1 of them.        *)
FenceQuorum == {Q \in SUBSET Bookie : Cardinality(Q) = Qw - Qa + 1}

(* The states of the recovery client.                                      *)
RecState ==
         {[st |-> "idle"], [st |-> "fencing"]}
    \cup [st : {"reading"}, e : 1..(N + 1), neg : SUBSET Bookie]
    \cup [st : {"closed"}, last : 0..N]

VARIABLES
    stored,   \* stored[b]: the entries bookie b has stored
    fenced,   \* fenced[b]: bookie b is fenced and rejects the writer's adds
    added,    \* the writer has sent entries 1..added to the bookies
    lac,      \* the writer's last add confirmed
    rec       \* the recovery client: idle, fencing, reading entry e (with the
              \* bookies neg that reported it missing), or closed at last

vars == <<stored, fenced, added, lac, rec>>

TypeOK ==
    /\ stored \in [Bookie -> SUBSET Entry]
    /\ fenced \in [Bookie -> BOOLEAN]
    /\ added \in 0..N
    /\ lac \in 0..N
    /\ rec \in RecState

(* Entry e is stored on an ack quorum of bookies.                          *)
Replicated(e) == \E Q \in AckQuorum : \A b \in Q : e \in stored[b]

Init ==
    /\ stored = [b \in Bookie |-> {}]
    /\ fenced = [b \in Bookie |-> FALSE]
    /\ added = 0
    /\ lac = 0
    /\ rec = [st |-> "idle"]

-----------------------------------------------------------------------------
(* The writer's client adds the next entry: the writer sends it to every   *)
(* bookie.                                                                 *)
AddEntry ==
    /\ added < N
    /\ added' = added + 1
    /\ UNCHANGED <<stored, fenced, lac, rec>>

(* Bookie b receives the writer's add of entry e and stores it, unless it  *)
(* is fenced.                                                              *)
BookieAdd(b, e) ==
    /\ e <= added
    /\ e \notin stored[b]
    /\ ~fenced[b]
    /\ stored' = [stored EXCEPT ![b] = @ \cup {e}]
    /\ UNCHANGED <<fenced, added, lac, rec>>

(* The writer has Qa acknowledgements for the entry after lac: it confirms *)
(* it to its client.                                                       *)
Confirm ==
    /\ lac < added
    /\ Replicated(lac + 1)
    /\ lac' = lac + 1
    /\ UNCHANGED <<stored, fenced, added, rec>>

(* A recovery client marks the ledger IN_RECOVERY and sends fencing        *)
(* requests to the bookies.                                                *)
StartRecovery ==
    /\ rec.st = "idle"
    /\ rec' = [st |-> "fencing"]
    /\ UNCHANGED <<stored, fenced, added, lac>>

(* Bookie b receives the fencing request and answers it (a request may be *)
(* delayed past the end of the fencing phase).                             *)
Fence(b) ==
    /\ rec.st # "idle"
    /\ ~fenced[b]
    /\ fenced' = [fenced EXCEPT ![b] = TRUE]
    /\ UNCHANGED <<stored, added, lac, rec>>

(* Qw - Qa + 1 bookies have answered the fencing request: recovery reads   *)
(* start at the first entry.                                               *)
FencingDone ==
    /\ rec.st = "fencing"
    /\ \E Q \in FenceQuorum : \A b \in Q : fenced[b]
    /\ rec' = [st |-> "reading", e |-> 1, neg |-> {}]
    /\ UNCHANGED <<stored, fenced, added, lac>>

(* Bookie b answers a recovery read of the current entry, and is fenced by *)
(* it.  If b has the entry, recovery moves to the next one; otherwise b    *)
(* counts as a negative answer.                                            *)
RecoveryRead(b) ==
    /\ rec.st = "reading"
    /\ ~\E Q \in FenceQuorum : Q \subseteq rec.neg
    /\ b \notin rec.neg
    /\ fenced' = [fenced EXCEPT ![b] = TRUE]
    /\ rec' = IF rec.e \in stored[b]
                THEN [st |-> "reading", e |-> rec.e + 1, neg |-> {}]
                ELSE [rec EXCEPT !.neg = @ \cup {b}]
    /\ UNCHANGED <<stored, added, lac>>

(* Bookie b stores the recovery client's write-back of an entry recovery   *)
(* has found (recovery adds are accepted by fenced bookies).               *)
RecoveryWrite(b, e) ==
    /\ rec.st = "reading"
    /\ e < rec.e
    /\ e \notin stored[b]
    /\ stored' = [stored EXCEPT ![b] = @ \cup {e}]
    /\ UNCHANGED <<fenced, added, lac, rec>>

(* Qw - Qa + 1 bookies reported the current entry missing and every entry *)
(* before it is stored on Qa bookies: the ledger is closed in the metadata *)
(* store, ending at the entry before the missing one.                      *)
CloseLedger ==
    /\ rec.st = "reading"
    /\ \E Q \in FenceQuorum : Q \subseteq rec.neg
    /\ \A e \in Entry : e < rec.e => Replicated(e)
    /\ rec' = [st |-> "closed", last |-> rec.e - 1]
    /\ UNCHANGED <<stored, fenced, added, lac>>

Next ==
    \/ AddEntry
    \/ \E b \in Bookie, e \in Entry : BookieAdd(b, e)
    \/ Confirm
    \/ StartRecovery
    \/ \E b \in Bookie : Fence(b)
    \/ FencingDone
    \/ \E b \in Bookie : RecoveryRead(b)
    \/ \E b \in Bookie, e \in Entry : RecoveryWrite(b, e)
    \/ CloseLedger

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Every entry the writer confirmed to its client is in the closed ledger. *)
NoConfirmedEntryLost ==
    rec.st = "closed" => lac <= rec.last
=============================================================================
