package dev.invar.assistant.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.assistant.Assistant;
import dev.invar.assistant.DraftBudget;
import dev.invar.assistant.prove.InductionOptions;
import dev.invar.assistant.prove.InductiveCheck;
import dev.invar.assistant.prove.PredicateGrammar;
import dev.invar.assistant.prove.ProofSearch;
import dev.invar.assistant.prove.Strengthening;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.RunnerOptions;
import dev.invar.tlc.TlaTools;
import dev.invar.tlc.TlcRunner;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The model as the prover's lemma source, with real TLC: asked when the grammar is stuck, and only a proposal
 * that holds on every reachable state and rules out the counterexample's first state becomes a lemma.
 */
class LlmLemmaSourceTest {
    private static final Path LOCK = Path.of("../model-checker-runner/src/test/resources/models/Lock.tla");
    private static final TlcRunner RUNNER = TlcRunner.create(RunnerOptions.defaults(TlaTools.bundled()));
    private static final String LEMMA = "\\A p \\in Procs : pc[p] = \"critical\" => holder = {p}";

    @Test
    void aWeakGrammarIsStuckTheModelIsAskedAndOnlyItsSoundLemmaIsKept() {
        ScriptedChatModel model = new ScriptedChatModel(Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA)).replies("""
                {"candidates": [
                  {"name": "Pwned", "expression": "IOExec(<<\\"id\\">>).exitValue = 0", "kind": "lemma", "rationale": "x"},
                  {"name": "AllIdle", "expression": "\\\\A p \\\\in Procs : pc[p] = \\"idle\\"", "kind": "lemma",
                   "rationale": "false once a process requests the lock"},
                  {"name": "CriticalHoldsLock", "expression": "\\\\A p \\\\in Procs : pc[p] = \\"critical\\" => holder = {p}",
                   "kind": "lemma", "rationale": "a process enters only by taking the lock"}
                ]}""", 2000, 150);
        CheckRequest lock = CheckRequest.builder(LOCK).build();
        LlmLemmaSource source = new LlmLemmaSource(LlmDrafter.create("openai:gpt-test", model), Assistant.context(lock),
                new DraftBudget(8, 100_000, Duration.ofSeconds(30)));
        InductiveCheck check = new InductiveCheck(RUNNER, lock, "TypeOK", InductionOptions.defaults());
        // Its one predicate is always true: no clause of it rules anything out.
        PredicateGrammar useless = new PredicateGrammar("", List.of("holder = holder"), 1, "a useless grammar");

        ProofSearch search = new Strengthening(RUNNER, lock, check, Optional.of(source), dev.invar.assistant.prove.SearchListener.NONE)
                .search("MutualExclusion", "TypeOK", useless, 10, 1_000, Duration.ofMinutes(2));

        assertEquals(ProofSearch.Status.INDUCTIVE, search.status(), search.toString());
        assertEquals(List.of(ProofSearch.Lemma.fromLlm("Lemma1", LEMMA, 1, "openai:gpt-test")), search.lemmas(),
                "the refused, the false and the sound proposal: only the sound one is kept");
        assertEquals(ProofSearch.Source.LLM, search.lemmas().get(0).source());
        assertEquals(1, model.requests().size(), "asked once, when the grammar was stuck");
        String prompt = ((UserMessage) model.requests().get(0).messages().get(1)).singleText();
        assertTrue(prompt.contains("The invariant so far:\n\nTypeOK /\\ (MutualExclusion)"), prompt);
        assertTrue(prompt.contains("States to rule out:\n\nState 1 (satisfies the invariant; it need not be reachable):\n/\\ "),
                prompt);
        assertTrue(prompt.matches("(?s).*\nStep: [^\n]*Acquire.*\nState 2 \\(violates the invariant\\):\n.*"), prompt);
        assertEquals(1, source.rounds().get(0).refused().size(), "IOExec never reaches TLC");
        assertEquals(2150, source.usage().totalTokens());
    }
}
