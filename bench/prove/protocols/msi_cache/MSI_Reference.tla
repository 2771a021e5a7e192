---------------------------- MODULE MSI_Reference ----------------------------
(***************************************************************************)
(* A hand-written inductive invariant for MSI, used only to check that the *)
(* benchmark has one; never given to the tool under test.                  *)
(*                                                                         *)
(* The directory's book-keeping is accurate: its owner is exactly the      *)
(* cache in M and its sharers exactly the caches in S, so the              *)
(* invalidations of DirGetM reach every valid copy.                        *)
(***************************************************************************)
EXTENDS MSI

\* The directory's owner pointer is exactly the cache in M.
OwnerOK == \A c \in Cache : (owner = c) <=> (state[c] = "M")

\* The directory's sharer set is exactly the caches in S.
SharersOK == \A c \in Cache : (c \in sharers) <=> (state[c] = "S")

IndRef == TypeOK /\ Coherence /\ OwnerOK /\ SharersOK
=============================================================================
