package dev.invar.assistant;

import dev.invar.assistant.vetting.Vetting;
import dev.invar.assistant.vetting.VettingReport;
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

    /** What one drafting session produced and what survived. */
    public record DraftReport(String drafter, int drafted, VettingReport vetting, Duration wallTime) {
    }

    public DraftReport draft(CheckRequest model, Drafter drafter, DraftBudget budget) {
        long start = System.nanoTime();
        SpecContext context = context(model);
        List<Candidate> drafts = drafter.draft(context, budget);
        VettingReport report = new Vetting(runner).vet(model, drafts, context.variables());
        return new DraftReport(drafter.name(), drafts.size(), report, Duration.ofNanos(System.nanoTime() - start));
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
