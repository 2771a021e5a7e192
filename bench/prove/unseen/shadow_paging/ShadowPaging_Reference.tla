------------------------ MODULE ShadowPaging_Reference ------------------------
(***************************************************************************)
(* A hand-written inductive invariant for ShadowPaging.                    *)
(***************************************************************************)
EXTENDS ShadowPaging

(* Pages the running transaction has allocated as shadows.                 *)
ShadowPages == {shadow[l] : l \in {m \in LPage : shadow[m] # root[m]}}

(* The root maps distinct logical pages to distinct physical pages.        *)
RootInjective ==
    \A l, m \in LPage : l # m => root[l] # root[m]

(* So does the transaction's page table.                                   *)
ShadowInjective ==
    \A l, m \in LPage : l # m => shadow[l] # shadow[m]

(* A shadow page is never a page the root references: copy-on-write never *)
(* touches committed pages.                                                *)
ShadowsAreFresh ==
    \A l, m \in LPage : shadow[l] # root[l] => shadow[l] # root[m]

(* The free list holds no page that the root or the transaction uses.      *)
FreeIsUnused ==
    \A p \in free : p \notin Range(root) /\ p \notin Range(shadow)

(* Outside a transaction the working page table is the committed one.     *)
NoTxnNoShadows ==
    status # "active" => shadow = root

IndRef ==
    /\ TypeOK
    /\ RootPagesDurable
    /\ RootInjective
    /\ ShadowInjective
    /\ ShadowsAreFresh
    /\ FreeIsUnused
    /\ NoTxnNoShadows
=============================================================================
