---------------------------- MODULE MultipartUpload ----------------------------
(***************************************************************************)
(* An object store's multipart upload (in the style of Amazon S3), for a  *)
(* single object key and several uploads to it.                           *)
(*                                                                         *)
(* A client initiates an upload and gets its upload id.  It then uploads   *)
(* parts, each under a part number; uploading a part number again replaces *)
(* the part the store holds for that number.  A part's content is          *)
(* identified by its ETag; we number the distinct contents a client sends  *)
(* for part p of upload u in the order it sends them, so ETags are 1 ..    *)
(* MaxTag (0 stands for no part).  Part uploads travel over a network that *)
(* may delay and duplicate them: once sent, a request for ETag e may reach *)
(* the store at any later time, any number of times, after newer content   *)
(* for the same part (a stale part), or after the upload is finished.      *)
(* The store accepts parts only for an open upload.                        *)
(*                                                                         *)
(* To complete an upload the client lists part numbers with the ETags it   *)
(* believes they have (its view may be stale; the list is arbitrary).  The *)
(* store checks that every listed part is the one it holds, with that      *)
(* ETag, and if so it assembles the listed parts into the object, which    *)
(* becomes the visible version of the key (replacing any earlier one);     *)
(* unlisted parts are discarded.  Aborting an open upload deletes its      *)
(* parts.  After completion or abort the upload id no longer accepts       *)
(* parts, completion or abort.                                             *)
(*                                                                         *)
(* Safety: the visible object is that of an upload that was not aborted,  *)
(* and it consists only of parts uploaded in that upload.                  *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS
    Upload,     \* the upload ids
    Part,       \* the part numbers
    MaxTag,     \* the largest ETag: the number of contents sent per part
    NoUpload    \* stands for no visible object

ASSUME MaxTag \in Nat /\ NoUpload \notin Upload

ETag == 1 .. MaxTag
NoPart == 0

VARIABLES
    status,    \* status[u]: "none", "open", "completed" or "aborted"
    sent,      \* sent[u][p]: the ETags 1 .. sent[u][p] were sent for p of u
    parts,     \* parts[u][p]: ETag of the part p the store holds for u
    visible    \* the upload whose object is visible under the key

vars == <<status, sent, parts, visible>>

TypeOK ==
    /\ status \in [Upload -> {"none", "open", "completed", "aborted"}]
    /\ sent \in [Upload -> [Part -> 0 .. MaxTag]]
    /\ parts \in [Upload -> [Part -> ETag \cup {NoPart}]]
    /\ visible \in Upload \cup {NoUpload}

Init ==
    /\ status = [u \in Upload |-> "none"]
    /\ sent = [u \in Upload |-> [p \in Part |-> 0]]
    /\ parts = [u \in Upload |-> [p \in Part |-> NoPart]]
    /\ visible = NoUpload

(* A client initiates upload u. *)
Create(u) ==
    /\ status[u] = "none"
    /\ status' = [status EXCEPT ![u] = "open"]
    /\ UNCHANGED <<sent, parts, visible>>

(* The client of u sends new content for part p; it may do so even after  *)
(* the upload was completed or aborted (a slow or confused client).        *)
SendPart(u, p) ==
    /\ status[u] # "none"
    /\ sent[u][p] < MaxTag
    /\ sent' = [sent EXCEPT ![u][p] = @ + 1]
    /\ UNCHANGED <<status, parts, visible>>

(* A request for part p of u with ETag e, sent earlier, reaches the store  *)
(* (perhaps again, perhaps late); the upload is open, so the store keeps  *)
(* it as part p, replacing the one it held.                               *)
StorePart(u, p, e) ==
    /\ e <= sent[u][p]
    /\ status[u] = "open"
    /\ parts' = [parts EXCEPT ![u][p] = e]
    /\ UNCHANGED <<status, sent, visible>>

(* The client completes open upload u with part list L (L[p] = NoPart:     *)
(* p not listed).  Every listed part is the one the store holds, so the    *)
(* store keeps just the listed parts as the object, which becomes visible. *)
Complete(u, L) ==
    /\ status[u] = "open"
    /\ \E p \in Part : L[p] # NoPart
    /\ \A p \in Part : L[p] # NoPart => parts[u][p] = L[p]
    /\ status' = [status EXCEPT ![u] = "completed"]
    /\ parts' = [parts EXCEPT ![u] = L]
    /\ visible' = u
    /\ UNCHANGED sent

(* The client aborts open upload u: the store deletes its parts. *)
Abort(u) ==
    /\ status[u] = "open"
    /\ status' = [status EXCEPT ![u] = "aborted"]
    /\ parts' = [parts EXCEPT ![u] = [p \in Part |-> NoPart]]
    /\ UNCHANGED <<sent, visible>>

Next ==
    \E u \in Upload :
        \/ Create(u)
        \/ Abort(u)
        \/ \E p \in Part : SendPart(u, p)
        \/ \E p \in Part, e \in ETag : StorePart(u, p, e)
        \/ \E L \in [Part -> ETag \cup {NoPart}] : Complete(u, L)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* The visible object comes from an upload that was not aborted, and each  *)
(* of its parts was uploaded in that upload.                               *)
VisibleObjectValid ==
    visible # NoUpload =>
        /\ status[visible] # "aborted"
        /\ \A p \in Part : parts[visible][p] # NoPart =>
                              parts[visible][p] <= sent[visible][p]
=============================================================================
