package dev.invar.assistant;

import dev.invar.assistant.vetting.Vetting;
import dev.invar.assistant.vetting.VettedCandidate;
import dev.invar.assistant.vetting.VettingReport;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.ModuleOutline;
import dev.invar.tlc.TlcRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The assistant's façade: draft candidates for a model's spec, then vet every one with TLC. */
public final class Assistant {
    /**
     * Refuted drafts per round that get their shortest counterexample (one TLC run each); the rest are
     * shown the refuting state alone. A model learns most from the first few; more runs only cost time.
     */
    static final int MAX_TRACED_PER_ROUND = 4;

    private final TlcRunner runner;

    public Assistant(TlcRunner runner) {
        this.runner = runner;
    }

    /**
     * What a drafting session produced and what survived.
     *
     * @param refused drafts refused before any checking (dangerous operators, not TLA+), with the reason
     * @param rounds how many draft-and-vet rounds ran
     * @param shortfalls why rounds came up short ("round 2: the token budget of … is spent"), in order
     * @param tlcRuns TLC runs of all rounds: vetting, and the checks that found counterexamples to feed back
     *                (not those the model made through the checker tools)
     */
    public record DraftReport(String drafter, int drafted, List<RefusedDraft> refused, VettingReport vetting, int rounds,
                              Duration wallTime, List<String> shortfalls, int tlcRuns) {
        public DraftReport {
            refused = List.copyOf(refused);
            shortfalls = List.copyOf(shortfalls);
        }
    }

    /**
     * Drafts and vets for up to {@code rounds} rounds. After each round the drafter is told which drafts
     * were refuted, with the shortest behaviour that reaches a state refuting each (for the first
     * {@value #MAX_TRACED_PER_ROUND}; the refuting state alone for the rest), so it can do better; a drafter
     * that cannot learn from that (the built-in one) runs once.
     */
    public DraftReport draft(CheckRequest model, Drafter drafter, DraftBudget budget, int rounds) {
        long start = System.nanoTime();
        SpecContext context = context(model);
        Map<String, Candidate> drafted = new LinkedHashMap<>();
        List<RefusedDraft> refused = new ArrayList<>();
        List<String> shortfalls = new ArrayList<>();
        VettingReport report = null;
        int round = 0;
        int tlcRuns = 0;
        while (round < Math.max(1, rounds)) {
            round++;
            Drafts proposed = drafter.propose(context, budget);
            int number = round;
            proposed.shortfall().ifPresent(why -> shortfalls.add("round " + number + ": " + why));
            refused.addAll(proposed.refused());
            DraftSanitizer.Screening screened = DraftSanitizer.screen(proposed.candidates());
            refused.addAll(screened.refused());
            int before = drafted.size();
            for (Candidate c : screened.accepted()) {
                drafted.putIfAbsent(c.expression(), uniquelyNamed(c, drafted.values()));
            }
            report = new Vetting(runner).vet(model, List.copyOf(drafted.values()), context.variables());
            tlcRuns += report.tlcRuns();
            List<VettedCandidate> refuted = freshlyRefuted(report, context);
            // The counterexamples cost a TLC run each: only worth it when another round will read them.
            if (drafter.name().equals("builtin") || drafted.size() == before || refuted.isEmpty() || round >= rounds) {
                break;
            }
            List<SpecContext.Refutation> refutations = refutations(model, refuted);
            tlcRuns += Math.min(MAX_TRACED_PER_ROUND, refuted.size());
            context = context.withRefuted(refutations);
        }
        return new DraftReport(drafter.name(), drafted.size(), refused, report, round,
                Duration.ofNanos(System.nanoTime() - start), shortfalls, tlcRuns);
    }

    /** The drafts this round refuted that no earlier round was told about. */
    private static List<VettedCandidate> freshlyRefuted(VettingReport report, SpecContext told) {
        return report.candidates().stream()
                .filter(c -> c.status() == VettedCandidate.Status.REFUTED && c.refutedBy().isPresent())
                .filter(c -> told.refuted().stream()
                        .noneMatch(old -> old.candidate().expression().equals(c.candidate().expression())))
                .toList();
    }

    /** What the drafter is told about refuted drafts: the first few with their shortest counterexample. */
    private List<SpecContext.Refutation> refutations(CheckRequest model, List<VettedCandidate> refuted) {
        CandidateCheck check = new CandidateCheck(runner, model);
        List<SpecContext.Refutation> refutations = new ArrayList<>();
        for (VettedCandidate c : refuted) {
            Optional<String> trace = refutations.size() < MAX_TRACED_PER_ROUND
                    ? check.counterexample(c.candidate().expression()).map(TraceText::of) : Optional.empty();
            refutations.add(new SpecContext.Refutation(c.candidate(),
                    trace.isPresent() ? "violated: the shortest behaviour below reaches a state that makes it false"
                            : "violated in this reachable state",
                    Optional.of(trace.orElseGet(() -> TraceText.state(c.refutedBy().get())))));
        }
        return refutations;
    }

    private static Candidate uniquelyNamed(Candidate c, Collection<Candidate> existing) {
        String name = c.name();
        int n = 1;
        while (existing.stream().map(Candidate::name).toList().contains(name)) {
            name = c.name() + "_" + (++n);
        }
        return new Candidate(name, c.expression(), c.kind(), c.rationale(), c.drafter());
    }

    /** What a drafter is told about the spec of a model. */
    public static SpecContext context(CheckRequest model) {
        String text;
        try {
            text = Files.readString(model.spec());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ModuleOutline outline = ModuleOutline.of(text);
        List<String> constants = model.overrides().constants().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList();
        return new SpecContext(model.spec(), outline.name(), text, outline.variables(), constants, outline.actions("Next"),
                outline.definition("TypeOK"), List.of(), List.of());
    }
}
