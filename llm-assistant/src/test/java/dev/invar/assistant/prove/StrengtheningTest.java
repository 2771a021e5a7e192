package dev.invar.assistant.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.ModuleOutline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StrengtheningTest {
    /** x in 0..9: 5 steps to the unsafe 9, 6 steps to 7, 0 and 1 are reachable; other states stay where they are. */
    private static final String LANDING = """
                VARIABLE x
                TypeOK == x \\in 0..9
                Init == x = 0
                Next == x' = CASE x = 0 -> 1 [] x = 1 -> 0 [] x = 5 -> 9 [] x = 6 -> 7 [] OTHER -> x
                Safety == x # 9
                """;

    @Test
    void findsLemmasThatMakeMutualExclusionInductiveWithAnInferredGrammar() throws Exception {
        CheckRequest model = CheckRequest.builder(InductiveCheckTest.LOCK).build();
        InductiveCheck check = new InductiveCheck(InductiveCheckTest.RUNNER, model, "TypeOK", InductionOptions.defaults());
        ProofSearch search = mutualExclusion(model, check, 10);
        assertEquals(ProofSearch.Status.INDUCTIVE, search.status(), search.toString());
        assertFalse(search.lemmas().isEmpty());
        // The invariant found is inductive when checked again from scratch.
        InductionResult again = check.check(search.invariant(), Optional.of("MutualExclusion"));
        assertTrue(again.inductive(), again.claim());
    }

    @Test
    void aSampledSearchEndsOnlyWhenThreeIndependentSamplesShowNoCounterexample() throws Exception {
        CheckRequest model = CheckRequest.builder(InductiveCheckTest.LOCK).seed(7).workers(1).build();
        InductiveCheck check = new InductiveCheck(InductiveCheckTest.RUNNER, model, "TypeOK", new InductionOptions(10, 40, 400));
        ProofSearch search = mutualExclusion(model, check, 20);
        assertEquals(ProofSearch.Status.INDUCTIVE, search.status(), search.toString());
        InductionResult last = search.result().orElseThrow();
        // Each round draws another sample: the seed plus the round's number; the last three showed nothing.
        assertEquals(3, last.seeds().size(), last.claim());
        assertEquals(3, java.util.Set.copyOf(last.seeds()).size(), last.claim());
        assertTrue(last.seeds().stream().allMatch(s -> s >= 7 && s < 7 + search.rounds()), last.claim());
        assertTrue(last.claim().contains("over 3 independent samples of "), last.claim());
        // The last of them looked next to every reachable state.
        assertEquals(last.reachableStates(), last.nearReachable(), last.claim());
        assertTrue(last.claim().contains("one change away from the " + last.reachableStates() + " reachable ones"), last.claim());
        assertTrue(search.rounds() >= 3, search.toString());
    }

    @Test
    void aSearchOverManyTypeCorrectStatesLooksAtASampleFirstAndEndsOnlyWithAllOfThem(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        // 301 * 301 = 90,601 type-correct states, enumerated: the rounds with CTIs may find them in a smaller sample
        // first, but only a check of every state ends the search.
        ProofSearch search = safetySearch(dir, "Wide", """
                VARIABLES x, y
                TypeOK == x \\in 0..300 /\\ y \\in 0..300
                Init == x = 0 /\\ y = 0
                Next == /\\ x' = CASE x = 0 -> 1 [] x = 1 -> 0 [] x = 5 -> 9 [] x = 6 -> 7 [] OTHER -> x
                        /\\ UNCHANGED y
                Safety == x # 9
                """, c -> new PredicateGrammar("", java.util.List.of("x = 5", "x = 6"), 1, "test"));
        assertEquals(ProofSearch.Status.INDUCTIVE, search.status(), search.toString());
        InductionResult last = search.result().orElseThrow();
        assertTrue(last.exhaustive(), last.claim());
        assertTrue(last.claim().contains("exhaustively, over all 90,601 type-correct states"), last.claim());
        assertTrue(search.lemmas().stream().anyMatch(l -> l.expression().equals("~(x = 5)")), search.toString());
    }

    @Test
    void aStateOfTheInvariantASampledCheckReachesByAStepAndCannotStepFromIsRuledOutLikeACounterexample(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // From (20, 1) TLC cannot evaluate Next. A sample of ten states seldom holds it, but it holds states (x, 1) that
        // step to it, and a sampled check follows steps that stay in the invariant: TLC stops there with a behaviour of
        // two states. The search rules (20, 1) out as it rules out a state of one; it used to end failed.
        Path spec = dir.resolve("Deep.tla");
        Files.writeString(spec, """
                ---- MODULE Deep ----
                EXTENDS Naturals
                VARIABLES x, y
                TypeOK == x \\in 0..20 /\\ y \\in 0..1
                Init == x = 0 /\\ y = 0
                Next == \\/ x < 19 /\\ x' = x + 1 /\\ UNCHANGED y
                        \\/ x < 20 /\\ y = 1 /\\ x' = 20 /\\ UNCHANGED y
                        \\/ x = 20 /\\ y = 1 /\\ x' = <<>>[1] /\\ UNCHANGED y
                Safety == x <= 20
                ====
                """);
        Files.writeString(dir.resolve("Deep.cfg"), "INIT Init\nNEXT Next\nINVARIANT TypeOK\nINVARIANT Safety\nCHECK_DEADLOCK FALSE\n");
        CheckRequest model = CheckRequest.builder(spec).seed(1).workers(1).build();
        InductiveCheck check = new InductiveCheck(InductiveCheckTest.RUNNER, model, "TypeOK", new InductionOptions(5, 10, 400));
        PredicateGrammar grammar = new PredicateGrammar("", java.util.List.of("x = 20", "y = 1"), 1, "test");
        ProofSearch search = new Strengthening(InductiveCheckTest.RUNNER, model, check)
                .search("Safety", "TypeOK", grammar, 10, 1000, Duration.ofMinutes(2));
        assertEquals(ProofSearch.Status.INDUCTIVE, search.status(), search.toString());
        assertTrue(search.lemmas().stream().anyMatch(l -> l.expression().equals("~(y = 1)")), search.toString());
    }

    @Test
    void aSafetyPropertyTheModelViolatesEndsTheSearchWithTheStateThatBreaksIt() throws Exception {
        CheckRequest model = CheckRequest.builder(InductiveCheckTest.LOCK).build();
        InductiveCheck check = new InductiveCheck(InductiveCheckTest.RUNNER, model, "TypeOK", InductionOptions.defaults());
        PredicateGrammar grammar = new PredicateGrammar("", java.util.List.of("holder = {}"), 1, "test");
        ProofSearch search = new Strengthening(InductiveCheckTest.RUNNER, model, check)
                .search("holder = {}", "TypeOK", grammar, 10, 1000, Duration.ofMinutes(2));
        assertEquals(ProofSearch.Status.SAFETY_VIOLATED, search.status(), search.toString());
        assertTrue(search.detail().orElseThrow().startsWith("holder = {} is false in a reachable state of the model: "),
                search.detail().orElseThrow());
        assertEquals(1, search.tlcRuns());
    }

    @Test
    void aPassOverTheReachableStatesThatRunsOutOfTimeSaysSoAndWhatItEvaluated(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path spec = dir.resolve("Long.tla");
        Files.writeString(spec, """
                ---- MODULE Long ----
                EXTENDS Naturals
                VARIABLE x
                TypeOK == x \\in 0..5000000
                Init == x = 0
                Next == x < 5000000 /\\ x' = x + 1
                Safety == x # 5000001
                ====
                """);
        Files.writeString(dir.resolve("Long.cfg"), "INIT Init\nNEXT Next\nINVARIANT TypeOK\nINVARIANT Safety\n");
        CheckRequest model = CheckRequest.builder(spec).timeout(Duration.ofSeconds(3)).build();
        InductiveCheck check = new InductiveCheck(InductiveCheckTest.RUNNER, model, "TypeOK", InductionOptions.defaults());
        PredicateGrammar grammar = new PredicateGrammar("", java.util.List.of("x = 0"), 1, "test");
        ProofSearch search = new Strengthening(InductiveCheckTest.RUNNER, model, check)
                .search("Safety", "TypeOK", grammar, 10, 1000, Duration.ofMinutes(2));
        assertEquals(ProofSearch.Status.FAILED, search.status(), search.toString());
        assertTrue(search.detail().orElseThrow().startsWith("TLC did not finish evaluating the grammar's 1 predicate in the model's "
                + "reachable states within 3 s"), search.detail().orElseThrow());
    }

    @Test
    void aStateFromWhichNoStepCanBeEvaluatedIsRuledOutLikeACounterexample(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        ProofSearch search = safetySearch(dir, "Flip", """
                VARIABLE x
                TypeOK == x \\in 0..3
                Init == x = 1
                \\* From 3 (never reachable) the step applies a tuple outside its domain.
                Next == x' = IF x \\in {1, 2} THEN 3 - x ELSE <<0>>[x]
                Safety == x # 0
                """, check -> new PredicateGrammar("", java.util.List.of("x = 0", "x = 3"), 1, "test"));
        assertEquals(ProofSearch.Status.INDUCTIVE, search.status(), search.toString());
        assertEquals(java.util.List.of("~(x = 3)"), search.lemmas().stream().map(ProofSearch.Lemma::expression).toList());
    }

    @Test
    void aQuantifierOverAnEmptySetOfTheStateLeavesTheOtherLemmasToDecide(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        // With msgs = {} there is no binding of M; the lemma over x alone must still rule out x = 3 there.
        ProofSearch search = safetySearch(dir, "Sends", """
                VARIABLES x, msgs
                TypeOK == x \\in 0..3 /\\ msgs \\subseteq {1, 2}
                Init == x = 1 /\\ msgs = {}
                \\* Only from x = 3 with no message does a step reach x = 0.
                Next == \\/ x' = (IF x \\in {1, 2} THEN 3 - x ELSE IF msgs = {} THEN 0 ELSE x) /\\ UNCHANGED msgs
                        \\/ msgs' = msgs \\cup {1} /\\ UNCHANGED x
                Safety == x # 0
                """, check -> new PredicateGrammar("\\A M \\in msgs :", java.util.List.of("x = 3", "M <= x"), 2, "test")
                .readingState(check.outline()));
        assertEquals(ProofSearch.Status.INDUCTIVE, search.status(), search.toString());
        assertTrue(search.lemmas().stream().map(ProofSearch.Lemma::expression).toList().contains("~(x = 3)"), search.toString());
    }

    @Test
    void aLemmaThatNoStrengtheningOfTheGrammarCanKeepIsTakenBack(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // x = 4 and y = 1 both rule out the first counterexamples, (4, 1, z); x = 4 comes first and is chosen. But from
        // (3, 0, z), which no predicate tells from a reachable state, a step reaches x = 4: ~(x = 4) must go. z, which
        // no predicate reads, makes two such states, whose steps are judged together.
        java.util.List<SearchListener.Round> rounds = new java.util.ArrayList<>();
        ProofSearch search = safetySearch(dir, "Detour", """
                VARIABLES x, y, z
                TypeOK == x \\in 0..5 /\\ y \\in 0..1 /\\ z \\in 0..1
                Init == x = 0 /\\ y = 0 /\\ z = 0
                Next == x' = (IF x < 2 THEN x + 1 ELSE IF x = 3 THEN 4 ELSE IF x = 4 /\\ y = 1 THEN 5 ELSE x) /\\ UNCHANGED <<y, z>>
                Safety == x # 5
                """, check -> new PredicateGrammar("", java.util.List.of("x = 4", "y = 1"), 1, "test"), rounds::add);
        assertEquals(ProofSearch.Status.INDUCTIVE, search.status(), search.toString());
        assertEquals(java.util.List.of("~(y = 1)"), search.lemmas().stream().map(ProofSearch.Lemma::expression).toList());
        // The round that chose ~(y = 1) for (3, 1, z) also took ~(x = 4) back, for (3, 0, z).
        assertEquals(java.util.List.of(1, 1, 0), rounds.stream().map(SearchListener.Round::added).toList(), rounds.toString());
        assertEquals(java.util.List.of(0, 1, 0), rounds.stream().map(SearchListener.Round::dropped).toList(), rounds.toString());
    }

    @Test
    void everyClauseFalseWhereAnUnruledCounterexampleStepsGoesInTheSameRound(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        // Three one-literal clauses rule out 5 (which steps to the unsafe 9), and all three are false at 7. From 6, which no
        // predicate tells from the reachable 0, a step reaches 7. The first one chosen is taken back for that step, and so
        // are the other two, in the same round, before either is chosen: the search then chooses the two-literal clause
        // true at 7, instead of choosing and taking back each of the three in turn (eight rounds).
        java.util.List<SearchListener.Round> rounds = new java.util.ArrayList<>();
        ProofSearch search = safetySearch(dir, "Landing", LANDING,
                check -> new PredicateGrammar("", java.util.List.of("x \\notin {5, 7}", "x \\notin {5, 7, 8}",
                "x \\notin {3, 5, 7}", "x \\in {0, 6, 7}", "x = 1"), 2, "test"), rounds::add);
        assertEquals(ProofSearch.Status.INDUCTIVE, search.status(), search.toString());
        assertEquals(java.util.List.of("(x \\in {0, 6, 7}) \\/ (x = 1)"),
                search.lemmas().stream().map(ProofSearch.Lemma::expression).toList(), search.toString());
        assertEquals(java.util.List.of(1, 0, 1, 0), rounds.stream().map(SearchListener.Round::added).toList(), rounds.toString());
        assertEquals(java.util.List.of(0, 1, 0, 0), rounds.stream().map(SearchListener.Round::dropped).toList(), rounds.toString());
    }

    @Test
    void aSearchStuckOnAStateThatOnlyDroppedLemmasRuleOutSaysSo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // As above without x \in {0, 6, 7}: the three clauses that rule out 5 are all false at 7, where 6 steps, and
        // nothing rules out 6. Stuck at 5, the search does not claim that no lemma rules it out.
        ProofSearch search = safetySearch(dir, "Dropped", LANDING,
                check -> new PredicateGrammar("", java.util.List.of("x \\notin {5, 7}", "x \\notin {5, 7, 8}",
                "x \\notin {3, 5, 7}", "x = 1"), 1, "test"));
        assertEquals(ProofSearch.Status.STUCK, search.status(), search.toString());
        String detail = search.detail().orElseThrow();
        String x = search.stuck().orElseThrow().state().get("x").toTla();
        // Were 6 still among the last round's counterexamples, nothing would rule it out: it would be shown, and said so.
        assertEquals(x.equals("5") ? "the 3 lemmas of the grammar that hold on every reachable state and rule out this state were "
                + "dropped: each is false in a state that a counterexample no lemma ruled out steps to"
                : "no lemma of the grammar that holds on every reachable state rules out this state", detail);
    }

    @Test
    void aLemmaOfFourLiteralsIsFoundWhenFourAreAllowed(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // A ticket lock: two processes in the critical section would hold the same ticket, and only "processes that are
        // not idle hold different tickets" rules that out, four literals with the grammar's predicates.
        String spec = """
                Proc == {"p", "q"}
                VARIABLES next, serving, ticket, pc
                TypeOK == next \\in 0..MaxTicket /\\ serving \\in 0..MaxTicket /\\ ticket \\in [Proc -> 0..MaxTicket]
                          /\\ pc \\in [Proc -> {"idle", "wait", "cs"}]
                Init == next = 0 /\\ serving = 0 /\\ ticket = [p \\in Proc |-> 0] /\\ pc = [p \\in Proc |-> "idle"]
                Take(p) == pc[p] = "idle" /\\ next < MaxTicket /\\ ticket' = [ticket EXCEPT ![p] = next] /\\ next' = next + 1
                           /\\ pc' = [pc EXCEPT ![p] = "wait"] /\\ UNCHANGED serving
                Enter(p) == pc[p] = "wait" /\\ ticket[p] = serving /\\ pc' = [pc EXCEPT ![p] = "cs"] /\\ UNCHANGED <<next, serving, ticket>>
                Leave(p) == pc[p] = "cs" /\\ serving' = serving + 1 /\\ pc' = [pc EXCEPT ![p] = "idle"] /\\ UNCHANGED <<next, ticket>>
                Next == \\E p \\in Proc : Take(p) \\/ Enter(p) \\/ Leave(p)
                Safety == \\A p, q \\in Proc : pc[p] = "cs" /\\ pc[q] = "cs" => p = q
                """;
        java.util.List<String> predicates = java.util.List.of("P = Q", "pc[P] = \"idle\"", "pc[Q] = \"idle\"", "pc[P] = \"cs\"",
                "ticket[P] = ticket[Q]", "ticket[P] = serving", "ticket[P] < next", "serving <= next");
        String prefix = "\\A P, Q \\in Proc :";
        ProofSearch three = safetySearch(dir, "TicketThree", "MaxTicket == 3\n" + spec,
                check -> new PredicateGrammar(prefix, predicates, 3, "test"));
        assertEquals(ProofSearch.Status.STUCK, three.status(), three.toString());
        ProofSearch four = safetySearch(dir, "TicketFour", "MaxTicket == 3\n" + spec,
                check -> new PredicateGrammar(prefix, predicates, 4, "test"));
        assertEquals(ProofSearch.Status.INDUCTIVE, four.status(), four.toString());
        assertTrue(four.lemmas().stream().anyMatch(l -> l.expression().contains("~(ticket[P] = ticket[Q])")
                && l.expression().split("\\\\/").length == 4), four.toString());
        // Allowed to widen, the search at three literals gets stuck, takes the clauses of four as candidates, and goes on.
        java.util.List<Integer> widened = new java.util.ArrayList<>();
        SearchListener listener = new SearchListener() {
            @Override
            public void round(Round round) {
            }

            @Override
            public void widened(int literals, int candidates) {
                widened.add(literals);
            }
        };
        ProofSearch wider = safetySearch(dir, "TicketWider", "MaxTicket == 3\n" + spec,
                check -> new PredicateGrammar(prefix, predicates, 3, "test"), listener, 4);
        assertEquals(ProofSearch.Status.INDUCTIVE, wider.status(), wider.toString());
        assertEquals(java.util.List.of(4), widened);
        assertEquals(4, wider.grammar().maxLiterals());
    }

    @Test
    void aPredicateThatBreaksInsideASpecOperatorOnAReachableStateIsSetAside(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        // Part is undefined at x = 0 and x = 2, both reachable; TLC names no line of the grammar's predicate. It is found
        // by halving and set aside, and the search goes on with the other predicate.
        partIsSetAside(dir, "PartialOperator", "x = 0 /\\ y = 0", "x' = (x + 1) % 3 /\\ UNCHANGED y");
    }

    @Test
    void aPredicateThatBreaksInsideASpecOperatorInACounterexamplesFirstStateIsSetAside(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        // Part is defined on the reachable states (x = 1, 2) but not at x = 0, the first state of a counterexample, where
        // TLC evaluates the predicates to tell which clauses rule it out; it names neither the predicate nor the state.
        partIsSetAside(dir, "PartialAtCounterexample", "x = 1 /\\ y = 0",
                "x' = (IF x = 1 THEN 2 ELSE IF x = 2 THEN 1 ELSE 2) /\\ UNCHANGED y");
    }

    /**
     * A search over x in 0..2 and y in 0..1, with {@code init} and {@code next}, for a safety property that needs
     * ~(y = 1), with a grammar of Part (a spec operator undefined at x = 0 and x = 2) and y = 1: Part is set aside and
     * the search ends inductive with ~(y = 1) alone.
     */
    private static void partIsSetAside(Path dir, String name, String init, String next) throws Exception {
        ProofSearch search = safetySearch(dir, name, """
                VARIABLES x, y
                TypeOK == x \\in 0..2 /\\ y \\in 0..1
                Part == <<TRUE, FALSE>>[x]
                Init == %s
                Next == %s
                Safety == ~(x = 2 /\\ y = 1)
                """.formatted(init, next), check -> new PredicateGrammar("", java.util.List.of("Part", "y = 1"), 1, "test"));
        assertEquals(ProofSearch.Status.INDUCTIVE, search.status(), search.toString());
        assertEquals(java.util.List.of("~(y = 1)"), search.lemmas().stream().map(ProofSearch.Lemma::expression).toList(),
                search.toString());
    }

    @Test
    void aLemmaIsNotTakenBackForAStepThatLeavesTheSafetyProperty(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // (2, 0) and (2, 1) step to (3, 1), which is unsafe. ~(y = 1) rules out (2, 1); nothing rules out (2, 0), whose step
        // breaks ~(y = 1) too. But that step leaves the safety property, so no strengthening rules (2, 0) out: taking the
        // lemma back would gain nothing, and the search ends stuck with it.
        java.util.List<SearchListener.Round> rounds = new java.util.ArrayList<>();
        ProofSearch search = safetySearch(dir, "Hopeless", """
                VARIABLES x, y
                TypeOK == x \\in 0..3 /\\ y \\in 0..1
                Init == x = 0 /\\ y = 0
                Next == x' = (IF x = 2 THEN 3 ELSE IF x = 3 THEN 3 ELSE 1 - x) /\\ y' = (IF x = 2 THEN 1 ELSE y)
                Safety == x # 3
                """, check -> new PredicateGrammar("", java.util.List.of("y = 1"), 1, "test"), rounds::add);
        assertEquals(ProofSearch.Status.STUCK, search.status(), search.toString());
        assertEquals(0, rounds.stream().mapToInt(SearchListener.Round::dropped).sum(), rounds.toString());
        assertEquals(java.util.List.of("~(y = 1)"), search.lemmas().stream().map(ProofSearch.Lemma::expression).toList(),
                search.toString());
    }

    /**
     * A search for lemmas that make {@code Safety} inductive in module {@code name} (EXTENDS Naturals, then
     * {@code body}), written to {@code dir} with a config that checks TypeOK and Safety.
     */
    @Test
    void aSpecMayNameItsVariablesAsTheGeneratedModulesOnceNamedTheirOwn(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // seen, refuted and f were the names of LET definitions in the modules Invar generates around the spec: SANY
        // refused those modules, since a LET may not define a name the spec declares.
        String body = """
                Proc == {"p", "q"}
                VARIABLES seen, refuted, f
                TypeOK == seen \\in [Proc -> 0..2] /\\ refuted \\in 0..2 /\\ f \\in 0..2
                Init == seen = [i \\in Proc |-> 0] /\\ refuted = 0 /\\ f = 0
                Next == \\/ \\E i \\in Proc : seen[i] < 2 /\\ seen' = [seen EXCEPT ![i] = @ + 1] /\\ UNCHANGED <<refuted, f>>
                        \\/ refuted' = (IF seen["p"] <= seen["q"] THEN seen["p"] ELSE seen["q"]) /\\ f' = refuted /\\ UNCHANGED seen
                Safety == \\A i \\in Proc : f <= seen[i]
                """;
        ProofSearch search = safetySearch(dir, "Shadowed", body, c -> PredicateGrammar.inferred(c.outline(),
                TypeDomain.read("TypeOK", c.outline().definition("TypeOK").get(), c.outline().variables()), 3, "Next"));
        assertEquals(ProofSearch.Status.INDUCTIVE, search.status(), search.toString());
        CheckRequest model = CheckRequest.builder(dir.resolve("Shadowed.tla")).build();
        InductionResult alone = new InductiveCheck(InductiveCheckTest.RUNNER, model, "TypeOK", InductionOptions.defaults())
                .check("TypeOK /\\ Safety", Optional.empty());
        assertFalse(alone.inductive(), alone.claim());
        assertEquals(Optional.empty(), alone.failure(), alone.claim());
    }

    private static ProofSearch safetySearch(Path dir, String name, String body,
                                            java.util.function.Function<InductiveCheck, PredicateGrammar> grammar) throws Exception {
        return safetySearch(dir, name, body, grammar, SearchListener.NONE);
    }

    private static ProofSearch safetySearch(Path dir, String name, String body,
                                            java.util.function.Function<InductiveCheck, PredicateGrammar> grammar,
                                            SearchListener listener) throws Exception {
        return safetySearch(dir, name, body, grammar, listener, 0);
    }

    /** @param widest the clauses may widen to this many literals when the search is stuck (0: the grammar's own count) */
    private static ProofSearch safetySearch(Path dir, String name, String body,
                                            java.util.function.Function<InductiveCheck, PredicateGrammar> grammar,
                                            SearchListener listener, int widest) throws Exception {
        Path spec = dir.resolve(name + ".tla");
        Files.writeString(spec, "---- MODULE " + name + " ----\nEXTENDS Naturals\n" + body + "====\n");
        Files.writeString(dir.resolve(name + ".cfg"), "INIT Init\nNEXT Next\nINVARIANT TypeOK\nINVARIANT Safety\n");
        CheckRequest model = CheckRequest.builder(spec).build();
        InductiveCheck check = new InductiveCheck(InductiveCheckTest.RUNNER, model, "TypeOK", InductionOptions.defaults());
        PredicateGrammar g = grammar.apply(check);
        return new Strengthening(InductiveCheckTest.RUNNER, model, check, Optional.empty(), listener)
                .search("Safety", "TypeOK", g, Math.max(widest, g.maxLiterals()), 10, 1000, Duration.ofMinutes(2));
    }

    /** A search for lemmas that make Lock's MutualExclusion inductive, with the grammar inferred from Lock. */
    private static ProofSearch mutualExclusion(CheckRequest model, InductiveCheck check, int maxRounds) throws Exception {
        ModuleOutline outline = ModuleOutline.of(Files.readString(InductiveCheckTest.LOCK));
        PredicateGrammar grammar = PredicateGrammar.inferred(outline, TypeDomain.read("TypeOK", outline.definition("TypeOK").get(),
                outline.variables()), 3, "Next");
        return new Strengthening(InductiveCheckTest.RUNNER, model, check)
                .search("MutualExclusion", "TypeOK", grammar, maxRounds, 100_000, Duration.ofMinutes(2));
    }
}
