package dev.invar.assistant.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.tlc.ModuleOutline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrammarInferenceTest {
    private static final String CONSENSUS = """
            ---- MODULE Consensus ----
            EXTENDS FiniteSets
            CONSTANTS Node, Value
            Quorum == {Q \\in SUBSET Node : 2 * Cardinality(Q) > Cardinality(Node)}
            VARIABLES voted, vote, decided
            TypeOK ==
                /\\ voted \\in [Node -> BOOLEAN]
                /\\ vote \\in SUBSET (Node \\X Value)
                /\\ decided \\in SUBSET Value
            CastVote(n, v) ==
                /\\ ~voted[n]
                /\\ vote' = vote \\cup {<<n, v>>}
                /\\ voted' = [voted EXCEPT ![n] = TRUE]
                /\\ UNCHANGED decided
            Decide(v, Q) ==
                /\\ \\A n \\in Q : <<n, v>> \\in vote
                /\\ decided' = decided \\cup {v}
                /\\ UNCHANGED <<voted, vote>>
            Next == \\/ \\E n \\in Node, v \\in Value : CastVote(n, v)
                    \\/ \\E v \\in Value, Q \\in Quorum : Decide(v, Q)
            ====
            """;

    @Test
    void atomsComeFromTheTypesAndTheGuardsWithQuorumsExistential() {
        ModuleOutline outline = ModuleOutline.of(CONSENSUS);
        PredicateGrammar g = inferred(outline);
        assertEquals("\\A VNODE1, VNODE2 \\in Node : \\A VVALUE1, VVALUE2 \\in Value : \\E EQUORUM \\in Quorum :", g.prefix());
        assertTrue(g.predicates().containsAll(List.of("voted[VNODE1]", "\\E x \\in Node : voted[x]", "<<VNODE1, VVALUE2>> \\in vote", "VVALUE1 \\in decided",
                "VVALUE1 = VVALUE2", "decided = {}", "\\A n \\in EQUORUM : <<n, VVALUE1>> \\in vote")),
                g.predicates().toString());
        // The guard ~voted[n] is the negation of an atom, so it adds nothing: literals are negated anyway.
        assertTrue(!g.predicates().contains("~voted[VNODE1]"), g.predicates().toString());
    }

    @Test
    void guardsAreGeneralisedOverTheStateValuesTheyReadAndTermsAreOrderedAgainstTheirValues() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Election ----
                EXTENDS Naturals, FiniteSets
                CONSTANTS Server, MaxTerm
                VARIABLES currentTerm, msgs, elected
                Terms == 0..MaxTerm
                Quorum == {Q \\in SUBSET Server : Cardinality(Q) * 2 > Cardinality(Server)}
                TypeOK ==
                    /\\ currentTerm \\in [Server -> Terms]
                    /\\ msgs \\subseteq [mterm : Terms, msource : Server]
                    /\\ elected \\subseteq (Terms \\X Server)
                VotesFor(i, t) == {m.msource : m \\in {m \\in msgs : m.mterm = t}}
                BecomeLeader(i) ==
                    /\\ VotesFor(i, currentTerm[i]) \\in Quorum
                    /\\ elected' = elected \\cup {<<currentTerm[i], i>>}
                    /\\ UNCHANGED <<currentTerm, msgs>>
                Next == \\E i \\in Server : BecomeLeader(i)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("VotesFor(VSERVER1, currentTerm[VSERVER1]) \\in Quorum",
                "VotesFor(VSERVER1, VTERMS1) \\in Quorum", "VTERMS1 <= currentTerm[VSERVER1]",
                // Two entries of a function into numbers, ordered and equal.
                "currentTerm[VSERVER1] <= currentTerm[VSERVER2]", "currentTerm[VSERVER1] = currentTerm[VSERVER2]",
                // A message with some of its fields given: "a message of term t from s", whatever else it says.
                "\\E m \\in msgs : m.mterm = VTERMS1", "\\E m \\in msgs : m.mterm = VTERMS1 /\\ m.msource = VSERVER1",
                // A message carries no more than its sender had: a term no greater than the source's.
                "\\A m \\in msgs : m.mterm <= currentTerm[m.msource]")),
                g.predicates().toString());
    }

    @Test
    void logsGetSequenceAtomsAndAViewGetsAtomsPerField() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Backup ----
                EXTENDS Naturals, Sequences, FiniteSets
                CONSTANTS Server, Value
                VARIABLES view, log, matchIndex, msgs
                BoundedSeq(S) == UNION {[1..n -> S] : n \\in 0..Cardinality(S)}
                TypeOK ==
                    /\\ view \\in [epoch : 1..3, primary : Server, backups : SUBSET Server]
                    /\\ log \\in [Server -> BoundedSeq(Value)]
                    /\\ matchIndex \\in [Server -> 0..Cardinality(Value)]
                    /\\ msgs \\subseteq [type : {"Ack"}, src : Server, index : 0..Cardinality(Value)]
                Next == UNCHANGED <<view, log, matchIndex, msgs>>
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("view.primary = VSERVER1", "VSERVER1 \\in view.backups",
                "log[VSERVER1] = <<>>", "\\E k \\in DOMAIN log[VSERVER1] : log[VSERVER1][k] = VVALUE1",
                "Len(log[VSERVER1]) <= Len(log[VSERVER2]) /\\ SubSeq(log[VSERVER2], 1, Len(log[VSERVER1])) = log[VSERVER1]",
                "matchIndex[VSERVER1] <= Len(log[VSERVER1])",
                // Acknowledgements count up to a constant's size, too many records to list: who sent one is still an atom.
                "\\E m \\in msgs : m.type = \"Ack\" /\\ m.src = VSERVER1",
                // An epoch that goes up as the view loses backups: the two share the range's budget.
                "view.epoch + Cardinality(view.backups) <= 3",
                "\\A k, j \\in DOMAIN log[VSERVER1] : log[VSERVER1][k] = log[VSERVER1][j] => k = j",
                "\\E k, j \\in DOMAIN log[VSERVER1] : k < j /\\ log[VSERVER1][k] = VVALUE1 /\\ log[VSERVER1][j] = VVALUE2")),
                g.predicates().toString());
    }

    @Test
    void aGuardThatReadsTheStateOnlyThroughOperatorsIsAnAtomAndAnActionOperatorIsNot() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Votes ----
                EXTENDS FiniteSets
                CONSTANTS Node, Epoch
                VARIABLES vote, elected
                TypeOK == vote \\in [Node -> Epoch] /\\ elected \\in SUBSET Epoch
                VotesIn(e) == {n \\in Node : vote[n] = e}
                Majority(S) == 2 * Cardinality(S) > Cardinality(Node)
                Record(e) == elected' = elected \\cup {e}
                Elect(e) == Majority(VotesIn(e)) /\\ Record(e) /\\ UNCHANGED vote
                Next == \\E e \\in Epoch : Elect(e)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().contains("Majority(VotesIn(VEPOCH1))"), g.predicates().toString());
        assertTrue(g.predicates().stream().noneMatch(p -> p.startsWith("Record(")), g.predicates().toString());
    }

    @Test
    void countersAndLengthsAloneAreRelatedByOneToo() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Receiver ----
                EXTENDS Naturals, Sequences
                VARIABLES expected, delivered
                BoundedSeq(S, n) == UNION {[1..k -> S] : k \\in 0..n}
                TypeOK == expected \\in 1..4 /\\ delivered \\in BoundedSeq(1..3, 3)
                Next == UNCHANGED <<expected, delivered>>
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("expected <= Len(delivered) + 1", "Len(delivered) <= expected",
                "expected <= Len(delivered)")), g.predicates().toString());
    }

    @Test
    void anEntryAnActionSetsGivesAnAtomOfWhatItHolds() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Forks ----
                EXTENDS Naturals
                CONSTANTS Phil, Free
                VARIABLES fork, count
                LeftFork(p) == p
                TypeOK == fork \\in [Phil -> Phil \\cup {Free}] /\\ count \\in [Phil -> 0..2]
                Pick(p) == fork[LeftFork(p)] = Free /\\ fork' = [fork EXCEPT ![LeftFork(p)] = p] /\\ count' = [count EXCEPT ![p] = @ + 1]
                Next == \\E p \\in Phil : Pick(p)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("fork[LeftFork(VPHIL1)] = Free", "fork[LeftFork(VPHIL1)] = VPHIL1")),
                g.predicates().toString());
        // What an entry becomes from what it was (@ + 1) says nothing about one state.
        assertTrue(g.predicates().stream().noneMatch(p -> p.contains("@")), g.predicates().toString());
    }

    @Test
    void theConditionAndBothBranchesOfAnIfInAnActionGiveAtoms() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Store ----
                EXTENDS Naturals
                CONSTANTS Writer, NoWriter
                VARIABLES file, base, pc
                TypeOK == file \\in [0..2 -> Writer \\cup {NoWriter}] /\\ base \\in [Writer -> -1..1] /\\ pc \\in [Writer -> {"ready", "acked", "rejected"}]
                Put(w) ==
                    /\\ pc[w] = "ready"
                    /\\ IF file[base[w] + 1] = NoWriter
                         THEN /\\ file' = [file EXCEPT ![base[w] + 1] = w]
                              /\\ pc' = [pc EXCEPT ![w] = "acked"]
                         ELSE /\\ pc' = [pc EXCEPT ![w] = "rejected"]
                              /\\ UNCHANGED file
                    /\\ UNCHANGED base
                Next == \\E w \\in Writer : Put(w)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("(base[VWRITER1] + 1) \\in DOMAIN file /\\ (file[base[VWRITER1] + 1] = NoWriter)",
                "(base[VWRITER1] + 1) \\in DOMAIN file /\\ (file[base[VWRITER1] + 1] = VWRITER1)")), g.predicates().toString());
    }

    @Test
    void aVariableIndexOfAnotherTypeThanTheFunctionsDomainIsGuardedAndOneOfItsTypeIsNot() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Snapshots ----
                EXTENDS Naturals
                CONSTANTS Ckpt, Node
                VARIABLES next, snap, holder, count
                TypeOK == next \\in 1..3 /\\ snap \\in [Ckpt -> 0..1] /\\ holder \\in Node /\\ count \\in [Node -> 0..1]
                Take == snap' = [snap EXCEPT ![next] = 1] /\\ count' = [count EXCEPT ![holder] = 1] /\\ UNCHANGED <<next, holder>>
                Next == Take
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("(next) \\in DOMAIN snap /\\ (snap[next] = 1)", "count[holder] = 1")),
                g.predicates().toString());
    }

    @Test
    void aConstantTheSpecReadsAVariableAtIsComparedWithTheVariablesOfItsSet() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Partition ----
                EXTENDS Naturals
                CONSTANTS Replica, Leader
                VARIABLES len
                TypeOK == len \\in [Replica -> 0..2]
                Append == len[Leader] < 2 /\\ len' = [len EXCEPT ![Leader] = len[Leader] + 1]
                Next == Append
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("VREPLICA1 = Leader", "VREPLICA2 = Leader", "len[Leader] < 2")),
                g.predicates().toString());
        // An entry set from its own old value says nothing true of any state: len[Leader] = len[Leader] + 1.
        assertTrue(g.predicates().stream().noneMatch(p -> p.contains("len[Leader] = len[Leader]")), g.predicates().toString());
    }

    @Test
    void anIntegerIsComparedWithTheVariablesOfANumericSetBothWays() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Sink ----
                EXTENDS Naturals
                CONSTANT N
                VARIABLES out, committed, cursor
                Offset == 0..N - 1
                TypeOK == out \\in [Offset -> 0..2] /\\ committed \\in 0..N /\\ cursor \\in Offset
                Next == UNCHANGED <<out, committed, cursor>>
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("VOFFSET1 <= committed", "committed <= VOFFSET1", "VOFFSET1 <= cursor",
                "cursor = VOFFSET1")), g.predicates().toString());
        // With cursor = VOFFSET1 an atom, VOFFSET1 <= cursor orders the two both ways already.
        assertFalse(g.predicates().contains("cursor <= VOFFSET1"), g.predicates().toString());
    }

    @Test
    void aCounterEqualsHowManyEntriesOfAFunctionHoldAValue() {
        String spec = """
                ---- MODULE Readers ----
                EXTENDS Naturals%s
                CONSTANTS Proc
                VARIABLES readers, pc, busy
                TypeOK == readers \\in 0..3 /\\ pc \\in [Proc -> {"idle", "reading"}] /\\ busy \\in [Proc -> BOOLEAN]
                Next == UNCHANGED <<readers, pc, busy>>
                ====
                """;
        ModuleOutline outline = ModuleOutline.of(spec.formatted(", FiniteSets"));
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("readers = Cardinality({x \\in Proc : pc[x] = \"reading\"})",
                "readers = Cardinality({x \\in Proc : pc[x] = \"idle\"})", "readers = Cardinality({x \\in Proc : busy[x]})")),
                g.predicates().toString());
        // Without FiniteSets, Cardinality is not a name the spec's modules can use.
        ModuleOutline naturals = ModuleOutline.of(spec.formatted(""));
        PredicateGrammar without = inferred(naturals);
        assertTrue(without.predicates().stream().noneMatch(p -> p.contains("Cardinality")), without.predicates().toString());
    }

    @Test
    void aBoundedSequenceOperatorWithItsBoundAsASecondParameterGivesSequenceAtoms() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Channel ----
                EXTENDS Naturals, Sequences
                CONSTANTS Data
                VARIABLES chan
                BoundedSeq(S, n) == UNION {[1..k -> S] : k \\in 0..n}
                TypeOK == chan \\in BoundedSeq(Data, 2)
                Next == UNCHANGED chan
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("chan = <<>>", "\\E k \\in DOMAIN chan : chan[k] = VDATA1")),
                g.predicates().toString());
    }

    @Test
    void boundedSequencesWrittenOutOrNamedGiveSequenceAtoms() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Producer ----
                EXTENDS Naturals, Sequences
                CONSTANTS Proc, Msg, MaxSeq
                VARIABLES log, chan
                Channel == UNION {[1 .. n -> Msg] : n \\in 0 .. 2}
                TypeOK == log \\in UNION {[1 .. n -> 1 .. MaxSeq] : n \\in 0 .. MaxSeq} /\\ chan \\in [Proc -> Channel]
                Next == UNCHANGED <<log, chan>>
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("log = <<>>", "chan[VPROC1] = <<>>", "\\E k \\in DOMAIN chan[VPROC1] : chan[VPROC1][k] = VMSG1",
                "\\E k \\in DOMAIN log : log[k] = 1", "Len(log) <= Len(chan[VPROC1])")), g.predicates().toString());
    }

    @Test
    void theSetsTheSafetyPropertyQuantifiesOverComeFirstAndMessagesAreComparedWithTheirVariables() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Offsets ----
                EXTENDS Naturals
                CONSTANTS Consumer, N, MaxGen
                Record == 0 .. N - 1
                Position == 0 .. N
                VARIABLES generation, member, position, committed, processed, msgs
                TypeOK == generation \\in 0 .. MaxGen /\\ member \\in [Consumer -> 0 .. MaxGen] /\\ position \\in [Consumer -> Position]
                    /\\ committed \\in Position /\\ processed \\in SUBSET Record /\\ msgs \\in SUBSET [gen : 1 .. MaxGen, offset : Position]
                Next == UNCHANGED <<generation, member, position, committed, processed, msgs>>
                NoSkippedRecords == \\A o \\in Record : o < committed => o \\in processed
                ====
                """);
        PredicateGrammar g = inferredToProve(outline, "NoSkippedRecords");
        // Three sets fit in the prefix: without the property's first, generations, consumers and positions took them.
        assertTrue(g.prefix().startsWith("\\A VRECORD1, VRECORD2 \\in Record :"), g.prefix());
        assertTrue(g.predicates().containsAll(List.of("VRECORD1 \\in processed", "position[VCONSUMER1] <= VRECORD1",
                "\\A m \\in msgs : m.offset <= VRECORD1")), g.predicates().toString());
    }

    @Test
    void anIntegerTheSpecDefinesFromTheStateIsComparedWithTheNumericVariablesAndARangeOfTheStateIsNoDomain() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Checkpoints ----
                EXTENDS Naturals
                CONSTANTS Writer, MaxVersion, None
                Version == 0 .. MaxVersion
                VARIABLES log, checkpoints, snapshot
                TypeOK == log \\in SUBSET Version /\\ checkpoints \\in SUBSET Version /\\ snapshot \\in [Writer -> Version \\cup {None}]
                Max(S) == CHOOSE v \\in S \\cup {0} : \\A u \\in S : u <= v
                Latest == Max(log)
                ReadFrom == IF checkpoints = {} THEN 0 ELSE Max(checkpoints) + 1
                Named == {Latest}
                Next == UNCHANGED <<log, checkpoints, snapshot>>
                Reconstructible == \\A v \\in ReadFrom .. Latest : v \\in log
                ====
                """);
        PredicateGrammar g = inferredToProve(outline, "Reconstructible");
        assertTrue(g.predicates().containsAll(List.of("VMAXVERSION1 <= Latest", "Latest <= VMAXVERSION1", "ReadFrom <= VMAXVERSION1")),
                g.predicates().toString());
        // Named is no operand of an order, and the range between two values of the state is not a set to quantify over.
        assertTrue(g.predicates().stream().noneMatch(p -> p.contains("Named")), g.predicates().toString());
        assertFalse(g.prefix().contains("ReadFrom"), g.prefix());
    }

    @Test
    void theOtherProcessGetsTheControlPointsOfTheGuardsAndOneFunctionIsComparedWithAnothersEntryForIt() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Tickets ----
                EXTENDS Naturals
                CONSTANT MaxNum
                Proc == {1, 2}
                Labels == {"ncs", "e2", "cs"}
                VARIABLES number, mx, pc
                TypeOK == number \\in [Proc -> 0 .. MaxNum] /\\ mx \\in [Proc -> 0 .. MaxNum] /\\ pc \\in [Proc -> Labels]
                Take(p) == pc[p] = "e2" /\\ mx[p] < MaxNum /\\ number' = [number EXCEPT ![p] = mx[p] + 1]
                           /\\ pc' = [pc EXCEPT ![p] = "cs"] /\\ UNCHANGED mx
                Next == \\E p \\in Proc : Take(p)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("pc[VPROC1] = \"e2\"", "pc[VPROC2] = \"e2\"", "pc[VPROC2] = \"cs\"",
                "number[VPROC1] <= mx[VPROC2]", "mx[VPROC1] <= number[VPROC2]")), g.predicates().toString());
        // A guard that is no control point stays about the process that steps.
        assertTrue(g.predicates().stream().noneMatch(p -> p.startsWith("mx[VPROC2] <")), g.predicates().toString());
    }

    @Test
    void aMapOverSeveralSetsGivesOneMessagePerLiteralAndVariableAndAMessageNamingTwoIsUniqueInEach() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Echoes ----
                CONSTANTS Proc, Val, Sender
                Msg(t, p, v) == [type |-> t, from |-> p, val |-> v]
                Msgs == {Msg(t, p, v) : t \\in {"echo", "ready"}, p \\in Proc, v \\in Val}
                    \\cup {Msg("initial", p, v) : p \\in Proc \\cap {Sender}, v \\in Val}
                VARIABLES msgs, delivered
                TypeOK == msgs \\in SUBSET Msgs /\\ delivered \\in [Proc -> Val]
                Next == UNCHANGED <<msgs, delivered>>
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertEquals("\\A VPROC1, VPROC2 \\in Proc : \\A VVAL1, VVAL2 \\in Val :", g.prefix());
        assertTrue(g.predicates().containsAll(List.of("Msg(\"echo\", VPROC1, VVAL1) \\in msgs", "Msg(\"ready\", VPROC2, VVAL2) \\in msgs",
                "Msg(\"initial\", VPROC1, VVAL2) \\in msgs",
                "\\A x \\in Val : Msg(\"echo\", VPROC1, x) \\in msgs => x = VVAL1",
                "\\A x \\in Proc : Msg(\"ready\", x, VVAL1) \\in msgs => x = VPROC1")), g.predicates().toString());
        // Once up to renaming: not of the message from VPROC2 too.
        assertTrue(g.predicates().stream().noneMatch(p -> p.contains("=>") && p.contains("VPROC2")), g.predicates().toString());
    }

    @Test
    void aPropertyOverASetOfTheStateSpeaksOfAnyElementOfItsTypeAndAPartialLogIsReadWithinItsDomain() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE ReadCommitted ----
                EXTENDS Naturals
                CONSTANTS Producer, MaxLen
                Offset == 0 .. MaxLen - 1
                Record == [producer : Producer, type : {"data", "commit"}]
                VARIABLES log, delivered
                TypeOK == log \\in UNION {[{o \\in Offset : o < n} -> Record] : n \\in 0 .. MaxLen} /\\ delivered \\in SUBSET Offset
                Committed(o) == \\E j \\in DOMAIN log : j > o /\\ log[j].type = "commit"
                Next == UNCHANGED <<log, delivered>>
                ReadCommitted == \\A o \\in delivered : o \\in DOMAIN log /\\ log[o].type = "data" /\\ Committed(o)
                ====
                """);
        PredicateGrammar g = inferredToProve(outline, "ReadCommitted");
        assertTrue(g.prefix().startsWith("\\A VOFFSET1, VOFFSET2 \\in Offset :"), g.prefix());
        assertTrue(g.predicates().containsAll(List.of("VOFFSET1 \\in delivered", "VOFFSET1 \\in DOMAIN log", "Committed(VOFFSET1)",
                "(VOFFSET1) \\in DOMAIN log /\\ (log[VOFFSET1].type = \"data\")")), g.predicates().toString());
    }

    @Test
    void aPositionOnASetOfNumbersHasSomeElementWithAPropertyOnEitherSideOfIt() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Probe ----
                EXTENDS Naturals
                CONSTANT N
                Node == 0 .. N - 1
                VARIABLES color, tpos
                TypeOK == color \\in [Node -> {"white", "black"}] /\\ tpos \\in Node
                Pass(i) == tpos = i /\\ i > 0 /\\ tpos' = i - 1 /\\ color' = [color EXCEPT ![i] = "white"]
                Next == \\E i \\in Node : Pass(i)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("\\E x \\in Node : x <= tpos /\\ color[x] = \"black\"",
                "\\E x \\in Node : tpos < x /\\ color[x] = \"white\"")), g.predicates().toString());
    }

    @Test
    void aSetTheSpecDefinesFromTheStateThroughAnotherDefinitionIsNoDomain() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Choice ----
                CONSTANTS Value, Ballot
                VARIABLES votes
                TypeOK == votes \\in SUBSET (Ballot \\X Value)
                ChosenIn(b, v) == <<b, v>> \\in votes
                Chosen == {v \\in Value : \\E b \\in Ballot : ChosenIn(b, v)}
                Next == UNCHANGED votes
                AtMostOne == \\A v, w \\in Chosen : v = w
                ====
                """);
        PredicateGrammar g = inferredToProve(outline, "AtMostOne");
        // Chosen reads votes only through ChosenIn: quantified over, it would take a place of the prefix's three.
        assertFalse(g.prefix().contains("Chosen"), g.prefix());
        assertTrue(g.prefix().contains("\\in Value"), g.prefix());
    }

    @Test
    void aMessageThatIsASnapshotOfAReplicasStateIsSaidToHoldWhatTheReplicaHolds() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE TwoPhaseSet ----
                EXTENDS FiniteSets
                CONSTANTS Replica, Elem
                Msg == [adds : SUBSET Elem, tombs : SUBSET Elem]
                VARIABLES adds, tombs, msgs
                TypeOK == adds \\in [Replica -> SUBSET Elem] /\\ tombs \\in [Replica -> SUBSET Elem] /\\ msgs \\in {M \\in SUBSET Msg : Cardinality(M) <= 2}
                Send(r) == msgs' = msgs \\cup {[adds |-> adds[r], tombs |-> tombs[r]]} /\\ UNCHANGED <<adds, tombs>>
                Next == \\E r \\in Replica : Send(r)
                TombstoneHasAdd == \\A r \\in Replica : tombs[r] \\subseteq adds[r]
                ====
                """);
        PredicateGrammar g = inferredToProve(outline, "TombstoneHasAdd");
        assertTrue(g.predicates().containsAll(List.of("\\A m \\in msgs : m.tombs \\subseteq m.adds", "\\A m \\in msgs : VELEM1 \\in m.adds",
                "msgs = {}")), g.predicates().toString());
        // An atom about two replicas is not about one snapshot.
        assertTrue(g.predicates().stream().noneMatch(p -> p.contains("m.") && p.contains("VREPLICA")), g.predicates().toString());
    }

    @Test
    void aRingGetsItsRelationsOverThreeNodesAndTheOrderOfTheIdentifiersTheStateHolds() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Ring ----
                EXTENDS Naturals, Sequences
                Uid == <<20, 10, 30>>
                Host == 1..Len(Uid)
                Next(n) == IF n = Len(Uid) THEN 1 ELSE n + 1
                Within(a, b, c) == IF a < c THEN a < b /\\ b < c ELSE a < b \\/ b < c
                Larger(a, b) == IF a > b THEN a ELSE b
                VARIABLES inflight, elected
                TypeOK ==
                    /\\ inflight \\in SUBSET (Host \\X {Uid[h] : h \\in Host})
                    /\\ elected \\in SUBSET (1..Len(Uid))
                Pass(n, i) ==
                    /\\ <<n, i>> \\in inflight
                    /\\ i > Uid[n]
                    /\\ inflight' = (inflight \\ {<<n, i>>}) \\cup {<<Next(n), i>>}
                    /\\ UNCHANGED elected
                Step == \\E n \\in Host, m \\in Host : Pass(n, Uid[m])
                ====
                """);
        PredicateGrammar g = inferred(outline, "Step");
        // Host and 1..Len(Uid) are one set; a three-place relation gives it a third variable.
        assertEquals("\\A VHOST1, VHOST2, VHOST3 \\in Host :", g.prefix());
        assertTrue(g.predicates().containsAll(List.of("VHOST1 = VHOST3", "<<VHOST3, Uid[VHOST1]>> \\in inflight",
                "VHOST2 \\in elected", "Within(VHOST1, VHOST2, VHOST3)", "Within(VHOST3, VHOST2, VHOST1)",
                "Uid[VHOST1] < Uid[VHOST2]", "Uid[VHOST2] < Uid[VHOST1]")), g.predicates().toString());
        // Larger is not a formula; Next is a function of one node.
        assertTrue(g.predicates().stream().noneMatch(a -> a.startsWith("Larger(") || a.startsWith("Next(")), g.predicates().toString());
    }

    @Test
    void theItemASenderReadsAtItsIndexAndTheOrderOfAComponentOfQueuedTuplesAreAtoms() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Sender ----
                EXTENDS Naturals, Sequences
                CONSTANTS Item, Count
                Flag == {0, 1}
                VARIABLES items, next, flag, queue
                TypeOK ==
                    /\\ items \\in [1..Count -> Item]
                    /\\ next \\in 1..(Count + 1)
                    /\\ flag \\in Flag
                    /\\ queue \\in Seq(Item \\X Flag)
                Send == /\\ next <= Count
                        /\\ queue' = Append(queue, <<items[next], flag>>)
                        /\\ UNCHANGED <<items, next, flag>>
                ====
                """);
        PredicateGrammar g = inferred(outline, "Send");
        // Defined where next is past the last item too.
        assertTrue(g.predicates().containsAll(List.of("next \\in DOMAIN items /\\ items[next] = VITEM1",
                "\\E k, j \\in DOMAIN queue : k < j /\\ queue[k][2] = VFLAG1 /\\ queue[j][2] = VFLAG2",
                "\\E k \\in DOMAIN queue : queue[k] = <<VITEM1, VFLAG2>>")), g.predicates().toString());
    }

    @Test
    void twoParametersAnActionComparesByOrderAreComparedOverTheirSet() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Bully ----
                EXTENDS Naturals
                CONSTANT Node
                VARIABLES heard, candidate
                TypeOK == /\\ heard \\in [Node -> SUBSET Node]
                          /\\ candidate \\in [Node -> BOOLEAN]
                Receive(n, m) ==
                    /\\ m \\notin heard[n]
                    /\\ heard' = [heard EXCEPT ![n] = @ \\cup {m}]
                    /\\ candidate' = [candidate EXCEPT ![n] = @ /\\ m < n]
                Next == \\E n, m \\in Node : Receive(n, m) \\/ (n + m < n /\\ UNCHANGED <<heard, candidate>>)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().contains("VNODE2 < VNODE1"), g.predicates().toString());
        assertTrue(!g.predicates().contains("VNODE1 < VNODE2") && !g.predicates().contains("m < VNODE1"), g.predicates().toString());
    }

    @Test
    void aMessageCarriesAConstantFunctionOfAnotherOfItsFields() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Window ----
                EXTENDS Naturals
                CONSTANT N
                Data == {0, 1}
                Input == [i \\in 1..N |-> i % 2]
                Seqno == 1..N
                VARIABLES next, chan
                TypeOK == /\\ next \\in 1..(N + 1)
                          /\\ chan \\in SUBSET (Seqno \\X Data)
                Send == /\\ next <= N
                        /\\ chan' = chan \\cup {<<next, Input[next]>>}
                        /\\ next' = next + 1
                ====
                """);
        PredicateGrammar g = inferred(outline, "Send");
        assertTrue(g.predicates().contains("VDATA1 = Input[VSEQNO1]"), g.predicates().toString());
    }

    @Test
    void clocksGetLinearAtomsOverTheIntegerConstantsTheSpecUses() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Clocks ----
                EXTENDS Integers
                CONSTANTS Node, Limit, Margin, NoNode
                VARIABLES left, timer, drift, owner
                TypeOK ==
                    /\\ left \\in 0..Limit
                    /\\ timer \\in [Node -> 0..Limit]
                    /\\ drift \\in [Node -> -1..1]
                    /\\ owner \\in Node \\cup {NoNode}
                Start(n) == timer' = [timer EXCEPT ![n] = Limit - Margin] /\\ UNCHANGED <<left, drift, owner>>
                Next == \\E n \\in Node : Start(n)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        // Limit bounds a range and Margin is subtracted: both are integers; NoNode is not.
        assertTrue(g.predicates().containsAll(List.of("drift[VNODE1] + left >= timer[VNODE1] + Margin",
                "timer[VNODE1] <= drift[VNODE1] + (Limit - Margin)", "left <= timer[VNODE1]")), g.predicates().toString());
        assertTrue(g.predicates().stream().noneMatch(p -> p.contains("NoNode -") || p.contains("+ NoNode")), g.predicates().toString());
        // Only the first variable of a domain: no atom relates timer[VNODE2] arithmetically.
        assertTrue(g.predicates().stream().noneMatch(p -> p.contains("VNODE2") && p.contains("+")),
                g.predicates().toString());
    }

    @Test
    void gossipedVectorsAreSaidToKnowWhatTheRowsTheyCopyKnowAndARowIsComparedWithItsOwnersEntry() {
        String spec = """
                ---- MODULE Counter ----
                EXTENDS Naturals
                CONSTANTS Replica, Max
                VARIABLES cnt, msgs
                TypeOK == /\\ cnt \\in [Replica -> [Replica -> 0..Max]]
                          /\\ msgs \\in SUBSET [Replica -> 0..Max]
                Gossip(r) == msgs' = msgs \\cup {cnt[r]} /\\ UNCHANGED cnt
                Next == \\E r \\in Replica : Gossip(r)
                Bounded == \\A r, s \\in Replica : cnt[r][s] <= cnt[s][s]
                ====
                """;
        ModuleOutline outline = ModuleOutline.of(spec);
        PredicateGrammar g = inferredToProve(outline, "Bounded");
        assertTrue(g.predicates().containsAll(List.of("cnt[VREPLICA1][VREPLICA2] = cnt[VREPLICA2][VREPLICA2]",
                "cnt[VREPLICA1][VREPLICA2] <= cnt[VREPLICA2][VREPLICA2]",
                "\\A m \\in msgs : m[VREPLICA2] <= cnt[VREPLICA2][VREPLICA2]")), g.predicates().toString());
    }

    @Test
    void aTypeNamedAndNarrowedByAFilterGivesTheAtomsOfTheSetItFiltersAndMessagesFilteredFromRecordsAreAtoms() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Wave ----
                EXTENDS Naturals
                CONSTANTS N
                Node == 1 .. N
                NoParent == 0
                Nbrs(n) == {m \\in Node : m = n + 1 \\/ n = m + 1}
                Msgs == {r \\in [src : Node, dst : Node] : r.src \\in Nbrs(r.dst)}
                ParentMaps == {f \\in [Node -> Node \\cup {NoParent}] : \\A n \\in Node : f[n] \\in Nbrs(n) \\cup {NoParent}}
                HeardMaps == {f \\in [Node -> SUBSET Node] : \\A n \\in Node : f[n] \\subseteq Nbrs(n)}
                VARIABLES msgs, parent, heard
                TypeOK == /\\ msgs \\in SUBSET Msgs
                          /\\ parent \\in ParentMaps
                          /\\ heard \\in HeardMaps
                Receive(n, m) == /\\ [src |-> m, dst |-> n] \\in msgs
                                 /\\ heard' = [heard EXCEPT ![n] = @ \\cup {m}]
                                 /\\ UNCHANGED <<msgs, parent>>
                Next == \\E n, m \\in Node : Receive(n, m)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("[src |-> VNODE1, dst |-> VNODE2] \\in msgs", "parent[VNODE1] = VNODE2",
                "parent[VNODE1] = NoParent", "VNODE2 \\in heard[VNODE1]")), g.predicates().toString());
    }

    @Test
    void aQuantityTakenFromEntriesAndCarriedByMessagesIsSummedAgainstATotalButClocksAreNot() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Weights ----
                EXTENDS Naturals
                CONSTANTS Proc, Max
                VARIABLES ref, total, msgs, clock
                TypeOK == /\\ ref \\in [Proc -> 0 .. Max]
                          /\\ total \\in 0 .. Max
                          /\\ msgs \\in SUBSET [to : Proc, w : 1 .. Max]
                          /\\ clock \\in [Proc -> 0 .. Max]
                Copy(p, q) == /\\ ref[p] >= 2
                              /\\ ref' = [ref EXCEPT ![p] = ref[p] \\div 2]
                              /\\ msgs' = msgs \\cup {[to |-> q, w |-> ref[p] \\div 2]}
                              /\\ clock' = [clock EXCEPT ![p] = clock[p] + 1]
                              /\\ UNCHANGED total
                Dec(m) == /\\ m \\in msgs
                          /\\ total' = total - m.w
                          /\\ msgs' = msgs \\ {m}
                          /\\ UNCHANGED <<ref, clock>>
                Next == (\\E p, q \\in Proc : Copy(p, q)) \\/ (\\E m \\in msgs : Dec(m))
                ====
                """);
        List<String> sums = inferred(outline).predicates().stream().filter(p -> p.startsWith("LET RECURSIVE Sum(_, _) ")).toList();
        assertTrue(sums.contains("LET RECURSIVE Sum(_, _) Sum(s, f) == IF s = {} THEN 0 ELSE LET x == CHOOSE y \\in s : TRUE IN "
                + "f[x] + Sum(s \\ {x}, f) IN Sum(Proc, ref) + Sum(msgs, [m \\in msgs |-> m.w]) <= total"), sums.toString());
        assertTrue(sums.stream().noneMatch(p -> p.contains("clock")), sums.toString());
    }

    @Test
    void aFunctionOfTwoArgumentsIsReadAtTheVariablesOfBothSetsAndANamedSetOfLiteralsIsNoDomain() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Committer ----
                CONSTANTS Task, Attempt, None
                Status == {"running", "committing", "committed", "failed"}
                Msg == {[type |-> t] : t \\in {"commit", "abort"}}
                VARIABLES status, authorized, msgs
                TypeOK == /\\ status \\in [Task \\X Attempt -> Status]
                          /\\ authorized \\in [Task -> Attempt \\cup {None}]
                          /\\ msgs \\in SUBSET Msg
                Finish(t, a) == /\\ status[t, a] = "committing"
                                /\\ status' = [status EXCEPT ![t, a] = "committed"]
                                /\\ UNCHANGED <<authorized, msgs>>
                Next == \\E t \\in Task, a \\in Attempt : Finish(t, a)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("status[VTASK1, VATTEMPT1] = \"committed\"", "status[VTASK1, VATTEMPT2] = \"failed\"",
                "[type |-> \"abort\"] \\in msgs")), g.predicates().toString());
        assertEquals("\\A VTASK1, VTASK2 \\in Task : \\A VATTEMPT1, VATTEMPT2 \\in Attempt :", g.prefix());
    }

    @Test
    void anEntryAtAConstantThePropertyComparesIsComparedWithMessagesAndOtherEntriesOverARangeWithComputedBounds() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Chain ----
                EXTENDS Naturals
                CONSTANTS N, MaxVer
                Node == 1 .. N
                Tail == N
                VARIABLES ver, clean, acks, lastRead
                TypeOK == /\\ ver \\in [Node -> 0 .. MaxVer]
                          /\\ clean \\in [1 .. (N - 1) -> 0 .. MaxVer]
                          /\\ acks \\in SUBSET [ver : 1 .. MaxVer, to : 1 .. (N - 1)]
                          /\\ lastRead \\in 0 .. MaxVer
                ReadClean(n) == /\\ ver[n] = clean[n]
                                /\\ lastRead' = clean[n]
                                /\\ UNCHANGED <<ver, clean, acks>>
                Next == \\E n \\in 1 .. (N - 1) : ReadClean(n)
                ReadsCommitted == lastRead <= ver[Tail]
                ====
                """);
        PredicateGrammar g = inferredToProve(outline, "ReadsCommitted");
        assertTrue(g.predicates().containsAll(List.of("\\A m \\in acks : m.ver <= ver[Tail]", "clean[VN1] <= ver[Tail]")),
                g.predicates().toString());
    }

    @Test
    void theFieldsOfARecordOrASentinelAreAtomsGuardedByItsBeingARecord() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Group ----
                EXTENDS Naturals
                CONSTANTS Consumer, Partition, MaxGen, NoCommit
                Gen == 1 .. MaxGen
                CommitRecord == [consumer : Consumer, gen : Gen]
                VARIABLES gen, committed
                TypeOK == /\\ gen \\in Gen
                          /\\ committed \\in [Partition -> CommitRecord \\cup {NoCommit}]
                Commit(c, p) == /\\ committed' = [committed EXCEPT ![p] = [consumer |-> c, gen |-> gen]]
                                /\\ UNCHANGED gen
                Next == \\E c \\in Consumer, p \\in Partition : Commit(c, p)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("committed[VPARTITION1] = NoCommit",
                "committed[VPARTITION1] \\in CommitRecord /\\ (committed[VPARTITION1].consumer = VCONSUMER1)",
                "committed[VPARTITION1] \\in CommitRecord /\\ (committed[VPARTITION1].gen <= gen)")), g.predicates().toString());
        assertTrue(g.predicates().stream().filter(p -> p.contains("].gen")).allMatch(p -> p.contains("\\in CommitRecord /\\ (")),
                g.predicates().toString());
    }

    @Test
    void aChannelOfOneSlotTypedAsAUnionOfRecordsGivesItsRecordsAndTheValuesOfEachField() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Slots ----
                EXTENDS Naturals
                CONSTANTS MaxClock
                Proc == {1, 2}
                NoMsg == [type |-> "none", ts |-> 0]
                RelMsg == [type |-> "rel", ts |-> 0]
                ReqMsg(t) == [type |-> "req", ts |-> t]
                Slot == {NoMsg, RelMsg} \\cup {ReqMsg(t) : t \\in 1 .. MaxClock}
                VARIABLES inbox, clock
                TypeOK == /\\ inbox \\in [Proc -> Slot]
                          /\\ clock \\in [Proc -> 0 .. MaxClock]
                Receive(p) == /\\ inbox[p].type = "req"
                              /\\ clock' = [clock EXCEPT ![p] = inbox[p].ts]
                              /\\ inbox' = [inbox EXCEPT ![p] = NoMsg]
                Next == \\E p \\in Proc : Receive(p)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("inbox[VPROC1] = RelMsg", "inbox[VPROC2].type = \"req\"", "inbox[VPROC1].ts = MaxClock",
                "inbox[VPROC1].ts <= clock[VPROC1]")), g.predicates().toString());
        assertEquals("\\A VPROC1, VPROC2 \\in Proc :", g.prefix());
    }

    @Test
    void anElementTheStateSinglesOutIsReadAtAsAVariableIsAndAMessageOfTheCurrentViewIsAnAtom() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Backup ----
                EXTENDS Naturals
                CONSTANTS P0, B0, Write, MaxView
                Server == {P0, B0}
                View == 0 .. MaxView
                Primary(v) == IF v % 2 = 0 THEN P0 ELSE B0
                Msg == [type : {"fwd"}, view : View, write : Write]
                VARIABLES view, up, data, msgs, acked
                TypeOK == /\\ view \\in View
                          /\\ up \\in [Server -> BOOLEAN]
                          /\\ data \\in [Server -> SUBSET Write]
                          /\\ msgs \\in SUBSET Msg
                          /\\ acked \\in SUBSET Write
                ClientWrite(w) == /\\ up[Primary(view)]
                                  /\\ data' = [data EXCEPT ![Primary(view)] = @ \\cup {w}]
                                  /\\ msgs' = msgs \\cup {[type |-> "fwd", view |-> view, write |-> w]}
                                  /\\ UNCHANGED <<view, up, acked>>
                Next == \\E w \\in Write : ClientWrite(w)
                Safe == up[Primary(view)] => acked \\subseteq data[Primary(view)]
                ====
                """);
        PredicateGrammar g = inferredToProve(outline, "Safe");
        assertTrue(g.predicates().containsAll(List.of("VSERVER1 = Primary(view)",
                "(Primary(view)) \\in DOMAIN data /\\ (VWRITE1 \\in data[Primary(view)])",
                "[type |-> \"fwd\", view |-> view, write |-> VWRITE1] \\in msgs")), g.predicates().toString());
    }

    @Test
    void aPropertyAtOneElementIsAnAtomAndIsSaidOfTheStatesInFlightWholeOrInChannelsOfOneSlot() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Sync ----
                EXTENDS Naturals
                CONSTANTS Replica, Val, NoMsg
                Entry == [val : Val, vv : [Replica -> 0 .. 1]]
                State == [p : [Replica -> 0 .. 1]]
                Link == {l \\in Replica \\X Replica : l[1] # l[2]}
                Dominates(v, w) == v # w /\\ \\A r \\in Replica : v[r] >= w[r]
                VARIABLES store, msgs, p, chan
                TypeOK == /\\ store \\in [Replica -> SUBSET Entry]
                          /\\ msgs \\in SUBSET (SUBSET Entry)
                          /\\ p \\in [Replica -> [Replica -> 0 .. 1]]
                          /\\ chan \\in [Link -> State \\cup {NoMsg}]
                Send(r) == /\\ msgs' = msgs \\cup {store[r]}
                           /\\ UNCHANGED <<store, p, chan>>
                Push(s, d) == /\\ chan' = [chan EXCEPT ![<<s, d>>] = [p |-> p[s]]]
                              /\\ UNCHANGED <<store, msgs, p>>
                Next == \\E r, d \\in Replica : Send(r) \\/ Push(r, d)
                Safe == /\\ \\A r \\in Replica : \\A e, f \\in store[r] : ~Dominates(f.vv, e.vv)
                        /\\ \\A r, s \\in Replica : p[r][s] <= p[s][s]
                ====
                """);
        PredicateGrammar g = inferredToProve(outline, "Safe");
        assertTrue(g.predicates().containsAll(List.of("\\A e \\in store[VREPLICA1], f \\in store[VREPLICA1] : ~Dominates(f.vv, e.vv)",
                "\\A m \\in msgs : \\A e \\in m, f \\in m : ~Dominates(f.vv, e.vv)",
                "\\A m \\in ({chan[x] : x \\in DOMAIN chan} \\cap State) : m.p[VREPLICA2] <= p[VREPLICA2][VREPLICA2]")),
                g.predicates().toString());
    }

    @Test
    void aMessageAgreesWithTheEntriesItsSenderSetsInTheSameStepAndABulletedGuardKeepsItsItems() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Session ----
                EXTENDS Naturals
                CONSTANTS Client, Key, MaxVer, N
                VARIABLES seq, token, wkey, msgs
                TypeOK == /\\ seq \\in 0 .. MaxVer
                          /\\ token \\in [Client -> 0 .. MaxVer]
                          /\\ wkey \\in [Client -> Key]
                          /\\ msgs \\in SUBSET [ver : 1 .. MaxVer, key : Key]
                Write(c, k) ==
                    /\\ \\/ seq < MaxVer /\\ token[c] = 0
                       \\/ /\\ seq = N - 1
                          /\\ ~(token[c] = 1 \\/ seq = 0)
                    /\\ LET v == seq + 1 IN
                         /\\ seq' = v
                         /\\ msgs' = msgs \\cup {[ver |-> v, key |-> k]}
                         /\\ token' = [token EXCEPT ![c] = v]
                         /\\ wkey' = [wkey EXCEPT ![c] = k]
                Next == \\E c \\in Client, k \\in Key : Write(c, k)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("\\A m \\in msgs : m.ver = token[VCLIENT1] => m.key = wkey[VCLIENT1]",
                "(seq < MaxVer /\\ token[VCLIENT1] = 0) \\/ ((seq = N - 1) /\\ (~(token[VCLIENT1] = 1 \\/ seq = 0)))")),
                g.predicates().toString());
    }

    @Test
    void aPropertyOfRecordsMadeFromMessagesIsAskedOfTheMessagesAndOfWhatSendsThemOneStepFurtherBack() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Queue ----
                EXTENDS Naturals
                CONSTANTS Job, Worker, None
                Delivery == [job : Job, rcpt : 1 .. 2]
                VARIABLES receipt, deliveredTo, held, msgs, done
                TypeOK == /\\ receipt \\in [Job -> 0 .. 2]
                          /\\ deliveredTo \\in [Job -> Worker \\cup {None}]
                          /\\ held \\in [Worker -> Delivery \\cup {None}]
                          /\\ msgs \\in SUBSET [job : Job, worker : Worker, rcpt : 1 .. 2]
                          /\\ done \\in SUBSET [job : Job, worker : Worker]
                Request(w) == /\\ held[w] # None
                              /\\ msgs' = msgs \\cup {[job |-> held[w].job, worker |-> w, rcpt |-> held[w].rcpt]}
                              /\\ UNCHANGED <<receipt, deliveredTo, held, done>>
                Accept(m) == /\\ m \\in msgs
                             /\\ m.rcpt = receipt[m.job]
                             /\\ done' = done \\cup {[job |-> m.job, worker |-> m.worker]}
                             /\\ UNCHANGED <<receipt, deliveredTo, held, msgs>>
                Next == (\\E w \\in Worker : Request(w)) \\/ (\\E m \\in msgs : Accept(m))
                Safe == \\A c \\in done : c.worker = deliveredTo[c.job]
                ====
                """);
        PredicateGrammar g = inferredToProve(outline, "Safe");
        assertTrue(g.predicates().containsAll(List.of("\\A m \\in msgs : m.rcpt = receipt[m.job]",
                "\\A m \\in msgs : (m.rcpt = receipt[m.job]) => (m.worker = deliveredTo[m.job])")), g.predicates().toString());
        assertTrue(g.predicates().stream().anyMatch(p -> p.endsWith("((held[VWORKER1] # None) => ((held[VWORKER1].rcpt = "
                + "receipt[held[VWORKER1].job]) => (VWORKER1 = deliveredTo[held[VWORKER1].job]))))")), g.predicates().toString());
    }

    @Test
    void aPropertyOfAnElementSetFromAMessageIsAskedOfTheMessageAndANameItBindsIsNotGuardedOutsideIt() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Closed ----
                EXTENDS Naturals, Sequences
                CONSTANTS Follower, MaxTs, MaxLog
                Ts == 1 .. MaxTs
                Max(a, b) == IF a >= b THEN a ELSE b
                VARIABLES log, pubs, applied, closed
                TypeOK == /\\ log \\in UNION {[1 .. n -> Ts] : n \\in 0 .. MaxLog}
                          /\\ pubs \\subseteq [ts : Ts, lai : 0 .. MaxLog]
                          /\\ applied \\in [Follower -> 0 .. MaxLog]
                          /\\ closed \\in [Follower -> 0 .. MaxTs]
                Activate(f, p) == /\\ p \\in pubs
                                  /\\ p.lai <= applied[f]
                                  /\\ closed' = [closed EXCEPT ![f] = Max(@, p.ts)]
                                  /\\ UNCHANGED <<log, pubs, applied>>
                Next == \\E f \\in Follower, p \\in pubs : Activate(f, p)
                Safe == \\A f \\in Follower : \\A i \\in 1 .. Len(log) : log[i] <= closed[f] => i <= applied[f]
                ====
                """);
        PredicateGrammar g = inferredToProve(outline, "Safe");
        assertTrue(g.predicates().containsAll(List.of("\\A p \\in pubs : \\A i \\in 1 .. Len(log) : log[i] <= p.ts => i <= p.lai",
                "\\A p \\in pubs : (p.lai <= applied[VFOLLOWER1]) => (\\A i \\in 1 .. Len(log) : log[i] <= (Max(closed[VFOLLOWER1], p.ts)) "
                        + "=> i <= applied[VFOLLOWER1])")), g.predicates().toString());
        assertTrue(g.predicates().stream().noneMatch(p -> p.contains("(i) \\in DOMAIN")), g.predicates().toString());
    }

    @Test
    void aMessageToAServerPastTheFirstIsToAnyAndAPropertyOfTheServersOfAChainIsAlsoSaidOfThoseBeforeOrAfterOne() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Chain ----
                EXTENDS Naturals
                CONSTANTS N, Write
                Server == 1 .. N
                VARIABLES chain, hist, msgs, acked
                TypeOK == /\\ chain \\in SUBSET Server \\ {{}}
                          /\\ hist \\in [Server -> SUBSET Write]
                          /\\ msgs \\subseteq [to : 2 .. N, w : Write]
                          /\\ acked \\subseteq Write
                Receive(m) == /\\ m \\in msgs
                              /\\ hist' = [hist EXCEPT ![m.to] = @ \\cup {m.w}]
                              /\\ UNCHANGED <<chain, msgs, acked>>
                Next == \\E m \\in msgs : Receive(m)
                Safe == \\A w \\in acked : \\A s \\in chain : w \\in hist[s]
                ====
                """);
        PredicateGrammar g = inferredToProve(outline, "Safe");
        assertTrue(g.predicates().containsAll(List.of("[to |-> VSERVER1, w |-> VWRITE1] \\in msgs",
                "\\A s \\in chain : s < VSERVER1 => (VWRITE1 \\in hist[s])", "\\A s \\in chain : VSERVER1 < s => (VWRITE1 \\in hist[s])")),
                g.predicates().toString());
    }

    @Test
    void messagesAMapBuildsAreQuantifiedOverTheSetByItsNameAndTwoRangesWithOneBoundGetTwoExistentialNames() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Snap ----
                EXTENDS Naturals, Sequences
                CONSTANTS Follower, Value, Max
                Msg == {[dest |-> f, data |-> d] :
                           f \\in Follower, d \\in SUBSET Value \\ {{}}}
                VARIABLES commit, msgs
                TypeOK == /\\ commit \\in 0 .. Max
                          /\\ msgs \\subseteq Msg
                Advance(k) == /\\ commit < k
                              /\\ commit' = k
                              /\\ UNCHANGED msgs
                Send(k) == /\\ k <= commit
                           /\\ msgs' = msgs \\cup {[dest |-> CHOOSE f \\in Follower : TRUE, data |-> Value]}
                           /\\ UNCHANGED commit
                Next == (\\E k \\in 1 .. Max : Advance(k)) \\/ (\\E k \\in 0 .. Max : Send(k))
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.prefix().contains("\\A VMSG1, VMSG2 \\in Msg :"), g.prefix());
        assertTrue(g.prefix().contains("\\E EMAX \\in 1 .. Max : \\E EMAXx \\in 0 .. Max :"), g.prefix());
    }

    @Test
    void entriesCopiedFromOneValueAreComparedAndMayLagOneStepBehindIt() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Epochs ----
                EXTENDS Naturals
                CONSTANTS Reader, Node
                Succ(e) == (e + 1) % 3
                VARIABLES global, local, retired
                TypeOK == /\\ global \\in 0 .. 2
                          /\\ local \\in [Reader -> 0 .. 2]
                          /\\ retired \\in [Node -> 0 .. 2]
                Enter(r) == /\\ local' = [local EXCEPT ![r] = global]
                            /\\ UNCHANGED <<global, retired>>
                Retire(n) == /\\ retired' = [retired EXCEPT ![n] = global]
                             /\\ UNCHANGED <<global, local>>
                Advance == /\\ global' = Succ(global)
                           /\\ UNCHANGED <<local, retired>>
                Next == (\\E r \\in Reader : Enter(r)) \\/ (\\E n \\in Node : Retire(n)) \\/ Advance
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("retired[VNODE1] = local[VREADER1]", "Succ(local[VREADER1]) = global",
                "Succ(retired[VNODE1]) = global")), g.predicates().toString());
    }

    @Test
    void anActionsLetIsReadThroughAndACounterSteppedUnderAGuardGivesTheGuardAtEveryValueItPassed() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Ring ----
                EXTENDS Naturals
                CONSTANTS N, None
                Node == 1 .. N
                Hop(i, h) == ((i - 1 + h) % N) + 1
                VARIABLES probe
                TypeOK == probe \\in [Node -> {None} \\cup 1 .. N]
                Forward(i) ==
                    LET h == probe[i]
                    IN  /\\ h \\in 1 .. (N - 1)
                        /\\ Hop(i, h) < i
                        /\\ probe' = [probe EXCEPT ![i] = h + 1]
                Next == \\E i \\in Node : Forward(i)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("Hop(VNODE1, (probe[VNODE1])) < VNODE1",
                "probe[VNODE1] \\in Nat => \\A k \\in 1 .. probe[VNODE1] - 1 : Hop(VNODE1, k) < VNODE1")), g.predicates().toString());
    }

    @Test
    void anOperatorAGuardAppliesToAStateValueRelatesTheSetsAndAnIndexReadFromTheStateIsGuarded() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Register ----
                EXTENDS Naturals
                CONSTANTS N, MaxVer, Data
                Replica == 1..N
                Version == 0..MaxVer
                Owner(v) == ((v - 1) % N) + 1
                VARIABLES ver, log, len
                TypeOK == /\\ ver \\in [Replica -> Version]
                          /\\ log \\in [Version -> Data]
                          /\\ len \\in Version
                Write(r) == /\\ Owner(ver[r] + 1) = r
                            /\\ ver' = [ver EXCEPT ![r] = ver[r] + 1]
                            /\\ UNCHANGED <<log, len>>
                Append(d) == /\\ log[len + 1] = d
                             /\\ len' = len + 1
                             /\\ UNCHANGED <<ver, log>>
                Next == (\\E r \\in Replica : Write(r)) \\/ (\\E d \\in Data : Append(d))
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("Owner(ver[VREPLICA1] + 1) = VREPLICA1", "Owner(VVERSION1) = VREPLICA1",
                "(len + 1) \\in DOMAIN log /\\ (log[len + 1] = VDATA1)")), g.predicates().toString());
    }

    @Test
    void aFixedRelationAnOperatorStatesBetweenAnActionsParametersIsAnAtom() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Terms ----
                EXTENDS Naturals
                CONSTANTS N, MaxTerm
                Node == 1..N
                Term == 1..MaxTerm
                Leader(t) == ((t - 1) % N) + 1
                VARIABLES term
                TypeOK == term \\in [Node -> Term]
                Start(n, t) == /\\ Leader(t) = n
                               /\\ n # t
                               /\\ term[n] < t
                               /\\ term' = [term EXCEPT ![n] = t]
                Next == \\E n \\in Node, t \\in Term : Start(n, t)
                ====
                """);
        List<String> predicates = inferred(outline).predicates();
        // The term's leader ties a node to a term; n # t compares two parameters and names no operator.
        assertTrue(predicates.contains("Leader(VTERM1) = VNODE1"), predicates.toString());
        assertTrue(predicates.stream().noneMatch(p -> p.contains("VNODE1 # VTERM1")), predicates.toString());
    }

    @Test
    void aPropertyOverARangeOfTheStateIsSaidAtItsEndsAndOnePastIt() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Tiers ----
                EXTENDS Naturals
                CONSTANTS NumSegments, SegmentSize
                Seg == 1..NumSegments
                MaxOffset == NumSegments * SegmentSize
                SegOf(o) == o \\div SegmentSize + 1
                VARIABLES leo, logStart, local, meta
                TypeOK == /\\ leo \\in 0..MaxOffset
                          /\\ logStart \\in 0..MaxOffset
                          /\\ local \\in SUBSET Seg
                          /\\ meta \\in [Seg -> {"none", "copied"}]
                Readable(o) == \\/ SegOf(o) \\in local
                               \\/ meta[SegOf(o)] = "copied"
                Append == /\\ leo < MaxOffset
                          /\\ leo' = leo + 1
                          /\\ local' = local \\cup {SegOf(leo + 1)}
                          /\\ UNCHANGED <<logStart, meta>>
                Next == Append
                NoOffsetLost == \\A o \\in logStart..(leo - 1) : Readable(o)
                ====
                """);
        List<String> predicates = inferredToProve(outline, "NoOffsetLost").predicates();
        // The append grows the range by the offset at leo: what the property says of it must hold before.
        assertTrue(predicates.containsAll(List.of("SegOf(leo) \\in local", "SegOf(logStart) \\in local",
                "(SegOf(leo)) \\in DOMAIN meta /\\ (meta[SegOf(leo)] = \"copied\")")), predicates.toString());
    }

    @Test
    void theFieldsOfRecordsOfDifferentShapesAreRelatedEachGuardedByTheShapesThatHaveIt() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Sync ----
                EXTENDS Naturals
                CONSTANTS Node, MaxTime, RTT
                Time == 0..MaxTime
                Intervals == {i \\in [lo : Time, hi : Time] : i.lo <= i.hi}
                SyncStates == [phase : {"idle"}]
                              \\cup [phase : {"waiting"}, timer : 0..RTT]
                              \\cup {r \\in [phase : {"replied"}, timer : 0..RTT, lo : Time, hi : Time] : r.lo <= r.hi}
                VARIABLES now, itv, sync
                TypeOK == /\\ now \\in Time
                          /\\ itv \\in [Node -> Intervals]
                          /\\ sync \\in [Node -> SyncStates]
                Tick == /\\ now < MaxTime
                        /\\ now' = now + 1
                        /\\ UNCHANGED <<itv, sync>>
                Next == Tick
                ====
                """);
        List<String> predicates = inferred(outline).predicates();
        // A reply's interval, widened by the ticks since it was sent, still holds the true time: its fields are
        // integers like now, read only where the slot holds a reply (or, for the timer, a request).
        assertTrue(predicates.containsAll(List.of("itv[VNODE1].lo <= now",
                "sync[VNODE1].phase = \"replied\" /\\ (sync[VNODE1].hi + sync[VNODE1].timer >= now)",
                "sync[VNODE1].phase \\in {\"waiting\", \"replied\"} /\\ (sync[VNODE1].timer <= now)")), predicates.toString());
        assertTrue(predicates.stream().noneMatch(p -> p.contains("VINTERVALS")), predicates.toString());
    }

    @Test
    void functionsAndRecordsNamedInsideATypeAreReadAsWrittenOutAndTheirIntegerEntriesAreTerms() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Flag ----
                EXTENDS Naturals
                CONSTANTS Replica, MaxEvents
                Dot == Replica \\X (1 .. MaxEvents)
                VV == [Replica -> 0 .. MaxEvents]
                State == [dots : SUBSET Dot, ctx : VV]
                VARIABLES dots, ctx, inbox
                TypeOK == /\\ dots \\in [Replica -> SUBSET Dot]
                          /\\ ctx \\in [Replica -> VV]
                          /\\ inbox \\in [Replica -> State]
                Send(r, s) == /\\ inbox' = [inbox EXCEPT ![s] = [dots |-> dots[r], ctx |-> ctx[r]]]
                              /\\ UNCHANGED <<dots, ctx>>
                Next == \\E r, s \\in Replica : Send(r, s)
                ====
                """);
        List<String> predicates = inferred(outline).predicates();
        // A dot in a state in transit is covered by that state's context, and was issued by its owner.
        assertTrue(predicates.containsAll(List.of("<<VREPLICA1, VMAXEVENTS1>> \\in inbox[VREPLICA2].dots",
                "VMAXEVENTS1 <= inbox[VREPLICA1].ctx[VREPLICA2]", "VMAXEVENTS1 <= ctx[VREPLICA1][VREPLICA1]")), predicates.toString());
        // Entries of entries are compared with thresholds, not summed in linear atoms.
        assertTrue(predicates.stream().noneMatch(p -> p.contains(" + ") && p.contains("ctx[")), predicates.toString());
    }

    @Test
    void thePartsOfTheSafetyPropertyAreAtomsOverTheGrammarsVariables() {
        String spec = """
                ---- MODULE ClientServer ----
                CONSTANTS Node, Request, Response
                VARIABLES match, sent, received
                TypeOK == /\\ match \\in SUBSET (Request \\X Response)
                          /\\ sent \\in SUBSET (Node \\X Request)
                          /\\ received \\in SUBSET (Node \\X Response)
                Answered ==
                    \\A n \\in Node, p \\in Response :
                        <<n, p>> \\in received => \\E q \\in Request : <<n, q>> \\in sent /\\ <<q, p>> \\in match
                ===========================
                """;
        ModuleOutline outline = ModuleOutline.of(spec);
        assertEquals("\\A n \\in Node, p \\in Response :\n        <<n, p>> \\in received => \\E q \\in Request : "
                + "<<n, q>> \\in sent /\\ <<q, p>> \\in match", outline.definition("Answered").get());
        PredicateGrammar g = inferredToProve(outline, "Answered");
        assertTrue(g.predicates().contains("\\E q \\in Request : <<VNODE1, q>> \\in sent /\\ <<q, VRESPONSE1>> \\in match"),
                g.predicates().toString());
    }

    @Test
    void toProveAPropertyTheSpecsOwnStateInvariantsGiveTheirOperatorsAsAtomsButItsTemporalFormulasAndActionsDoNot() {
        ModuleOutline outline = ModuleOutline.of(CONSENSUS.replace("====\n", """
                VotedFor(n, v) == <<n, v>> \\in vote
                Unanimous(v) == \\A n \\in Node : VotedFor(n, v)
                DecidedWasVoted == \\A v \\in Value : v \\in decided => \\E Q \\in Quorum : \\A n \\in Q : VotedFor(n, v)
                Stable == \\A v \\in Value : [](v \\in decided => Unanimous(v))
                Step == \\A n \\in Node : voted' = voted
                ====
                """));
        TypeDomain types = TypeDomain.read("TypeOK", outline.definition("TypeOK").get(), outline.variables());
        PredicateGrammar g = PredicateGrammar.inferred(outline, types, 3, "Next", Optional.of("\\A v \\in Value : v \\in decided => Unanimous(v)"));
        assertTrue(g.predicates().contains("\\E Q \\in Quorum : \\A n \\in Q : VotedFor(n, VVALUE1)"), g.predicates().toString());
        assertTrue(g.predicates().contains("DecidedWasVoted") && !g.predicates().contains("Stable"), g.predicates().toString());
        assertTrue(g.predicates().stream().noneMatch(p -> p.contains("'") || p.contains("[]")), g.predicates().toString());
        // A drafter looks for the invariants a spec does not state: it is not given those it does.
        assertTrue(PredicateGrammar.inferred(outline, types, 3, "Next").predicates().stream().noneMatch(p -> p.contains("VotedFor")));
    }

    @Test
    void anOrderTheSafetyPropertyUsesRelatesValuesOfItsKindAndCountsQuorumsHoldingThem() {
        String spec = """
                ---- MODULE Register ----
                EXTENDS Integers, FiniteSets
                CONSTANTS Replica, Client, QuorumSize
                VARIABLES stamp, seen, replied, done
                Stamp == (0..2) \\X Client
                Before(a, b) == a[1] < b[1] \\/ (a[1] = b[1] /\\ a[2] <= b[2])
                TypeOK == /\\ stamp \\in [Replica -> Stamp]
                          /\\ seen \\in [Client -> Stamp]
                          /\\ replied \\in [Client -> SUBSET Replica]
                          /\\ done \\in Stamp \\cup {<<0, 0>>}
                Reply(c, r) == /\\ Cardinality(replied[c]) < QuorumSize
                               /\\ replied' = [replied EXCEPT ![c] = @ \\cup {r}]
                               /\\ UNCHANGED <<stamp, seen, done>>
                Next == \\E c \\in Client, r \\in Replica : Reply(c, r)
                ReadsLatest == \\A c \\in Client : Before(done, seen[c])
                ====
                """;
        ModuleOutline outline = ModuleOutline.of(spec);
        PredicateGrammar g = inferredToProve(outline, "ReadsLatest");
        assertTrue(g.predicates().containsAll(List.of("Before(done, seen[VCLIENT1])",
                "Before(stamp[VREPLICA1], done)", "Before(seen[VCLIENT1], stamp[VREPLICA1])",
                "Before(stamp[VREPLICA1], stamp[VREPLICA2])", "Before(seen[VCLIENT1], seen[VCLIENT2])",
                "Cardinality({x \\in Replica : Before(done, stamp[x])}) >= QuorumSize",
                "Cardinality({x \\in Replica : Before(seen[VCLIENT1], stamp[x]) /\\ x \\notin replied[VCLIENT1]}) >= QuorumSize")),
                g.predicates().toString());
        // Only the grammar's first variables are compared across kinds, and a count reads no second variable.
        assertTrue(g.predicates().stream().noneMatch(p -> p.contains("Before(stamp[VREPLICA2]") || p.contains("replied[VCLIENT2]}")),
                g.predicates().toString());
    }

    @Test
    void aSetWrittenWithCommasAndBracesInsideIsOneBindingOfTheLemma() {
        PredicateGrammar g = new PredicateGrammar("\\A M \\in {[to |-> f, data |-> d] : f \\in F, d \\in SUBSET V \\ {{}}} :",
                List.of("M \\in msgs"), 3, "test");
        assertEquals("M \\in {[to |-> f, data |-> d] : f \\in F, d \\in SUBSET V \\ {{}}}", g.bindings());
        assertEquals("\\A M \\in {[to |-> f, data |-> d] : f \\in F, d \\in SUBSET V \\ {{}}} : (M \\in msgs)",
                g.lemma(new PredicateGrammar.Clause(new int[] {0}, 0)));
        assertTrue(g.features().endsWith(" : M \\in {[to |-> f, data |-> d] : f \\in F, d \\in SUBSET V \\ {{}}}})"), g.features());
    }

    @Test
    void aLemmaQuantifiesOnlyOverTheVariablesItUses() {
        PredicateGrammar g = new PredicateGrammar("\\A I, J \\in Node : \\E Q \\in Quorum :", List.of("x[I]", "I \\in Q", "y"), 3, "test");
        assertEquals("\\A I \\in Node : ~(x[I])", g.lemma(new PredicateGrammar.Clause(new int[] {0}, 1)));
        assertEquals("\\A I \\in Node : \\E Q \\in Quorum : (x[I]) \\/ (I \\in Q)",
                g.lemma(new PredicateGrammar.Clause(new int[] {0, 1}, 0)));
        // Each atom takes the variables it mentions, and is evaluated once per binding of them, in a table per list of
        // variables; a row packs its truth values into the bits of an integer, each level adding the tables it binds.
        assertEquals("(LET InvarValues_0 == <<InvarAtom_2>> "
                + "InvarTable_0 == LET InvarWhole == [I \\in Node |-> <<(IF InvarAtom_0(I) THEN 1 ELSE 0)>>] "
                + "IN IF InvarWhole = InvarWhole THEN InvarWhole ELSE InvarWhole "
                + "InvarTable_1 == LET InvarWhole == [I \\in Node, Q \\in Quorum |-> <<(IF InvarAtom_1(I, Q) THEN 2 ELSE 0)>>] "
                + "IN IF InvarWhole = InvarWhole THEN InvarWhole ELSE InvarWhole "
                + "InvarPacked_0 == <<(IF InvarValues_0[1] THEN 4 ELSE 0)>> IN UNION {(LET InvarLooked_0 == InvarTable_0[I] "
                + "InvarPacked_1 == <<InvarPacked_0[1] + InvarLooked_0[1]>> IN UNION {{{(LET InvarLooked_1 == InvarTable_1[I, Q] "
                + "IN <<InvarPacked_1[1] + InvarLooked_1[1]>>) : Q \\in Quorum}} : J \\in Node}) : I \\in Node})", g.features());
        assertEquals(List.of("InvarAtom_0(I) == x[I]", "InvarAtom_1(I, Q) == I \\in Q", "InvarAtom_2 == y"), g.definitions());
    }

    @Test
    void endiveConfigGivesTheGrammarAndABrokenFileOneLocatedLine(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("config.json"), """
                {"preds": ["x[VARI]", "VARI \\\\in s"], "preds_alt": [], "safety": "Safe", "typeok": "TypeOK",
                 "quant_inv": "\\\\A VARI \\\\in Node : ", "constants": "CONSTANT Node = {n1, n2}"}
                """);
        EndiveConfig config = EndiveConfig.read(good);
        assertEquals(List.of("x[VARI]", "VARI \\in s"), config.grammar().predicates());
        assertEquals("Safe", config.safety().orElseThrow());
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"preds\": [\n  \"x\",\n}");
        ProofException e = org.junit.jupiter.api.Assertions.assertThrows(ProofException.class, () -> EndiveConfig.read(bad));
        assertTrue(e.getMessage().startsWith(bad + ":3:"), e.getMessage());
    }

    @Test
    void aConstantSetOfElementsOfADomainIsAnAtomOverItsVariables() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Heap ----
                CONSTANTS Obj, Roots, Spare
                VARIABLES color, free
                TypeOK ==
                    /\\ color \\in [Obj -> {"white", "grey"}]
                    /\\ free \\subseteq Obj
                Init ==
                    /\\ color = [x \\in Obj |-> "white"]
                    /\\ free = Obj \\ Roots
                ShadeRoots ==
                    /\\ color' = [x \\in Obj |-> IF x \\in Roots THEN "grey" ELSE color[x]]
                    /\\ UNCHANGED free
                Next == ShadeRoots \\/ (free' = free \\cup Spare /\\ UNCHANGED color)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("VOBJ1 \\in Roots", "VOBJ2 \\in Roots")), g.predicates().toString());
        // Spare is never taken from Obj nor asked about an element of it.
        assertTrue(g.predicates().stream().noneMatch(p -> p.contains("\\in Spare")), g.predicates().toString());
    }

    @Test
    void theRecordsInALogAreAtomsAsTheMessagesInASetAre() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Fenced ----
                EXTENDS Naturals, Sequences
                CONSTANTS Node, MaxVer
                VARIABLES log, ver
                TypeOK ==
                    /\\ log \\in Seq([writer : Node, ver : 1..MaxVer])
                    /\\ ver \\in 0..MaxVer
                Init == log = <<>> /\\ ver = 0
                Write(n) == log' = Append(log, [writer |-> n, ver |-> ver]) /\\ UNCHANGED ver
                Next == \\E n \\in Node : Write(n)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("log = <<>>", "\\A m \\in {log[k] : k \\in DOMAIN log} : m.ver <= ver")),
                g.predicates().toString());
        assertTrue(g.predicates().stream().anyMatch(p -> p.matches("\\[writer \\|-> VNODE1, ver \\|-> .*\\] \\\\in \\{log\\[k\\] : k \\\\in DOMAIN log\\}")),
                g.predicates().toString());
    }

    @Test
    void theConditionOfAValueChosenByIfIsAnAtomAndAPredicateOfOneValueIsSaidOfTheOthersOfItsKind() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Seq ----
                EXTENDS Naturals
                CONSTANTS Readers, MaxSeq
                VARIABLES seq, rseq, rpc
                TypeOK ==
                    /\\ seq \\in 0..MaxSeq
                    /\\ rseq \\in [Readers -> 0..MaxSeq]
                    /\\ rpc \\in [Readers -> {"begin", "check", "done"}]
                Odd(n) == n % 2 = 1
                Init == seq = 0 /\\ rseq = [r \\in Readers |-> 0] /\\ rpc = [r \\in Readers |-> "begin"]
                Write == seq < MaxSeq /\\ seq' = seq + 1 /\\ UNCHANGED <<rseq, rpc>>
                Check(r) ==
                    /\\ rpc[r] = "check"
                    /\\ rpc' = [rpc EXCEPT ![r] = IF seq = rseq[r] /\\ ~Odd(rseq[r]) THEN "done" ELSE "begin"]
                    /\\ UNCHANGED <<seq, rseq>>
                Next == Write \\/ \\E r \\in Readers : Check(r)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("seq = rseq[VREADERS1]", "Odd(rseq[VREADERS1])", "Odd(seq)")),
                g.predicates().toString());
    }

    @Test
    void oneColumnIsComparedAcrossRowsAndAConditionIsReadFromAnUpdateOfItsOldValue() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Lengths ----
                EXTENDS Naturals
                CONSTANTS Replica, Element, Max
                VARIABLES len, sent
                TypeOK ==
                    /\\ len \\in [Replica -> [Element -> 0..Max]]
                    /\\ sent \\in 0..Max
                Init == len = [r \\in Replica |-> [e \\in Element |-> 0]] /\\ sent = 0
                Bump(r, e) ==
                    /\\ len[r][e] < Max
                    /\\ len' = [len EXCEPT ![r][e] = IF sent < len[r][e] THEN @ + 1 ELSE @]
                    /\\ UNCHANGED sent
                Next == \\E r \\in Replica, e \\in Element : Bump(r, e)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("len[VREPLICA1][VELEMENT1] <= len[VREPLICA2][VELEMENT1]",
                "len[VREPLICA1][VELEMENT1] = len[VREPLICA2][VELEMENT1]", "sent < len[VREPLICA1][VELEMENT1]")), g.predicates().toString());
    }

    @Test
    void whatALoopAtAControlPointHasTakenOutOfItsWorklistIsOneAtomOfEitherProcess() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Scan ----
                CONSTANT Proc
                VARIABLES pc, flag, unchecked
                TypeOK ==
                    /\\ pc \\in [Proc -> {"L0", "L1", "cs"}]
                    /\\ flag \\in [Proc -> BOOLEAN]
                    /\\ unchecked \\in [Proc -> SUBSET Proc]
                Init == pc = [p \\in Proc |-> "L0"] /\\ flag = [p \\in Proc |-> FALSE] /\\ unchecked = [p \\in Proc |-> {}]
                L0(p) ==
                    /\\ pc[p] = "L0"
                    /\\ flag' = [flag EXCEPT ![p] = TRUE]
                    /\\ unchecked' = [unchecked EXCEPT ![p] = Proc \\ {p}]
                    /\\ pc' = [pc EXCEPT ![p] = "L1"]
                L1(p) ==
                    /\\ pc[p] = "L1"
                    /\\ IF unchecked[p] = {}
                         THEN /\\ pc' = [pc EXCEPT ![p] = "cs"]
                              /\\ UNCHANGED unchecked
                         ELSE \\E q \\in unchecked[p] :
                                /\\ ~flag[q]
                                /\\ unchecked' = [unchecked EXCEPT ![p] = @ \\ {q}]
                                /\\ UNCHANGED pc
                    /\\ UNCHANGED flag
                Next == \\E p \\in Proc : L0(p) \\/ L1(p)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of("pc[VPROC1] = \"L1\" /\\ VPROC2 \\notin unchecked[VPROC1]",
                "pc[VPROC2] = \"L1\" /\\ VPROC1 \\notin unchecked[VPROC2]")), g.predicates().toString());
    }

    @Test
    void twoFieldsOfAStateSentWholeAreRelatedInsideTheQuantifierOverMessages() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Vectors ----
                EXTENDS Naturals
                CONSTANTS Replica, Max
                VARIABLES val, vv, msgs
                Upd == Replica \\X (1..Max)
                TypeOK ==
                    /\\ val \\in [Replica -> SUBSET Upd]
                    /\\ vv \\in [Replica -> [Replica -> 0..Max]]
                    /\\ msgs \\in SUBSET [val : SUBSET Upd, vv : [Replica -> 0..Max]]
                Init == val = [r \\in Replica |-> {}] /\\ vv = [r \\in Replica |-> [q \\in Replica |-> 0]] /\\ msgs = {}
                Update(r) ==
                    /\\ vv[r][r] < Max
                    /\\ vv' = [vv EXCEPT ![r][r] = @ + 1]
                    /\\ val' = [val EXCEPT ![r] = @ \\cup {<<r, vv[r][r] + 1>>}]
                    /\\ UNCHANGED msgs
                Send(r) == msgs' = msgs \\cup {[val |-> val[r], vv |-> vv[r]]} /\\ UNCHANGED <<val, vv>>
                Next == \\E r \\in Replica : Update(r) \\/ Send(r)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().stream().anyMatch(p -> p.matches("\\\\A m \\\\in msgs : <<VREPLICA\\d, VMAX\\d>> \\\\in m\\.val => m\\.vv\\[VREPLICA\\d\\] = Max")),
                g.predicates().toString());
        // Not of a message against a replica: that relates the message to the state, not its fields to each other.
        assertTrue(g.predicates().stream().noneMatch(p -> p.startsWith("\\A m \\in msgs : ") && p.contains(" => ") && p.contains(" vv[")),
                g.predicates().toString());
    }

    @Test
    void aValueADeliveryMergesByMaximumIsCoveredAtItsEntryOrInFlightToIt() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Lengths ----
                EXTENDS Naturals
                CONSTANTS Replica, Element, MaxLen
                VARIABLES len, msgs
                Message == [dst : Replica, elem : Element, len : 1..MaxLen]
                TypeOK == len \\in [Replica -> [Element -> 0..MaxLen]] /\\ msgs \\in SUBSET Message
                Init == len = [r \\in Replica |-> [e \\in Element |-> 0]] /\\ msgs = {}
                Max(a, b) == IF a >= b THEN a ELSE b
                Bump(r, e) ==
                    /\\ len[r][e] < MaxLen
                    /\\ len' = [len EXCEPT ![r][e] = @ + 1]
                    /\\ msgs' = msgs \\cup {[dst |-> d, elem |-> e, len |-> len[r][e] + 1] : d \\in Replica \\ {r}}
                Deliver(m) ==
                    /\\ len' = [len EXCEPT ![m.dst][m.elem] = Max(@, m.len)]
                    /\\ msgs' = msgs \\ {m}
                Next == (\\E r \\in Replica, e \\in Element : Bump(r, e)) \\/ (\\E m \\in msgs : Deliver(m))
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().containsAll(List.of(
                "\\E m \\in msgs : m.dst = VREPLICA1 /\\ m.elem = VELEMENT1 /\\ m.len >= len[VREPLICA2][VELEMENT1]",
                "\\A m \\in msgs : (len[VREPLICA1][m.elem] >= m.len \\/ \\E mx \\in msgs : mx.dst = VREPLICA1 /\\ mx.elem = m.elem"
                        + " /\\ mx.len >= m.len)")), g.predicates().toString());
        // Bump adds one to the old value: not a merge.
        assertTrue(g.predicates().stream().noneMatch(p -> p.contains(">= len[VREPLICA1][VELEMENT1]")), g.predicates().toString());
    }

    @Test
    void aStateOfRecordsWrittenOutAndOfRecordSetsHasFieldAtomsAndAFieldNamedAsAParameterIsNotRenamed() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Recovery ----
                EXTENDS Naturals
                CONSTANTS Node, N
                VARIABLES stored, rec
                RecState == {[st |-> "idle"], [st |-> "fencing"]} \\cup [st : {"reading"}, e : 1..N, neg : SUBSET Node]
                            \\cup [st : {"closed"}, last : 0..N]
                TypeOK == stored \\in [Node -> SUBSET (1..N)] /\\ rec \\in RecState
                Init == stored = [n \\in Node |-> {}] /\\ rec = [st |-> "idle"]
                Write(n, e) ==
                    /\\ rec.st = "reading"
                    /\\ e < rec.e
                    /\\ stored' = [stored EXCEPT ![n] = @ \\cup {e}]
                    /\\ UNCHANGED rec
                Next == \\E n \\in Node, e \\in 1..N : Write(n, e)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertFalse(g.prefix().contains("RecState"), g.prefix());
        assertTrue(g.predicates().containsAll(List.of("rec.st = \"idle\"", "rec.st = \"reading\" /\\ (VNODE1 \\in rec.neg)",
                "rec.st = \"reading\" /\\ (VN1 < rec.e)")), g.predicates().toString());
        // No atom about fields of two different shapes at once.
        assertTrue(g.predicates().stream().noneMatch(p -> p.contains("\\in {}")), g.predicates().toString());
    }

    @Test
    void aFunctionOverSomePairsHasAtomsAtPairsOfDifferentValuesInItsDomain() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Transfers ----
                CONSTANTS Owner, Client
                VARIABLES xfer
                Holder == Client \\cup {Owner}
                Pair == {pr \\in Holder \\X Client : pr[1] # pr[2]}
                TypeOK == xfer \\in [Pair -> {"idle", "sent"}]
                Init == xfer = [pr \\in Pair |-> "idle"]
                Send(s, c) == xfer[<<s, c>>] = "idle" /\\ xfer' = [xfer EXCEPT ![<<s, c>>] = "sent"]
                Next == \\E pr \\in Pair : Send(pr[1], pr[2])
                ====
                """);
        PredicateGrammar g = inferredToProve(outline, "\\A c \\in Client : c \\in Client");
        assertTrue(g.predicates().containsAll(List.of(
                "<<VCLIENT1, VCLIENT2>> \\in DOMAIN xfer /\\ (xfer[<<VCLIENT1, VCLIENT2>>] = \"sent\")",
                "<<Owner, VCLIENT1>> \\in DOMAIN xfer /\\ (xfer[<<Owner, VCLIENT1>>] = \"idle\")",
                "\\E x \\in Holder : <<x, VCLIENT1>> \\in DOMAIN xfer /\\ xfer[<<x, VCLIENT1>>] = \"sent\"")), g.predicates().toString());
        assertFalse(g.prefix().contains("Holder"), g.prefix());
    }

    @Test
    void aPredicateTheSpecDefinesIsAnAtomOverTheSetsItsParametersAreQuantifiedOver() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Commits ----
                EXTENDS Sequences
                CONSTANTS Server, Write
                VARIABLES clog, tent
                TypeOK == clog \\in [Server -> Seq(Write)] /\\ tent \\in [Server -> SUBSET Write]
                Init == clog = [s \\in Server |-> <<>>] /\\ tent = [s \\in Server |-> {}]
                Committed(s, w) == \\E i \\in DOMAIN clog[s] : clog[s][i] = w
                Size(s) == Len(clog[s])
                Grows(s) == <>(clog[s] # <<>>)
                Commit(s, w) == w \\in tent[s] /\\ clog' = [clog EXCEPT ![s] = Append(@, w)] /\\ tent' = [tent EXCEPT ![s] = @ \\ {w}]
                Next == \\E s \\in Server, w \\in Write : Commit(s, w)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        assertTrue(g.predicates().contains("Committed(VSERVER1, VWRITE1)"), g.predicates().toString());
        // A value, and a temporal formula: not predicates of one state.
        assertTrue(g.predicates().stream().noneMatch(p -> p.startsWith("Size(") || p.startsWith("Grows(")), g.predicates().toString());
    }

    @Test
    void aSetOfElementsOrASentinelIsReadThroughTheElementsAndLeavesRoomInThePrefix() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Stack ----
                CONSTANTS Node, Thread, Null, MaxTag
                Ptr == Node \\cup {Null}
                Tag == 0..MaxTag
                VARIABLES top, tag, next, loc
                TypeOK == top \\in Ptr /\\ tag \\in Tag /\\ next \\in [Node -> Ptr] /\\ loc \\in [Thread -> [pc : {"idle", "pop"}, ptr : Ptr]]
                Init == top = Null /\\ tag = 0 /\\ next = [n \\in Node |-> Null] /\\ loc = [t \\in Thread |-> [pc |-> "idle", ptr |-> Null]]
                Read(t) == loc[t].pc = "idle" /\\ top # Null /\\ loc' = [loc EXCEPT ![t] = [pc |-> "pop", ptr |-> top]] /\\ UNCHANGED <<top, tag, next>>
                Next == \\E t \\in Thread : Read(t)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        // Ptr says again what Node and Null say: the thread, not Ptr, is the prefix's third set.
        assertEquals("\\A VNODE1, VNODE2 \\in Node : \\A VTAG1, VTAG2 \\in Tag : \\A VTHREAD1, VTHREAD2 \\in Thread :", g.prefix());
        assertTrue(g.predicates().containsAll(List.of("top = VNODE1", "top = Null", "next[VNODE1] = Null", "loc[VTHREAD1].ptr = VNODE2")),
                g.predicates().toString());
    }

    @Test
    void anOrderOfANumberOrASentinelIsGuardedAndAForbiddenCombinationsPartsAreAtoms() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Snapshot ----
                CONSTANTS Partition, None
                Time == 0..3
                VARIABLES clock, prepTs, learned, snap, res
                TypeOK == clock \\in [Partition -> Time] /\\ prepTs \\in [Partition -> Time \\cup {None}] /\\ learned \\in SUBSET Partition
                    /\\ snap \\in Time \\cup {None} /\\ res \\in [Partition -> {"none", "v0"}]
                Init == clock = [p \\in Partition |-> 0] /\\ prepTs = [p \\in Partition |-> None] /\\ learned = {} /\\ snap = None
                    /\\ res = [p \\in Partition |-> "none"]
                Read(p) ==
                    /\\ snap # None
                    /\\ clock[p] > snap
                    /\\ ~(prepTs[p] # None /\\ p \\notin learned /\\ prepTs[p] <= snap)
                    /\\ res' = [res EXCEPT ![p] = "v0"]
                    /\\ UNCHANGED <<clock, prepTs, learned, snap>>
                Next == \\E p \\in Partition : Read(p)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        // TLC compares no None with a number: each order is guarded, unless the atom tests that term itself.
        assertTrue(g.predicates().containsAll(List.of("snap # None /\\ (clock[VPARTITION1] > snap)",
                "snap # None /\\ (~(prepTs[VPARTITION1] # None /\\ VPARTITION1 \\notin learned /\\ prepTs[VPARTITION1] <= snap))",
                "prepTs[VPARTITION1] # None /\\ snap # None /\\ (prepTs[VPARTITION1] <= snap)")), g.predicates().toString());
    }

    @Test
    void aQuorumAStepWaitsForThatCanNoLongerFormIsAnAtom() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Ballots ----
                CONSTANTS Replica, Quorum, Ballot
                VARIABLES promised, acceptedBy, committed
                TypeOK == promised \\in [Replica -> 0..2] /\\ acceptedBy \\in [Ballot -> SUBSET Replica] /\\ committed \\in SUBSET Ballot
                Init == promised = [r \\in Replica |-> 0] /\\ acceptedBy = [b \\in Ballot |-> {}] /\\ committed = {}
                Accept(r, b) ==
                    /\\ promised[r] <= b
                    /\\ acceptedBy' = [acceptedBy EXCEPT ![b] = @ \\cup {r}]
                    /\\ promised' = [promised EXCEPT ![r] = b]
                    /\\ UNCHANGED committed
                Commit(b) ==
                    /\\ \\E Q \\in Quorum : Q \\subseteq acceptedBy[b]
                    /\\ committed' = committed \\cup {b}
                    /\\ UNCHANGED <<promised, acceptedBy>>
                Next == \\E r \\in Replica, b \\in Ballot : Accept(r, b) \\/ Commit(b)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        // Every quorum has a member that has not accepted the ballot and, promised to a later one, never will.
        assertTrue(g.predicates().contains(
                "\\A Q \\in Quorum : \\E q \\in Q : q \\notin acceptedBy[VBALLOT1] /\\ (~(promised[q] <= VBALLOT1))"), g.predicates().toString());
    }

    @Test
    void aPropertyOverARangeUpToAVariableIsSaidOfAnyNumberAndAnOperatorAppliedToATestedValueIsGuardedByTheTest() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Wal ----
                EXTENDS Naturals
                CONSTANTS Page, MaxLSN, None, Out
                LSN == 1 .. MaxLSN
                VARIABLES log, flushed, buf, disk, mode
                TypeOK == /\\ log \\in [LSN -> Page \\cup {None}]
                          /\\ flushed \\in 0 .. MaxLSN
                          /\\ buf \\in [Page -> (0 .. MaxLSN) \\cup {Out}]
                          /\\ disk \\in [Page -> 0 .. MaxLSN]
                          /\\ mode \\in {"up", "redo"}
                PageLSN(p) == IF buf[p] = Out THEN disk[p] ELSE buf[p]
                Flush == flushed < MaxLSN /\\ flushed' = flushed + 1 /\\ UNCHANGED <<log, buf, disk, mode>>
                Next == Flush
                Reflected == mode = "up" => \\A l \\in 1 .. flushed : log[l] \\in Page => PageLSN(log[l]) >= l
                ====
                """);
        PredicateGrammar g = inferredToProve(outline, "Reflected");
        // What the property says of each LSN up to the flushed one is said of any, beside VLSN1 <= flushed; PageLSN is
        // undefined at None, so its atom keeps the premise that the entry is a page.
        assertTrue(g.predicates().containsAll(List.of("log[VLSN1] \\in Page", "log[VLSN1] \\in Page /\\ (PageLSN(log[VLSN1]) >= VLSN1)",
                "VLSN1 <= flushed")), g.predicates().toString());
    }

    @Test
    void aSingletonIsAValueAFunctionOverElementsOrASentinelIsReadAtBothAndAnInnerRangeIsAMemberToo() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Table ----
                EXTENDS Naturals
                CONSTANTS Writer, InitFile, MaxSnap
                File == {InitFile} \\cup Writer
                Snap == 0 .. MaxSnap
                NewSnap == 1 .. MaxSnap
                VARIABLES snapFiles, live, fstate
                TypeOK == /\\ snapFiles \\in [NewSnap -> SUBSET File]
                          /\\ live \\in SUBSET Snap
                          /\\ fstate \\in [File -> {"none", "stored", "doomed"}]
                Delete(f) == fstate[f] = "doomed" /\\ fstate' = [fstate EXCEPT ![f] = "none"] /\\ UNCHANGED <<snapFiles, live>>
                Next == \\E f \\in File : Delete(f)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        // {InitFile} takes no place in the prefix: the writers, whose files the lemmas are about, have it.
        assertFalse(g.prefix().contains("{InitFile}"), g.prefix());
        assertTrue(g.prefix().contains("VWRITER1"), g.prefix());
        assertTrue(g.predicates().containsAll(List.of("InitFile \\in snapFiles[VNEWSNAP1]", "fstate[VWRITER1] = \"doomed\"",
                "fstate[InitFile] = \"doomed\"", "VNEWSNAP1 \\in live")), g.predicates().toString());
    }

    @Test
    void aUnionOfRecordSetsThatStartsAndEndsWithABracketIsNotReadAsOneRecordSet() {
        ModuleOutline outline = ModuleOutline.of("""
                ---- MODULE Ring ----
                CONSTANTS Procs, Rounds
                Dir == {"left", "right"}
                LocalStates ==
                    [st : {"active"}, rnd : Rounds, got : {"none"}]
                    \\cup [st : {"active"}, rnd : Rounds, got : Dir]
                    \\cup [st : {"leader"}]
                VARIABLE proc
                TypeOK == proc \\in [Procs -> LocalStates]
                Lead(p) == proc[p].st = "active" /\\ proc' = [proc EXCEPT ![p] = [st |-> "leader"]]
                Next == \\E p \\in Procs : Lead(p)
                ====
                """);
        PredicateGrammar g = inferred(outline);
        // Read as one record set, its fields ran across the union: got's values were "none"}] \cup [st : {"active".
        assertTrue(g.predicates().stream().noneMatch(p -> p.contains("}]")), g.predicates().toString());
        assertTrue(g.predicates().containsAll(List.of("\"got\" \\in DOMAIN proc[VPROCS1] /\\ (proc[VPROCS1].got = \"none\")",
                "proc[VPROCS1].st = \"leader\"")),
                g.predicates().toString());
    }

    /** The grammar inferred from a module's TypeOK and Next, with lemmas of up to three literals. */
    private static PredicateGrammar inferred(ModuleOutline outline) {
        return inferred(outline, "Next");
    }

    /** The same, with the parts of the safety property {@code safety} as atoms too. */
    private static PredicateGrammar inferredToProve(ModuleOutline outline, String safety) {
        return PredicateGrammar.inferred(outline, TypeDomain.read("TypeOK", outline.definition("TypeOK").get(), outline.variables()), 3,
                "Next", java.util.Optional.of(safety));
    }

    /** The same with the actions of {@code next}. */
    private static PredicateGrammar inferred(ModuleOutline outline, String next) {
        return PredicateGrammar.inferred(outline, TypeDomain.read("TypeOK", outline.definition("TypeOK").get(), outline.variables()), 3, next);
    }
}
