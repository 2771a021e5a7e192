---------------------- MODULE VirtualSynchrony_Reference ----------------------
(***************************************************************************)
(* A hand-written inductive invariant for VirtualSynchrony.                *)
(***************************************************************************)
EXTENDS VirtualSynchrony

(* The messages copied in the survivors' FLUSH messages. *)
Flushed == UNION {flush[q] : q \in {s \in Survivors : flush[s] # None}}

(* A process in view 0 that has sent FLUSH delivers nothing more: its      *)
(* FLUSH copies exactly the messages it has delivered.                     *)
FlushFrozen ==
    \A p \in Proc : (status[p] = "view0" /\ flush[p] # None) => flush[p] = delivered[p]

(* A process that has installed view 1 had the FLUSH of every survivor,    *)
(* and has delivered exactly the messages they copied.                     *)
InstalledDeliveredFlushed ==
    \A p \in Proc : status[p] = "view1" =>
        /\ \A q \in Survivors : flush[q] # None
        /\ delivered[p] = Flushed

IndRef ==
    /\ TypeOK
    /\ SameViewDelivery
    /\ FlushFrozen
    /\ InstalledDeliveredFlushed
=============================================================================
