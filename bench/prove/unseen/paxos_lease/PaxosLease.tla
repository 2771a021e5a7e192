------------------------------ MODULE PaxosLease ------------------------------
(***************************************************************************)
(* PaxosLease (Trencseni, Gazso and Reinhardt, "PaxosLease: Diskless Paxos *)
(* for Leases", 2009; arXiv:1209.4187): lease negotiation by a Paxos-like  *)
(* round, with no disk writes and no clock synchrony.                      *)
(*                                                                         *)
(* A proposer that wants the lease sends prepare(b) with its ballot b to   *)
(* the acceptors.  An acceptor answers a prepare whose ballot is above the *)
(* highest it has promised: it promises b and reports its accepted         *)
(* proposal, if it has an open (unexpired) one.  If a majority has         *)
(* promised b and reported no open lease, the proposer starts its lease    *)
(* timer of T and then sends propose(b).  An acceptor accepts a proposal   *)
(* whose ballot is at least the one it promised: it records it and starts  *)
(* its own timer of T; when that timer expires it discards the proposal.   *)
(* When a majority has accepted, the proposer holds the lease until its    *)
(* own timer expires.  Since the proposer started its timer before any     *)
(* acceptor started its own, its lease expires first.  Acceptors keep no   *)
(* state on disk: an acceptor that restarts has forgotten its promise and  *)
(* its accepted proposal, so it answers nothing for T after the restart.   *)
(*                                                                         *)
(* Model.  Time is discrete: a Tick decrements every running timer (clocks *)
(* run at the same rate; bounded drift is abstracted away).  Each proposer *)
(* makes one attempt with its own ballot; its prepare request has been     *)
(* sent, and an acceptor may receive it at any time.  Answers are read off *)
(* the acceptors' state in the proposer's step: a prepare answer by an     *)
(* acceptor that has promised b and has no open proposal, an accept answer *)
(* by one whose open proposal is b.  A propose request reaches an acceptor *)
(* while its proposer's timer runs (later it is dropped).                  *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Proposer,   \* the proposers
    Acceptor,   \* the acceptors
    T           \* the lease time, in ticks

ASSUME T \in Nat \ {0}

Ballot == 1..Cardinality(Proposer)

(* The ballot of each proposer: distinct for distinct proposers.           *)
Bal == CHOOSE f \in [Proposer -> Ballot] :
           \A p, q \in Proposer : p # q => f[p] # f[q]

Quorum == {Q \in SUBSET Acceptor : 2 * Cardinality(Q) > Cardinality(Acceptor)}

(* An acceptor's accepted proposal and timer: <<0, 0>> none; <<b, t>> with *)
(* b > 0: proposal b accepted, its lease open for t more ticks; <<0, t>>   *)
(* with t > 0: restarted, silent for t more ticks.                         *)
AccState == {<<0, 0>>} \cup ((0..Cardinality(Proposer)) \X (1..T))

(* A proposer's phase and lease timer: idle (prepare sent), proposing      *)
(* (propose sent, timer running), holding the lease (timer running), done. *)
PropState == ({"idle", "done"} \X {0}) \cup ({"proposing", "holding"} \X (1..T))

VARIABLES
    promised,   \* promised[a]: the highest ballot acceptor a has promised (0: none)
    acc,        \* acc[a]: a's accepted proposal and timer, as in AccState
    pst         \* pst[p]: p's phase and timer, as in PropState

vars == <<promised, acc, pst>>

TypeOK ==
    /\ promised \in [Acceptor -> 0..Cardinality(Proposer)]
    /\ acc \in [Acceptor -> AccState]
    /\ pst \in [Proposer -> PropState]

Init ==
    /\ promised = [a \in Acceptor |-> 0]
    /\ acc = [a \in Acceptor |-> <<0, 0>>]
    /\ pst = [p \in Proposer |-> <<"idle", 0>>]

(* Acceptor a answers messages: it is not waiting after a restart.         *)
Up(a) == ~(acc[a][1] = 0 /\ acc[a][2] > 0)

(* Proposer p's timer runs: it has proposed and not yet timed out.         *)
Active(p) == pst[p][1] \in {"proposing", "holding"}

Holds(p) == pst[p][1] = "holding"

-----------------------------------------------------------------------------
(* Acceptor a receives prepare(b) with b above its promise and promises b. *)
Prepare(a, b) ==
    /\ Up(a)
    /\ b > promised[a]
    /\ promised' = [promised EXCEPT ![a] = b]
    /\ UNCHANGED <<acc, pst>>

(* Proposer p has a majority of prepare answers for its ballot reporting   *)
(* no open lease: it starts its timer and sends propose.                   *)
Propose(p) ==
    /\ pst[p] = <<"idle", 0>>
    /\ \E Q \in Quorum : \A a \in Q : promised[a] = Bal[p] /\ acc[a] = <<0, 0>>
    /\ pst' = [pst EXCEPT ![p] = <<"proposing", T>>]
    /\ UNCHANGED <<promised, acc>>

(* Acceptor a receives propose(b) and accepts it unless it promised a      *)
(* higher ballot; it starts its lease timer.                               *)
Accept(a, p) ==
    /\ Active(p)
    /\ Up(a)
    /\ Bal[p] >= promised[a]
    /\ promised' = [promised EXCEPT ![a] = Bal[p]]
    /\ acc' = [acc EXCEPT ![a] = <<Bal[p], T>>]
    /\ UNCHANGED pst

(* Proposer p has accept answers from a majority: it holds the lease for   *)
(* the rest of its timer.                                                  *)
LearnLease(p) ==
    /\ pst[p][1] = "proposing"
    /\ \E Q \in Quorum : \A a \in Q : acc[a][1] = Bal[p]
    /\ pst' = [pst EXCEPT ![p] = <<"holding", pst[p][2]>>]
    /\ UNCHANGED <<promised, acc>>

(* One tick: every running timer decreases.  An acceptor whose lease timer *)
(* expires discards its proposal; a restarted acceptor whose wait ends     *)
(* answers again; a proposer whose timer expires has lost (or never got)   *)
(* the lease.                                                              *)
Tick ==
    /\ acc' = [a \in Acceptor |->
                 IF acc[a][2] <= 1 THEN <<0, 0>> ELSE <<acc[a][1], acc[a][2] - 1>>]
    /\ pst' = [p \in Proposer |->
                 IF ~Active(p) THEN pst[p]
                 ELSE IF pst[p][2] = 1 THEN <<"done", 0>>
                 ELSE <<pst[p][1], pst[p][2] - 1>>]
    /\ UNCHANGED promised

(* Acceptor a crashes and restarts with empty memory, and stays silent for *)
(* T ticks.                                                                *)
Restart(a) ==
    /\ promised' = [promised EXCEPT ![a] = 0]
    /\ acc' = [acc EXCEPT ![a] = <<0, T>>]
    /\ UNCHANGED pst

Next ==
    \/ \E a \in Acceptor, b \in Ballot : Prepare(a, b)
    \/ \E p \in Proposer : Propose(p) \/ LearnLease(p)
    \/ \E a \in Acceptor, p \in Proposer : Accept(a, p)
    \/ \E a \in Acceptor : Restart(a)
    \/ Tick

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* At most one proposer holds the lease at any time.                       *)
LeaseMutex == \A p, q \in Proposer : Holds(p) /\ Holds(q) => p = q
=============================================================================
