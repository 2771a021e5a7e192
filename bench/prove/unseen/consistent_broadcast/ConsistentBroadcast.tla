------------------------- MODULE ConsistentBroadcast -------------------------
(***************************************************************************)
(* Consistent broadcast by signed echoes: Reiter's echo multicast          *)
(* ("Secure agreement protocols: reliable and atomic group multicast in    *)
(* Rampart", CCS 1994), as "Signed Echo Broadcast" in Cachin, Guerraoui    *)
(* and Rodrigues, "Introduction to Reliable and Secure Distributed         *)
(* Programming" (2011), and the c-broadcast of Cachin, Kursawe, Petzold    *)
(* and Shoup (CRYPTO 2001).                                                *)
(*                                                                         *)
(* N servers, at most F of them Byzantine, N > 3F.  The sender sends its   *)
(* value to every server (c-send).  A correct server signs an echo for     *)
(* the first value it receives from the sender, and for no other, and      *)
(* returns it to the sender.  Once the sender holds echoes for a value v   *)
(* signed by ceil((N+F+1)/2) distinct servers, it sends v with these       *)
(* signatures (a certificate) to every server (c-final); a server delivers *)
(* the value of the first c-final message with a valid certificate.        *)
(* Consistency: no two correct servers deliver different values, even      *)
(* when the sender is Byzantine and sends different values to different    *)
(* servers.                                                                *)
(*                                                                         *)
(* Model.  The sender is one of the faulty servers: it may send any values *)
(* to any correct servers, several of them to the same server.  Faulty     *)
(* servers sign echoes for every value; signatures cannot be forged, so a  *)
(* certificate for v exists once correct servers' echoes for v and the     *)
(* faulty servers' signatures reach the threshold, and the sender may then *)
(* send a c-final for v (to any servers: `final` holds the certified       *)
(* values the sender has released).                                        *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    Server,   \* the servers
    Faulty,   \* the Byzantine servers
    Sender,   \* the sender (here a Byzantine server)
    Value,    \* the values the sender may send
    None      \* no echo / nothing delivered

ASSUME /\ Faulty \subseteq Server
       /\ Sender \in Faulty
       /\ 3 * Cardinality(Faulty) < Cardinality(Server)
       /\ None \notin Value

Correct == Server \ Faulty

(* ceil((N + F + 1) / 2) signed echoes make a certificate.                 *)
Threshold == (Cardinality(Server) + Cardinality(Faulty) + 2) \div 2

VARIABLES
    sent,       \* sent[s]: the values correct server s has received from the sender (c-send)
    echoed,     \* echoed[s]: the value correct server s signed an echo for, or None
    final,      \* the values the sender has sent with a certificate (c-final)
    delivered   \* delivered[s]: the value correct server s delivered, or None

vars == <<sent, echoed, final, delivered>>

TypeOK ==
    /\ sent \in [Correct -> SUBSET Value]
    /\ echoed \in [Correct -> Value \cup {None}]
    /\ final \in SUBSET Value
    /\ delivered \in [Correct -> Value \cup {None}]

Init ==
    /\ sent = [s \in Correct |-> {}]
    /\ echoed = [s \in Correct |-> None]
    /\ final = {}
    /\ delivered = [s \in Correct |-> None]

-----------------------------------------------------------------------------
(* The servers whose signed echo for v exists: the correct servers that    *)
(* echoed v, and the faulty ones, which sign whatever they are asked.      *)
Signers(v) == {s \in Correct : echoed[s] = v} \cup Faulty

(* The Byzantine sender sends value v to correct server s (c-send); it may *)
(* send different values to different servers, or several to one.         *)
SenderSend(s, v) ==
    /\ sent' = [sent EXCEPT ![s] = @ \cup {v}]
    /\ UNCHANGED <<echoed, final, delivered>>

(* Correct server s signs an echo for the first value it received from the *)
(* sender and returns it to the sender; it echoes nothing else.            *)
Echo(s, v) ==
    /\ echoed[s] = None
    /\ v \in sent[s]
    /\ echoed' = [echoed EXCEPT ![s] = v]
    /\ UNCHANGED <<sent, final, delivered>>

(* The sender holds Threshold signed echoes for v and sends v with the     *)
(* certificate to the servers (c-final).                                   *)
SenderFinal(v) ==
    /\ Cardinality(Signers(v)) >= Threshold
    /\ final' = final \cup {v}
    /\ UNCHANGED <<sent, echoed, delivered>>

(* Correct server s receives a c-final for v with a valid certificate and  *)
(* delivers v, unless it has delivered already.                            *)
Deliver(s, v) ==
    /\ delivered[s] = None
    /\ v \in final
    /\ delivered' = [delivered EXCEPT ![s] = v]
    /\ UNCHANGED <<sent, echoed, final>>

Next ==
    \/ \E s \in Correct, v \in Value : SenderSend(s, v) \/ Echo(s, v) \/ Deliver(s, v)
    \/ \E v \in Value : SenderFinal(v)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Consistency: no two correct servers deliver different values.           *)
Consistency ==
    \A s, t \in Correct :
        delivered[s] # None /\ delivered[t] # None => delivered[s] = delivered[t]
=============================================================================
