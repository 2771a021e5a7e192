---------------------------- MODULE GroupCommit ----------------------------
(***************************************************************************)
(* Group commit in a write-ahead log writer.                               *)
(*                                                                         *)
(* Clients submit writes to a single log writer.  The writer appends each  *)
(* write to the tail of an in-memory log buffer and remembers its log      *)
(* sequence number (LSN), the position of the record in the log.  From     *)
(* time to time the writer hands a prefix of the buffer to the operating   *)
(* system with write() (the records reach the page cache, not the disk)    *)
(* and later calls fsync(), which makes everything written so far durable. *)
(* One fsync() therefore commits a whole batch of client writes: a group   *)
(* commit.  A client waiting for its write is acknowledged once the        *)
(* durable LSN has reached the LSN of its record.                          *)
(*                                                                         *)
(* The log is modelled as one bounded array of records with three marks:   *)
(*   durable <= written <= tail                                            *)
(* records 1..durable are on disk, durable+1..written are in the OS page   *)
(* cache, and written+1..tail are only in the writer's buffer.  A crash of *)
(* the machine loses the buffer; of the page cache, the OS may already     *)
(* have written back a prefix, so after recovery the log ends somewhere    *)
(* between the durable and the written mark.  Clients whose writes were    *)
(* still waiting get a connection error and may submit the write again (a  *)
(* retried write can then appear twice in the log).                        *)
(*                                                                         *)
(* Safety: every acknowledged write is durable, i.e. it is a record in the *)
(* durable prefix of the log.                                              *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Write,      \* the client writes (each identifies one client request)
    MaxLSN,     \* capacity of the log: positions 1..MaxLSN
    Nil         \* an empty log slot

Pos == 1..MaxLSN

VARIABLES
    log,        \* log[i]: the record at position i (Nil if none)
    tail,       \* last position appended to the in-memory buffer
    written,    \* last position handed to the OS with write()
    durable,    \* last position made durable by fsync()
    status,     \* status[w]: "new" (not submitted), "waiting" or "acked"
    lsn         \* lsn[w]: the position assigned to w by the writer (0: none)

vars == << log, tail, written, durable, status, lsn >>

TypeOK ==
    /\ log \in [Pos -> Write \cup {Nil}]
    /\ tail \in 0..MaxLSN
    /\ written \in 0..MaxLSN
    /\ durable \in 0..MaxLSN
    /\ status \in [Write -> {"new", "waiting", "acked"}]
    /\ lsn \in [Write -> 0..MaxLSN]

Init ==
    /\ log = [i \in Pos |-> Nil]
    /\ tail = 0
    /\ written = 0
    /\ durable = 0
    /\ status = [w \in Write |-> "new"]
    /\ lsn = [w \in Write |-> 0]

(* A client submits write w; the writer appends it to the buffer.          *)
Append(w) ==
    /\ status[w] = "new"
    /\ tail < MaxLSN
    /\ log' = [log EXCEPT ![tail + 1] = w]
    /\ tail' = tail + 1
    /\ status' = [status EXCEPT ![w] = "waiting"]
    /\ lsn' = [lsn EXCEPT ![w] = tail + 1]
    /\ UNCHANGED << written, durable >>

(* The writer hands the buffered records up to position k to the OS.       *)
WriteOut(k) ==
    /\ written < k
    /\ k <= tail
    /\ written' = k
    /\ UNCHANGED << log, tail, durable, status, lsn >>

(* fsync() returns: everything handed to the OS is now on disk.  All       *)
(* clients whose records were in the batch can now be acknowledged.        *)
Fsync ==
    /\ durable < written
    /\ durable' = written
    /\ UNCHANGED << log, tail, written, status, lsn >>

(* The writer acknowledges a waiting client whose record is durable.       *)
Ack(w) ==
    /\ status[w] = "waiting"
    /\ lsn[w] <= durable
    /\ status' = [status EXCEPT ![w] = "acked"]
    /\ UNCHANGED << log, tail, written, durable, lsn >>

(* The machine crashes and recovers.  The buffer is lost.  Of the records  *)
(* in the page cache, the OS may already have written back some prefix:    *)
(* recovery finds the log intact up to some position k between the         *)
(* durable and the written mark and truncates it there.  Waiting clients   *)
(* get an error, after which they may submit their write again.            *)
Crash(k) ==
    /\ durable <= k
    /\ k <= written
    /\ log' = [i \in Pos |-> IF i <= k THEN log[i] ELSE Nil]
    /\ tail' = k
    /\ written' = k
    /\ durable' = k
    /\ status' = [w \in Write |->
                    IF status[w] = "waiting" THEN "new" ELSE status[w]]
    /\ lsn' = [w \in Write |-> IF status[w] = "waiting" THEN 0 ELSE lsn[w]]

Next ==
    \/ \E w \in Write : Append(w) \/ Ack(w)
    \/ \E k \in Pos : WriteOut(k)
    \/ Fsync
    \/ \E k \in 0..MaxLSN : Crash(k)

Spec == Init /\ [][Next]_vars

(* Safety: an acknowledged write is a record in the durable prefix.        *)
AckedWritesDurable ==
    \A w \in Write : status[w] = "acked" => \E i \in 1..durable : log[i] = w

=============================================================================
