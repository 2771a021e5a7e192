package dev.invar.cli.render;

import dev.invar.assistant.Assistant;
import dev.invar.assistant.vetting.VettedCandidate;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** The result of {@code invar draft}: the accepted invariants with their evidence, then a count of the rest. */
public final class DraftTable {
    private DraftTable() {
    }

    public static void render(Assistant.DraftReport report, boolean all, PrintWriter out) {
        var vetting = report.vetting();
        out.println(vetting.accepted().size() + " of " + report.drafted() + " drafts (" + report.drafter()
                + ") survived mechanical checks on " + (vetting.exhaustive() ? "all " + vetting.reachableStates()
                + " reachable states" : "the states explored") + vetting.model() + "; " + vetting.tlcRuns() + " TLC runs, "
                + String.format(Locale.ROOT, "%.1fs", report.wallTime().toMillis() / 1000.0) + ".");
        out.println("These hold in this model; that is not a proof for other constants.");
        if (!report.refused().isEmpty()) {
            out.println(report.refused().size() + " drafts were refused before checking, e.g.: "
                    + report.refused().get(0).reason());
        }
        CommandLine.Help.TextTable table = CommandLine.Help.TextTable.forColumns(
                CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF),
                new CommandLine.Help.Column(8, 0, CommandLine.Help.Column.Overflow.SPAN),
                new CommandLine.Help.Column(17, 1, CommandLine.Help.Column.Overflow.SPAN),
                new CommandLine.Help.Column(9, 1, CommandLine.Help.Column.Overflow.SPAN),
                new CommandLine.Help.Column(84, 1, CommandLine.Help.Column.Overflow.WRAP));
        table.addRowValues("NAME", "STATUS", "MUTANTS", "EXPRESSION");
        for (VettedCandidate c : vetting.candidates()) {
            if (all || c.status() == VettedCandidate.Status.ACCEPTED) {
                table.addRowValues(c.candidate().name(), c.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        c.mutants() == 0 ? "" : c.mutantsKilled() + "/" + c.mutants(), c.candidate().expression() + (c.reason().isEmpty() ? "" : "  — " + c.reason()));
            }
        }
        out.print(table);
        out.println(Arrays.stream(VettedCandidate.Status.values())
                .map(s -> vetting.candidates().stream().filter(c -> c.status() == s).count() + " " + s.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", ")));
        vetting.accepted().stream().findFirst().ifPresent(c -> out.println("checks passed by each accepted draft: "
                + String.join("; ", c.checks())));
        out.flush();
    }
}
