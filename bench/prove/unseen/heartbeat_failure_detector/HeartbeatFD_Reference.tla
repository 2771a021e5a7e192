------------------------ MODULE HeartbeatFD_Reference ------------------------
EXTENDS HeartbeatFD

(* For a live process the monitor's timer is sure to be reset before it    *)
(* passes Timeout: either a heartbeat from p in transit will arrive within *)
(* MaxDelay - age more units, or p's next heartbeat is sent within         *)
(* Period - sendTimer[p] units and arrives within MaxDelay after that.      *)
TimelyHeartbeat ==
    \A p \in Proc :
        alive[p] =>
            \/ timer[p] + (Period - sendTimer[p]) + MaxDelay <= Timeout
            \/ \E m \in msgs : m.from = p /\ timer[p] + (MaxDelay - m.age) <= Timeout

IndRef == TypeOK /\ StrongAccuracy /\ TimelyHeartbeat

=============================================================================
