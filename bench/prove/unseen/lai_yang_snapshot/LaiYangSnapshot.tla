--------------------------- MODULE LaiYangSnapshot ---------------------------
(***************************************************************************)
(* The Lai-Yang snapshot algorithm for non-FIFO channels (T. H. Lai and    *)
(* T. H. Yang, "On distributed snapshots", Information Processing Letters  *)
(* 25(3), 1987), run under a bank: processes hold coins and pay them to    *)
(* each other, one coin per message.                                       *)
(*                                                                         *)
(* Every process is white until it takes its local snapshot, red after.    *)
(* Every message carries the colour of its sender at the time of sending.  *)
(*  - A white process may take its snapshot at any time (any process may   *)
(*    initiate): it records its local state (the coins it holds) and turns *)
(*    red.                                                                 *)
(*  - A white process that receives a red message takes its snapshot       *)
(*    before delivering the message, so that the message, sent after the   *)
(*    sender's snapshot, is not part of the receiver's recorded state.     *)
(*  - A white message received by a red process was sent before the        *)
(*    sender's snapshot and received after the receiver's: it is in        *)
(*    transit in the cut, and the receiver records it as part of the state *)
(*    of the channel.  (Lai and Yang obtain these messages from the white  *)
(*    messages each process logs; here the receiver records them as they   *)
(*    arrive, which gives the same set.)                                   *)
(* Channels are reliable but not FIFO: any message in transit may be       *)
(* delivered next.                                                         *)
(*                                                                         *)
(* Coins are distinct, so the recorded global state can be checked: it is  *)
(* consistent if no coin is recorded twice (an orphan, a payment received  *)
(* in the receiver's snapshot but sent after the sender's, would show up   *)
(* both in the sender's recorded coins and in the receiver's) and, once    *)
(* the snapshot is complete, every coin is recorded exactly once.          *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Proc,   \* the processes
    Coin    \* the coins (each payment message carries one)

Colour == {"white", "red"}

(* The channels: one from every process to every other. *)
Chan == {<<p, q>> \in Proc \X Proc : p # q}

(* Where a coin is: held by a process, or in a payment message in transit  *)
(* on a channel, tagged with the sender's colour.                          *)
InTransit == [ch : Chan, col : Colour]
Location == Proc \cup InTransit

VARIABLES
    colour,    \* colour[p]: white before p's snapshot, red after
    loc,       \* loc[c]: where coin c is
    snap,      \* snap[p]: the coins p held when it took its snapshot
    chanRec    \* chanRec[ch]: the recorded state of channel ch (white coins
               \* its receiver got after its snapshot)

vars == <<colour, loc, snap, chanRec>>

TypeOK ==
    /\ colour \in [Proc -> Colour]
    /\ loc \in [Coin -> Location]
    /\ snap \in [Proc -> SUBSET Coin]
    /\ chanRec \in [Chan -> SUBSET Coin]

(* Initially every process is white and holds some of the coins.           *)
Init ==
    /\ colour = [p \in Proc |-> "white"]
    /\ loc \in [Coin -> Proc]
    /\ snap = [p \in Proc |-> {}]
    /\ chanRec = [ch \in Chan |-> {}]

(* The coins process p holds. *)
Holds(p) == {c \in Coin : loc[c] = p}

-----------------------------------------------------------------------------
(* White process p takes its snapshot of its own accord.                   *)
TakeSnapshot(p) ==
    /\ colour[p] = "white"
    /\ colour' = [colour EXCEPT ![p] = "red"]
    /\ snap' = [snap EXCEPT ![p] = Holds(p)]
    /\ UNCHANGED <<loc, chanRec>>

(* Process p pays coin c to q: the message carries p's colour.             *)
Pay(p, q, c) ==
    /\ p # q
    /\ loc[c] = p
    /\ loc' = [loc EXCEPT ![c] = [ch |-> <<p, q>>, col |-> colour[p]]]
    /\ UNCHANGED <<colour, snap, chanRec>>

(* q receives a white payment from p.  If q is already red, the message is *)
(* recorded as in transit on the channel.                                  *)
ReceiveWhite(p, q, c) ==
    /\ loc[c] = [ch |-> <<p, q>>, col |-> "white"]
    /\ loc' = [loc EXCEPT ![c] = q]
    /\ chanRec' = IF colour[q] = "red"
                    THEN [chanRec EXCEPT ![<<p, q>>] = @ \cup {c}]
                    ELSE chanRec
    /\ UNCHANGED <<colour, snap>>

(* q receives a red payment from p.  If q is still white, it first takes   *)
(* its snapshot (without the coin), then accepts the coin.                 *)
ReceiveRed(p, q, c) ==
    /\ loc[c] = [ch |-> <<p, q>>, col |-> "red"]
    /\ loc' = [loc EXCEPT ![c] = q]
    /\ IF colour[q] = "white"
         THEN /\ colour' = [colour EXCEPT ![q] = "red"]
              /\ snap' = [snap EXCEPT ![q] = Holds(q)]
         ELSE UNCHANGED <<colour, snap>>
    /\ UNCHANGED chanRec

Next ==
    \/ \E p \in Proc : TakeSnapshot(p)
    \/ \E p, q \in Proc, c \in Coin :
          Pay(p, q, c) \/ ReceiveWhite(p, q, c) \/ ReceiveRed(p, q, c)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* The places where coin c is recorded: the snapshots of processes and the *)
(* recorded channel states that contain it.                                *)
RecordedIn(c) ==
    {p \in Proc : c \in snap[p]} \cup {ch \in Chan : c \in chanRec[ch]}

(* The snapshot is complete: every process is red and every white message  *)
(* has been received.                                                      *)
Complete ==
    /\ \A p \in Proc : colour[p] = "red"
    /\ \A c \in Coin : loc[c] \in Proc \/ loc[c].col = "red"

(* The recorded global state is a consistent cut: no coin is recorded      *)
(* twice (no orphan message), and once the snapshot is complete every coin *)
(* is recorded exactly once.                                               *)
ConsistentCut ==
    \A c \in Coin :
        /\ Cardinality(RecordedIn(c)) <= 1
        /\ Complete => Cardinality(RecordedIn(c)) = 1
=============================================================================
