package dev.invar.cli.render.ci;

import dev.invar.ci.CiReport;
import dev.invar.ci.ModelOutcome;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;

/** The console table: model, status, verdict, expected, distinct states, time, cached; then the failures. */
public final class CiSummary {
    private CiSummary() {
    }

    public static void render(CiReport report, PrintWriter out) {
        CommandLine.Help.TextTable table = CommandLine.Help.TextTable.forColumns(
                CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF),
                new CommandLine.Help.Column(30, 0, CommandLine.Help.Column.Overflow.SPAN),
                new CommandLine.Help.Column(11, 1, CommandLine.Help.Column.Overflow.SPAN),
                new CommandLine.Help.Column(20, 1, CommandLine.Help.Column.Overflow.SPAN),
                new CommandLine.Help.Column(20, 1, CommandLine.Help.Column.Overflow.SPAN),
                new CommandLine.Help.Column(13, 1, CommandLine.Help.Column.Overflow.SPAN),
                new CommandLine.Help.Column(9, 1, CommandLine.Help.Column.Overflow.SPAN),
                new CommandLine.Help.Column(7, 1, CommandLine.Help.Column.Overflow.SPAN));
        table.addRowValues("MODEL", "STATUS", "VERDICT", "EXPECTED", "STATES", "TIME", "CACHED");
        for (ModelOutcome o : report.outcomes()) {
            table.addRowValues(o.model().name(), o.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), o.verdict(),
                    o.model().expect().verdict(), o.distinct() < 0 ? "-" : String.format(Locale.ROOT, "%,d", o.distinct()),
                    String.format(Locale.ROOT, "%.1fs", o.duration().toMillis() / 1000.0), o.cached() ? "yes" : "");
        }
        out.print(table);
        for (ModelOutcome o : report.outcomes()) {
            if (!o.passed()) {
                out.println("✗ " + o.model().name() + ": " + o.reason());
            }
        }
        out.println(String.format(Locale.ROOT, "%d passed, %d failed (%d checked, %d cached, %d not selected) in %.1fs",
                report.count(ModelOutcome.Status.PASSED), report.outcomes().size() - report.count(ModelOutcome.Status.PASSED),
                report.outcomes().stream().filter(o -> !o.cached() && o.status() != ModelOutcome.Status.SKIPPED).count(),
                report.outcomes().stream().filter(ModelOutcome::cached).count(), report.notSelected(),
                report.wallTime().toMillis() / 1000.0));
        out.flush();
    }
}
