------------------------------ MODULE CorfuSeal ------------------------------
(***************************************************************************)
(* A shared log in the style of CORFU (Balakrishnan et al., NSDI 2012) and *)
(* the loglet sealing of Delos (Balakrishnan et al., OSDI 2020).           *)
(*                                                                         *)
(* The log's address space is striped over storage units according to a  *)
(* projection, which is numbered by an epoch.  Epoch e's projection is a   *)
(* list of segments: segment k (k <= e) covers positions start[k] up to    *)
(* the next segment's start and lives on storage unit k (start[0] = 0;     *)
(* the last segment is open-ended).  Storage units are write-once per      *)
(* position, and every request carries the client's epoch: a unit sealed  *)
(* at epoch s rejects requests from epochs below s.                        *)
(*                                                                         *)
(* Clients append by taking a token (the next log position) from the       *)
(* sequencer, then writing their record at that position on the unit the   *)
(* projection maps it to.  A write to a position already written fails     *)
(* (err_written) and the client takes a new token; a write rejected by a   *)
(* seal makes the client fetch the current projection and retry.           *)
(*                                                                         *)
(* Reconfiguration (e.g. when the sequencer fails, or to open a new        *)
(* segment on fresh storage): the reconfigurer seals every unit of the     *)
(* current projection at epoch e+1; each sealed unit reports the highest   *)
(* position written on it, so the log's tail is the maximum of these plus  *)
(* one.  It then installs projection e+1, whose new segment (on unit e+1)  *)
(* starts at that tail, and restarts the sequencer there.                  *)
(*                                                                         *)
(* Abstractions: one replica per segment (no chain replication), no hole   *)
(* filling, reads are not modelled (they change no state).  A record is    *)
(* identified with the client that appends it.  The sequencer's count is   *)
(* volatile: it is re-derived from the sealed tail at reconfiguration.     *)
(***************************************************************************)
EXTENDS Integers, FiniteSets, TLC

CONSTANTS
    Client,    \* the clients; each appends its own record
    N,         \* log positions are 0..N-1
    MaxEpoch   \* epochs are 0..MaxEpoch

Pos == 0..(N - 1)
Epoch == 0..MaxEpoch
Unit == Epoch            \* unit k holds the segment opened in epoch k
Empty == "empty"         \* an unwritten position
NoPos == -1              \* a client holding no token

VARIABLES
    epoch,    \* epoch of the current projection (kept by the layout service)
    start,    \* start[k]: first position of segment k, for k in 1..MaxEpoch
    sealed,   \* sealed[u]: epoch at which unit u is sealed (0: never)
    data,     \* data[u][p]: the record at position p on unit u
    seq,      \* the sequencer's next token
    cEpoch,   \* cEpoch[c]: epoch of the projection client c holds
    cPos      \* cPos[c]: the position client c holds a token for

vars == <<epoch, start, sealed, data, seq, cEpoch, cPos>>

TypeOK ==
    /\ epoch \in Epoch
    /\ start \in [1..MaxEpoch -> 0..N]
    /\ sealed \in [Unit -> Epoch]
    /\ data \in [Unit -> [Pos -> Client \cup {Empty}]]
    /\ seq \in 0..N
    /\ cEpoch \in [Client -> Epoch]
    /\ cPos \in [Client -> Pos \cup {NoPos}]

Init ==
    /\ epoch = 0
    /\ start = [k \in 1..MaxEpoch |-> 0]
    /\ sealed = [u \in Unit |-> 0]
    /\ data = [u \in Unit |-> [p \in Pos |-> Empty]]
    /\ seq = 0
    /\ cEpoch = [c \in Client |-> 0]
    /\ cPos = [c \in Client |-> NoPos]

Max(S) == CHOOSE x \in S : \A y \in S : y <= x

(* The unit that the projection of epoch e maps position p to.             *)
UnitOf(e, p) == Max({k \in 0..e : k = 0 \/ start[k] <= p})

(* The tail reported by the sealed units of the current projection: one    *)
(* past the highest written position, and at least the current segment's  *)
(* start.                                                                  *)
SealedTail ==
    Max({IF epoch = 0 THEN 0 ELSE start[epoch]}
        \cup {p + 1 : p \in {q \in Pos : \E u \in 0..epoch : data[u][q] # Empty}})

-----------------------------------------------------------------------------
(* Clients *)

(* Client c obtains the next token; the sequencer serves only the current  *)
(* epoch.                                                                  *)
GetToken(c) ==
    /\ cPos[c] = NoPos
    /\ cEpoch[c] = epoch
    /\ seq < N
    /\ cPos' = [cPos EXCEPT ![c] = seq]
    /\ seq' = seq + 1
    /\ UNCHANGED <<epoch, start, sealed, data, cEpoch>>

(* Client c writes its record at its position on the unit its projection   *)
(* names; the unit accepts if not sealed above c's epoch and the position  *)
(* is unwritten.                                                           *)
Write(c) ==
    /\ cPos[c] # NoPos
    /\ LET p == cPos[c]
           u == UnitOf(cEpoch[c], p)
       IN  /\ cEpoch[c] >= sealed[u]
           /\ data[u][p] = Empty
           /\ data' = [data EXCEPT ![u][p] = c]
    /\ cPos' = [cPos EXCEPT ![c] = NoPos]
    /\ UNCHANGED <<epoch, start, sealed, seq, cEpoch>>

(* The unit answers err_written: client c drops its token.                 *)
WriteRejected(c) ==
    /\ cPos[c] # NoPos
    /\ LET p == cPos[c]
           u == UnitOf(cEpoch[c], p)
       IN  /\ cEpoch[c] >= sealed[u]
           /\ data[u][p] # Empty
    /\ cPos' = [cPos EXCEPT ![c] = NoPos]
    /\ UNCHANGED <<epoch, start, sealed, data, seq, cEpoch>>

(* Client c, told its epoch is stale (err_sealed), fetches the current     *)
(* projection; it keeps its token and will retry the write.                *)
Refresh(c) ==
    /\ cEpoch[c] < epoch
    /\ cEpoch' = [cEpoch EXCEPT ![c] = epoch]
    /\ UNCHANGED <<epoch, start, sealed, data, seq, cPos>>

-----------------------------------------------------------------------------
(* Reconfiguration *)

(* The reconfigurer seals unit u of the current projection at epoch+1.     *)
Seal(u) ==
    /\ epoch < MaxEpoch
    /\ u <= epoch
    /\ sealed[u] < epoch + 1
    /\ sealed' = [sealed EXCEPT ![u] = epoch + 1]
    /\ UNCHANGED <<epoch, start, data, seq, cEpoch, cPos>>

(* Every unit of the current projection is sealed: install projection     *)
(* epoch+1 with a new segment on unit epoch+1 from the sealed tail, and    *)
(* restart the sequencer at that tail.                                     *)
Reconfigure ==
    /\ epoch < MaxEpoch
    /\ \A u \in 0..epoch : sealed[u] = epoch + 1
    /\ epoch' = epoch + 1
    /\ start' = [start EXCEPT ![epoch + 1] = SealedTail]
    /\ seq' = SealedTail
    /\ UNCHANGED <<sealed, data, cEpoch, cPos>>

Next ==
    \/ \E c \in Client : GetToken(c) \/ Write(c) \/ WriteRejected(c) \/ Refresh(c)
    \/ \E u \in Unit : Seal(u)
    \/ Reconfigure

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Safety: no log position holds two different records, on any units.     *)
OneValuePerPosition ==
    \A p \in Pos, u1, u2 \in Unit :
        data[u1][p] # Empty /\ data[u2][p] # Empty => data[u1][p] = data[u2][p]

=============================================================================
