----------------------- MODULE ClientServerAE_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for ClientServerAE, used only to     *)
(* check that the benchmark has one; never given to the tool under test.   *)
(***************************************************************************)
EXTENDS ClientServerAE

(* Every response the server sent to a client matches a request of that   *)
(* client.                                                                 *)
SentResponseMatchesRequest ==
    \A n \in Node, p \in Response :
        <<n, p>> \in responseSent =>
            \E q \in Request : <<n, q>> \in requestSent /\ <<q, p>> \in match

(* A client received only responses that were sent to it. *)
ReceivedWasSent ==
    \A n \in Node, p \in Response :
        <<n, p>> \in responseReceived => <<n, p>> \in responseSent

IndRef ==
    /\ TypeOK
    /\ ResponseMatchesRequest
    /\ SentResponseMatchesRequest
    /\ ReceivedWasSent
=============================================================================
