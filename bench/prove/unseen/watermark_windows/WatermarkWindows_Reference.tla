-------------------- MODULE WatermarkWindows_Reference --------------------
(***************************************************************************)
(* Hand-written inductive invariant for WatermarkWindows, used only to     *)
(* check that the benchmark instance has one.                              *)
(***************************************************************************)
EXTENDS WatermarkWindows

\* A window has fired only once the operator watermark passed its end.
FiredWindowsClosed ==
    \A w \in fired : End(w) <= opWm

IndRef ==
    /\ TypeOK
    /\ FiredWindowsComplete
    /\ FiredWindowsClosed

=============================================================================
