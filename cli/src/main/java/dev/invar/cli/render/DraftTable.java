package dev.invar.cli.render;

import dev.invar.assistant.Assistant;
import dev.invar.assistant.RefusedDraft;
import dev.invar.assistant.llm.LlmUsage;
import dev.invar.assistant.vetting.VettedCandidate;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * The result of {@code invar draft}: the accepted invariants with their evidence, then a count of the rest,
 * and every draft refused before checking with the reason.
 */
public final class DraftTable {
    private static final int MAX_REFUSED_LENGTH = 58;

    private DraftTable() {
    }

    /** What the report supports: which drafts hold, on which states of which model. */
    public static String claim(Assistant.DraftReport report) {
        var vetting = report.vetting();
        return vetting.accepted().size() + " of " + report.drafted() + " drafts (" + report.drafter()
                + ") survived mechanical checks on " + (vetting.exhaustive() ? "all " + vetting.reachableStates()
                + " reachable states" : "the states explored") + vetting.model()
                + ". These hold in this model; that is not a proof for other constants.";
    }

    /** @param llm what the language model cost, when one drafted */
    public static void render(Assistant.DraftReport report, boolean all, Optional<LlmUsage> llm, PrintWriter out) {
        var vetting = report.vetting();
        out.println(claim(report));
        out.println(report.tlcRuns() + " TLC runs, " + report.rounds() + (report.rounds() == 1 ? " round, " : " rounds, ")
                + String.format(Locale.ROOT, "%.1fs", report.wallTime().toMillis() / 1000.0) + ".");
        report.shortfalls().forEach(s -> out.println("Cut short: " + s));
        CommandLine.Help.TextTable table = table(8, 17, 9, 84);
        table.addRowValues("NAME", "STATUS", "MUTANTS", "EXPRESSION");
        for (VettedCandidate c : vetting.candidates()) {
            if (all || c.status() == VettedCandidate.Status.ACCEPTED) {
                table.addRowValues(c.candidate().name(), DraftJson.status(c.status()),
                        c.mutants() == 0 ? "" : c.mutantsKilled() + "/" + c.mutants(), c.candidate().expression() + (c.reason().isEmpty() ? "" : "  — " + c.reason()));
            }
        }
        out.print(table);
        out.println(Arrays.stream(VettedCandidate.Status.values())
                .map(s -> vetting.candidates().stream().filter(c -> c.status() == s).count() + " " + DraftJson.status(s))
                .collect(Collectors.joining(", ")));
        vetting.accepted().stream().findFirst().ifPresent(c -> out.println("checks passed by each accepted draft: "
                + String.join("; ", c.checks())));
        if (!report.refused().isEmpty()) {
            out.println();
            out.println(report.refused().size() + (report.refused().size() == 1 ? " draft was" : " drafts were")
                    + " refused before any checking:");
            CommandLine.Help.TextTable refused = table(8, 60, 50);
            refused.addRowValues("NAME", "DRAFT", "REASON");
            for (RefusedDraft r : report.refused()) {
                refused.addRowValues(r.draft().name(), shown(r.draft().expression()), r.reason());
            }
            out.print(refused);
        }
        llm.ifPresent(u -> out.println(LlmUse.line(u)));
        out.flush();
    }

    /**
     * A refused draft as one short line: it is untrusted text, so control characters (terminal escapes)
     * are dropped and it is cut to its column.
     */
    static String shown(String draft) {
        String line = draft.replaceAll("\\p{Cntrl}", " ").strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_REFUSED_LENGTH ? line : line.substring(0, MAX_REFUSED_LENGTH - 1) + "…";
    }

    private static CommandLine.Help.TextTable table(int first, int... widths) {
        CommandLine.Help.Column[] columns = new CommandLine.Help.Column[widths.length + 1];
        columns[0] = new CommandLine.Help.Column(first, 0, CommandLine.Help.Column.Overflow.SPAN);
        for (int i = 0; i < widths.length; i++) {
            columns[i + 1] = new CommandLine.Help.Column(widths[i], 1, i == widths.length - 1
                    ? CommandLine.Help.Column.Overflow.WRAP : CommandLine.Help.Column.Overflow.SPAN);
        }
        return CommandLine.Help.TextTable.forColumns(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF), columns);
    }
}
