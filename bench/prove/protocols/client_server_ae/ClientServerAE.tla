--------------------------- MODULE ClientServerAE ---------------------------
(***************************************************************************)
(* A client-server request/response protocol, after the client_server_ae   *)
(* benchmark of the Endive benchmark set (the "ae" is for the              *)
(* forall-exists alternation its invariant needs).                         *)
(*                                                                         *)
(* Clients send requests to a server; the server answers a request with a  *)
(* response that matches it, under a fixed relation match between requests *)
(* and responses that is not known in advance; clients receive the         *)
(* responses.  Messages are never lost or consumed, so a message can be    *)
(* received again.  A client receives only responses that match a request  *)
(* it sent.                                                                *)
(***************************************************************************)
CONSTANTS
    Node,       \* The clients.
    Request,    \* The possible requests.
    Response    \* The possible responses.

VARIABLES
    match,              \* Fixed: the pairs <<q, p>> such that p answers q.
    requestSent,        \* Requests sent, as pairs <<client, request>>.
    responseSent,       \* Responses sent, as pairs <<client, response>>.
    responseReceived    \* Responses received, as pairs <<client, response>>.

vars == <<match, requestSent, responseSent, responseReceived>>

TypeOK ==
    /\ match \in SUBSET (Request \X Response)
    /\ requestSent \in SUBSET (Node \X Request)
    /\ responseSent \in SUBSET (Node \X Response)
    /\ responseReceived \in SUBSET (Node \X Response)

(* The match relation is arbitrary and never changes, so the protocol is   *)
(* checked for every server behaviour at once.                             *)
Init ==
    /\ match \in SUBSET (Request \X Response)
    /\ requestSent = {}
    /\ responseSent = {}
    /\ responseReceived = {}

(* Client n sends request q to the server. *)
NewRequest(n, q) ==
    /\ requestSent' = requestSent \cup {<<n, q>>}
    /\ UNCHANGED <<match, responseSent, responseReceived>>

(* The server answers client n's request q with response p that matches it. *)
Respond(n, q, p) ==
    /\ <<n, q>> \in requestSent
    /\ <<q, p>> \in match
    /\ responseSent' = responseSent \cup {<<n, p>>}
    /\ UNCHANGED <<match, requestSent, responseReceived>>

(* Client n receives response p. *)
ReceiveResponse(n, p) ==
    /\ <<n, p>> \in responseSent
    /\ responseReceived' = responseReceived \cup {<<n, p>>}
    /\ UNCHANGED <<match, requestSent, responseSent>>

Next ==
    \/ \E n \in Node, q \in Request : NewRequest(n, q)
    \/ \E n \in Node, q \in Request, p \in Response : Respond(n, q, p)
    \/ \E n \in Node, p \in Response : ReceiveResponse(n, p)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Responses are answers: every response a client received matches a      *)
(* request that client sent.                                               *)
ResponseMatchesRequest ==
    \A n \in Node, p \in Response :
        <<n, p>> \in responseReceived =>
            \E q \in Request : <<n, q>> \in requestSent /\ <<q, p>> \in match
=============================================================================
