-------------------- MODULE ThreeWayHandshake_Reference --------------------
(***************************************************************************)
(* Hand-written inductive invariant for ThreeWayHandshake, used only to    *)
(* check that the benchmark has one.                                       *)
(***************************************************************************)
EXTENDS ThreeWayHandshake

(* Every ACK in the network was sent by the established client and carries its two ISNs. *)
AckMatchesClient ==
    \A m \in msgs : m.type = "ACK" =>
        /\ cState = "ESTABLISHED"
        /\ m.seq = cIsn
        /\ m.ack = cPeer

(* An established server is talking to the established client, with matching ISNs. *)
ServerEstablishedWithClient ==
    sState = "ESTABLISHED" =>
        /\ cState = "ESTABLISHED"
        /\ sPeer = cIsn
        /\ sIsn = cPeer

IndRef ==
    /\ TypeOK
    /\ EstablishedIsnsAgree
    /\ AckMatchesClient
    /\ ServerEstablishedWithClient

=============================================================================
