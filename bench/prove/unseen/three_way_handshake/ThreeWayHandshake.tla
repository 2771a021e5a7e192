------------------------- MODULE ThreeWayHandshake -------------------------
(***************************************************************************)
(* TCP-style three-way handshake with initial sequence numbers (RFC 793,   *)
(* section 3.4).                                                           *)
(*                                                                         *)
(* An active opener (the client) and a passive opener (the server) set up  *)
(* one connection.  The client picks an initial sequence number (ISN) x    *)
(* and sends SYN(x).  The server, in LISTEN, answers a SYN with its own    *)
(* ISN y in SYN-ACK(seq y, ack x) and enters SYN-RECEIVED.  The client     *)
(* accepts a SYN-ACK only if it acknowledges its current ISN; it then      *)
(* records y, enters ESTABLISHED and sends ACK(seq x, ack y).  A SYN-ACK    *)
(* that acknowledges some other ISN answers an old duplicate SYN, and the  *)
(* client replies with a RST carrying the acknowledged number, which sends *)
(* a server in SYN-RECEIVED for that number back to LISTEN.  The server    *)
(* accepts the final ACK only if it acknowledges its ISN and carries the   *)
(* client ISN it recorded.                                                 *)
(*                                                                         *)
(* Sequence arithmetic is abstracted: an acknowledgement of ISN i (the      *)
(* segment field i+1 in TCP) is written as i, and the ACK's sequence field  *)
(* (x+1 in TCP) as x.  ISNs come from a small set, so a new attempt may     *)
(* reuse an old ISN.                                                       *)
(*                                                                         *)
(* Faults: the network is a set of segments that is never emptied by      *)
(* delivery, so segments can be delayed, reordered and duplicated          *)
(* arbitrarily, and Lose drops them.  The client may abandon an attempt    *)
(* at any time and retry with a fresh ISN (leaving old SYNs in the         *)
(* network), and the server may give up on a half-open connection and     *)
(* return to LISTEN, after which it picks a fresh ISN for the next SYN.    *)
(*                                                                         *)
(* Safety: when both ends are ESTABLISHED, each knows the other's ISN: the *)
(* client's record of the server ISN is the server's ISN and vice versa,   *)
(* so old duplicate segments never establish a mismatched connection.      *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANT ISN            \* the initial sequence numbers either end may pick

VARIABLES
    cState,     \* client: "SYN_SENT" or "ESTABLISHED"
    cIsn,       \* the client's ISN for its current attempt
    cPeer,      \* the server's ISN as learned by the client (meaningful once established)
    sState,     \* server: "LISTEN", "SYN_RCVD" or "ESTABLISHED"
    sIsn,       \* the server's ISN for its current half-open connection
    sPeer,      \* the client's ISN as learned by the server (from the SYN it answered)
    msgs        \* segments in flight (or delivered and still duplicable)

vars == << cState, cIsn, cPeer, sState, sIsn, sPeer, msgs >>

Segment ==
         [type : {"SYN"},    seq : ISN]
    \cup [type : {"SYNACK"}, seq : ISN, ack : ISN]
    \cup [type : {"ACK"},    seq : ISN, ack : ISN]
    \cup [type : {"RST"},    seq : ISN]

TypeOK ==
    /\ cState \in {"SYN_SENT", "ESTABLISHED"}
    /\ cIsn \in ISN
    /\ cPeer \in ISN
    /\ sState \in {"LISTEN", "SYN_RCVD", "ESTABLISHED"}
    /\ sIsn \in ISN
    /\ sPeer \in ISN
    /\ msgs \in SUBSET Segment

(* The client has just issued an active OPEN: its first SYN is in flight. *)
(* The peer fields and the server's ISN hold arbitrary values until set.  *)
Init ==
    /\ cState = "SYN_SENT"
    /\ cIsn \in ISN
    /\ cPeer \in ISN
    /\ sState = "LISTEN"
    /\ sIsn \in ISN
    /\ sPeer \in ISN
    /\ msgs = {[type |-> "SYN", seq |-> cIsn]}

-----------------------------------------------------------------------------
(* Client actions *)

(* The client abandons its attempt and retries with ISN x. *)
ClientRetry(x) ==
    /\ cState = "SYN_SENT"
    /\ cIsn' = x
    /\ msgs' = msgs \cup {[type |-> "SYN", seq |-> x]}
    /\ UNCHANGED << cState, cPeer, sState, sIsn, sPeer >>

(* A SYN-ACK acknowledging the current ISN: the connection is established. *)
ClientRecvSynAck(m) ==
    /\ cState = "SYN_SENT"
    /\ m.type = "SYNACK"
    /\ m.ack = cIsn
    /\ cState' = "ESTABLISHED"
    /\ cPeer' = m.seq
    /\ msgs' = msgs \cup {[type |-> "ACK", seq |-> cIsn, ack |-> m.seq]}
    /\ UNCHANGED << cIsn, sState, sIsn, sPeer >>

(* A SYN-ACK for another ISN answers an old duplicate SYN: reset it. *)
ClientRejectSynAck(m) ==
    /\ cState = "SYN_SENT"
    /\ m.type = "SYNACK"
    /\ m.ack # cIsn
    /\ msgs' = msgs \cup {[type |-> "RST", seq |-> m.ack]}
    /\ UNCHANGED << cState, cIsn, cPeer, sState, sIsn, sPeer >>

-----------------------------------------------------------------------------
(* Server actions *)

(* A listening server answers a SYN with SYN-ACK carrying its new ISN y. *)
ServerRecvSyn(m, y) ==
    /\ sState = "LISTEN"
    /\ m.type = "SYN"
    /\ sState' = "SYN_RCVD"
    /\ sIsn' = y
    /\ sPeer' = m.seq
    /\ msgs' = msgs \cup {[type |-> "SYNACK", seq |-> y, ack |-> m.seq]}
    /\ UNCHANGED << cState, cIsn, cPeer >>

(* The final ACK of the handshake: it must match both ISNs. *)
ServerRecvAck(m) ==
    /\ sState = "SYN_RCVD"
    /\ m.type = "ACK"
    /\ m.seq = sPeer
    /\ m.ack = sIsn
    /\ sState' = "ESTABLISHED"
    /\ UNCHANGED << cState, cIsn, cPeer, sIsn, sPeer, msgs >>

(* A RST for the client ISN being answered: the SYN was an old duplicate. *)
ServerRecvRst(m) ==
    /\ sState = "SYN_RCVD"
    /\ m.type = "RST"
    /\ m.seq = sPeer
    /\ sState' = "LISTEN"
    /\ UNCHANGED << cState, cIsn, cPeer, sIsn, sPeer, msgs >>

(* The server gives up on a half-open connection (SYN-ACK retries exhausted). *)
ServerTimeout ==
    /\ sState = "SYN_RCVD"
    /\ sState' = "LISTEN"
    /\ UNCHANGED << cState, cIsn, cPeer, sIsn, sPeer, msgs >>

-----------------------------------------------------------------------------
(* Network *)

Lose(m) ==
    /\ msgs' = msgs \ {m}
    /\ UNCHANGED << cState, cIsn, cPeer, sState, sIsn, sPeer >>

Next ==
    \/ \E x \in ISN : ClientRetry(x)
    \/ \E m \in msgs : ClientRecvSynAck(m) \/ ClientRejectSynAck(m)
    \/ \E m \in msgs, y \in ISN : ServerRecvSyn(m, y)
    \/ \E m \in msgs : ServerRecvAck(m) \/ ServerRecvRst(m)
    \/ ServerTimeout
    \/ \E m \in msgs : Lose(m)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* When both ends are established, each knows the other's ISN. *)
EstablishedIsnsAgree ==
    (cState = "ESTABLISHED" /\ sState = "ESTABLISHED")
        => (cPeer = sIsn /\ sPeer = cIsn)

=============================================================================
