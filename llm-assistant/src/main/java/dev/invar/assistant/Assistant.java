package dev.invar.assistant;

import dev.invar.assistant.vetting.Vetting;
import dev.invar.assistant.vetting.VettedCandidate;
import dev.invar.assistant.vetting.VettingReport;
import dev.invar.tlc.TlaValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.ModuleOutline;
import dev.invar.tlc.TlcRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

/** The assistant's façade: draft candidates for a model's spec, then vet every one with TLC. */
public final class Assistant {
    private final TlcRunner runner;

    public Assistant(TlcRunner runner) {
        this.runner = runner;
    }

    /**
     * What a drafting session produced and what survived.
     *
     * @param refused drafts the sanitizer refused before any checking (dangerous operators, not TLA+)
     * @param rounds how many draft-and-vet rounds ran
     */
    public record DraftReport(String drafter, int drafted, List<RefusedDraft> refused, VettingReport vetting, int rounds,
                              Duration wallTime) {
        public DraftReport {
            refused = List.copyOf(refused);
        }
    }

    /**
     * Drafts and vets for up to {@code rounds} rounds. After each round the drafter is told which drafts
     * were refuted and by which reachable state, so it can do better; a drafter that cannot learn from
     * that (the built-in one) runs once.
     */
    public DraftReport draft(CheckRequest model, Drafter drafter, DraftBudget budget, int rounds) {
        long start = System.nanoTime();
        SpecContext context = context(model);
        Map<String, Candidate> drafted = new LinkedHashMap<>();
        List<RefusedDraft> refused = new ArrayList<>();
        VettingReport report = null;
        int round = 0;
        while (round < Math.max(1, rounds)) {
            round++;
            DraftSanitizer.Screening screened = DraftSanitizer.screen(drafter.draft(context, budget));
            refused.addAll(screened.refused());
            int before = drafted.size();
            for (Candidate c : screened.accepted()) {
                drafted.putIfAbsent(c.expression(), uniquelyNamed(c, drafted.values()));
            }
            report = new Vetting(runner).vet(model, List.copyOf(drafted.values()), context.variables());
            SpecContext told = context;
            List<SpecContext.Refutation> refutations = report.candidates().stream()
                    .filter(c -> c.status() == VettedCandidate.Status.REFUTED && c.refutedBy().isPresent())
                    .map(c -> new SpecContext.Refutation(c.candidate(), c.reason(), Optional.of(stateText(c.refutedBy().get()))))
                    .filter(r -> told.refuted().stream().noneMatch(old -> old.candidate().expression().equals(r.candidate().expression())))
                    .toList();
            if (drafter.name().equals("builtin") || drafted.size() == before || refutations.isEmpty()) {
                break;
            }
            context = context.withRefuted(refutations);
        }
        return new DraftReport(drafter.name(), drafted.size(), refused, report, round, Duration.ofNanos(System.nanoTime() - start));
    }

    private static Candidate uniquelyNamed(Candidate c, java.util.Collection<Candidate> existing) {
        String name = c.name();
        int n = 1;
        while (existing.stream().map(Candidate::name).toList().contains(name)) {
            name = c.name() + "_" + (++n);
        }
        return new Candidate(name, c.expression(), c.kind(), c.rationale(), c.drafter());
    }

    /** A state as TLC prints one: {@code /\ var = value} lines. */
    static String stateText(Map<String, TlaValue> state) {
        return state.entrySet().stream().map(e -> "/\\ " + e.getKey() + " = " + e.getValue().toTla())
                .collect(java.util.stream.Collectors.joining("\n"));
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
