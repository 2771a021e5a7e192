package dev.invar.cli.render.ci;

import dev.invar.ci.CiReport;
import dev.invar.ci.ModelOutcome;
import dev.invar.tlc.SourceLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * GitHub Actions integration: {@code ::error} workflow commands that annotate the property's definition,
 * and a Markdown table appended to the job summary file.
 */
public final class GithubActions {
    private GithubActions() {
    }

    public static void annotate(CiReport report, Path root, PrintWriter out) {
        for (ModelOutcome o : report.outcomes()) {
            if (o.passed() || o.status() == ModelOutcome.Status.SKIPPED) {
                continue;
            }
            StringBuilder command = new StringBuilder("::error ");
            String file = o.propertyDefinition().flatMap(SourceLocation::file)
                    .map(f -> root.toAbsolutePath().normalize().relativize(f).toString()).orElse(o.model().spec());
            command.append("file=").append(escapeProperty(file));
            o.propertyDefinition().ifPresent(l -> command.append(",line=").append(l.line()).append(",col=").append(l.column()));
            command.append(",title=").append(escapeProperty("invar: " + o.model().name()));
            command.append("::").append(escapeData(o.reason()));
            out.println(command);
        }
        out.flush();
    }

    public static void appendSummary(CiReport report, Path summaryFile) {
        StringBuilder md = new StringBuilder("## Invar: ").append(report.passed() ? "all models passed" : "models failed")
                .append("\n\n| model | status | verdict | expected | distinct states | time | cached |\n|---|---|---|---|---:|---:|---|\n");
        for (ModelOutcome o : report.outcomes()) {
            md.append("| ").append(o.model().name()).append(" | ").append(o.passed() ? "✅ passed" : "❌ " + o.status().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(o.verdict()).append(" | ").append(o.model().expect()).append(" | ")
                    .append(o.distinct() < 0 ? "" : String.format(Locale.ROOT, "%,d", o.distinct())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1fs", o.duration().toMillis() / 1000.0)).append(" | ")
                    .append(o.cached() ? "yes" : "").append(" |\n");
        }
        report.outcomes().stream().filter(o -> !o.passed())
                .forEach(o -> md.append("\n- **").append(o.model().name()).append("**: ").append(o.reason()));
        md.append("\n");
        try {
            Files.writeString(summaryFile, md, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("cannot append to " + summaryFile + ": " + e.getMessage(), e);
        }
    }

    /** Workflow-command escaping, as the Actions toolkit does it. */
    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
