----------------------- MODULE BrachaBroadcast_Reference -----------------------
(***************************************************************************)
(* A hand-written inductive invariant for BrachaBroadcast, used only to    *)
(* check that the benchmark has one; never given to the tool under test.   *)
(*                                                                         *)
(* A correct READY(v) needs n-2f correct ECHO(v), either directly (n-f     *)
(* ECHOs, at most f of them Byzantine) or through an earlier correct       *)
(* READY(v) (f+1 READYs, at least one correct).  Two sets of n-2f correct  *)
(* echoers intersect among the n-f correct processes, and a correct        *)
(* process echoes once, so all correct READYs carry one value; a delivery  *)
(* rests on a correct READY (2f+1 READYs, at most f Byzantine).            *)
(***************************************************************************)
EXTENDS BrachaBroadcast

(* A correct process echoes at most one value. *)
OneEchoPerProcess ==
    \A p \in Correct, v, w \in Val :
        Msg("echo", p, v) \in msgs /\ Msg("echo", p, w) \in msgs => v = w

(* A correct READY(v) is backed by n-2f correct ECHO(v). *)
ReadyHasEchoes ==
    \A p \in Correct, v \in Val :
        Msg("ready", p, v) \in msgs =>
            Cardinality({q \in Correct : Msg("echo", q, v) \in msgs}) >= N - 2 * F

(* A delivered value has a correct READY. *)
DeliveredHasReady ==
    \A p \in Correct : delivered[p] # None =>
        \E q \in Correct : Msg("ready", q, delivered[p]) \in msgs

IndRef ==
    /\ TypeOK
    /\ Consistency
    /\ OneEchoPerProcess
    /\ ReadyHasEchoes
    /\ DeliveredHasReady
=============================================================================
