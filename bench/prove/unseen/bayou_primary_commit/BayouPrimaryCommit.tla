------------------------ MODULE BayouPrimaryCommit ------------------------
(***************************************************************************)
(* Write stability in Bayou, the weakly connected replicated storage      *)
(* system of Terry et al. ("Managing Update Conflicts in Bayou", SOSP     *)
(* 1995) and Petersen et al. ("Flexible Update Propagation for Weakly     *)
(* Consistent Replication", SOSP 1997).                                    *)
(*                                                                         *)
(* Every server keeps a write log: a committed prefix, ordered by commit   *)
(* sequence number (CSN), followed by tentative writes.                    *)
(*  - A client submits a write to any server, which accepts it as a        *)
(*    tentative write.                                                     *)
(*  - One designated primary server commits writes: it gives the next CSN *)
(*    to a tentative write it holds, appending it to its committed prefix. *)
(*  - Servers reconcile by pairwise, one-way anti-entropy sessions.  The    *)
(*    receiver R tells the sender S its CSN; S first sends, in CSN order,  *)
(*    the committed writes after R's CSN (as a commit notification if R    *)
(*    holds the write tentatively, as the write otherwise), and R appends  *)
(*    them to its committed prefix; then S sends the tentative writes R    *)
(*    has not seen.  A session may break off during its committed part,    *)
(*    in which case R keeps the commits it has received so far.            *)
(*                                                                         *)
(* A session is one step.  The tentative part of the log is kept as a set *)
(* (its accept-stamp order only matters for the database state, which is  *)
(* not modelled), and version vectors, which let S skip writes R already  *)
(* has, are replaced by set union.                                         *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    Server,    \* the servers
    Primary,   \* the primary server, which commits writes
    Write      \* the writes clients may submit

ASSUME Primary \in Server

MaxLen == Cardinality(Write)
Pos == 1..MaxLen

(* Committed prefixes: sequences of distinct writes.                       *)
CSeq == {f \in UNION {[1..n -> Write] : n \in 0..MaxLen} :
            \A i, j \in DOMAIN f : i # j => f[i] # f[j]}

VARIABLES
    issued,   \* the writes clients have submitted
    clog,     \* clog[s]: the committed prefix of server s's write log, in CSN order
    tent      \* tent[s]: the tentative writes of server s

vars == <<issued, clog, tent>>

TypeOK ==
    /\ issued \in SUBSET Write
    /\ clog \in [Server -> CSeq]
    /\ tent \in [Server -> SUBSET Write]

(* Server s knows write w to be committed.                                 *)
Committed(s, w) == \E i \in Pos : i <= Len(clog[s]) /\ clog[s][i] = w

(* Sequence a is a prefix of sequence b.                                   *)
IsPrefix(a, b) ==
    /\ Len(a) <= Len(b)
    /\ \A i \in Pos : i <= Len(a) => a[i] = b[i]

Max(m, n) == IF m >= n THEN m ELSE n

Init ==
    /\ issued = {}
    /\ clog = [s \in Server |-> << >>]
    /\ tent = [s \in Server |-> {}]

-----------------------------------------------------------------------------
(* A client submits write w to server s, which accepts it tentatively.     *)
Accept(s, w) ==
    /\ w \notin issued
    /\ issued' = issued \cup {w}
    /\ tent' = [tent EXCEPT ![s] = @ \cup {w}]
    /\ UNCHANGED clog

(* The primary commits tentative write w: it gets the next CSN.            *)
PrimaryCommit(w) ==
    /\ w \in tent[Primary]
    /\ clog' = [clog EXCEPT ![Primary] = Append(@, w)]
    /\ tent' = [tent EXCEPT ![Primary] = @ \ {w}]
    /\ UNCHANGED issued

(* An anti-entropy session from s to r.  r has CSN cr, s has CSN cs; s     *)
(* sends its committed writes with CSNs cr+1 .. k, where k < cs if the     *)
(* session breaks off; if it does not, s also sends its tentative writes.  *)
(* r appends the commits to its committed prefix and drops them from its   *)
(* tentative writes.                                                       *)
AntiEntropy(s, r) ==
    LET cr == Len(clog[r])
        cs == Len(clog[s])
    IN  \E k \in cr..Max(cr, cs) :
          LET newC == clog[r] \o SubSeq(clog[s], cr + 1, k)
              newT == IF k = Max(cr, cs) THEN tent[r] \cup tent[s] ELSE tent[r]
          IN  /\ clog' = [clog EXCEPT ![r] = newC]
              /\ tent' = [tent EXCEPT ![r] =
                            {w \in newT : ~\E i \in DOMAIN newC : newC[i] = w}]
              /\ UNCHANGED issued

Next ==
    \/ \E s \in Server, w \in Write : Accept(s, w)
    \/ \E w \in Write : PrimaryCommit(w)
    \/ \E s, r \in Server : s # r /\ AntiEntropy(s, r)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Committed writes are stable: any two servers' committed prefixes agree, *)
(* one being a prefix of the other.                                        *)
CommittedPrefixAgreement ==
    \A s, t \in Server : IsPrefix(clog[s], clog[t]) \/ IsPrefix(clog[t], clog[s])
=============================================================================
