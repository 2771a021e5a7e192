--------------------- MODULE IntervalClockSync_Reference ---------------------
EXTENDS IntervalClockSync

(* A reply in a client's slot was the server's interval, which contained   *)
(* the true time when it was sent, at most timer ticks ago: its lower      *)
(* bound is still below the true time, and its upper bound plus the timer  *)
(* is still above it.                                                      *)
ReplyContainsTrueTime ==
    \A c \in Node :
        sync[c].phase = "replied" =>
            /\ sync[c].lo <= now
            /\ now <= sync[c].hi + sync[c].timer

IndRef ==
    /\ TypeOK
    /\ IntervalContainsTrueTime
    /\ ReplyContainsTrueTime
=============================================================================
