---------------------------- MODULE MVTO_Reference ----------------------------
EXTENDS MVTO

(* No version at all, committed or not, lies strictly between a version    *)
(* and its read timestamp.                                                 *)
NoVersionBetweenReads ==
    \A k \in Key, w \in TS, b \in Txn :
        /\ w \in Versions(k)
        /\ written[k][b]
        => ~(w < b /\ b < rts[k][w])

IndRef ==
    /\ TypeOK
    /\ NoInvalidatedRead
    /\ NoVersionBetweenReads
=============================================================================
