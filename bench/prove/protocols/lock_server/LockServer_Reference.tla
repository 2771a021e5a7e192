------------------------- MODULE LockServer_Reference -------------------------
(***************************************************************************)
(* A hand-written inductive invariant for LockServer, used only to check   *)
(* that the benchmark has one; never given to the tool under test.         *)
(*                                                                         *)
(* The lock is a single token: it sits with the server, in a Grant         *)
(* message, with a client, or in an Unlock message, and in one place only. *)
(***************************************************************************)
EXTENDS LockServer

(* Client n has the token in some form: granted, held or being returned. *)
HasToken(n) == grantMsg[n] \/ holdsLock[n] \/ unlockMsg[n]

(* While the server holds the lock no client has the token. *)
ServerExcludesClients ==
    \A n \in Node : serverHoldsLock => ~HasToken(n)

(* At most one client has the token. *)
OneClientWithToken ==
    \A i, j \in Node : HasToken(i) /\ HasToken(j) => i = j

(* A client has the token in one form only. *)
TokenInOneForm ==
    \A n \in Node :
        /\ ~(grantMsg[n] /\ holdsLock[n])
        /\ ~(grantMsg[n] /\ unlockMsg[n])
        /\ ~(holdsLock[n] /\ unlockMsg[n])

IndRef ==
    /\ TypeOK
    /\ Mutex
    /\ ServerExcludesClients
    /\ OneClientWithToken
    /\ TokenInOneForm
=============================================================================
