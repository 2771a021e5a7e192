package dev.invar.cli.render.html;

import static dev.invar.cli.render.html.Markup.escape;

import com.fasterxml.jackson.databind.JsonNode;
import dev.invar.cli.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The counterexample report: one self-contained HTML page rendered from the JSON result document
 * (docs/result-schema.json), so that {@code invar check --html} and {@code invar report} draw the same page.
 * Styles and script are inline and the page forbids itself any network access.
 */
public final class HtmlReport {
    private static final String CSS = resource("report.css");
    private static final String SCRIPT = resource("report.js");
    /** Findings whose trace is a counterexample; for others (an evaluation error) it only leads to the error. */
    private static final Set<String> COUNTEREXAMPLES = Set.of("safety-violation", "liveness-violation", "deadlock",
            "assumption-failure", "assert-failure");

    /** The page, and what the reader of the command line should know (e.g. an unusable {@code --lanes}). */
    public record Page(String html, List<String> warnings) {
        public Page {
            warnings = List.copyOf(warnings);
        }
    }

    private HtmlReport() {
    }

    /**
     * Writes the page to {@code file} and each warning to {@code err}.
     *
     * @param lanes {@code --lanes VAR}: draw a lifeline per element of VAR's domain
     */
    public static void write(JsonNode result, Optional<String> lanes, Path file, PrintWriter err) {
        Page page = render(result, lanes);
        try {
            Files.writeString(file, page.html(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + e.getMessage());
        }
        page.warnings().forEach(w -> err.println("invar: " + w));
        err.flush();
    }

    /**
     * The page of a result document; any document with a {@code verdict} will do, the trace sections appear
     * when a violation has a trace.
     */
    public static Page render(JsonNode result, Optional<String> lanes) {
        List<String> warnings = new ArrayList<>();
        JsonNode violations = result.path("violations");
        StringBuilder body = new StringBuilder(Summary.render(result));
        if (!violations.isEmpty()) {
            body.append(PropertySection.render(violations, Path.of(result.path("spec").asText("."))));
        }
        Optional<JsonNode> traced = firstWithTrace(violations);
        if (traced.isPresent()) {
            body.append(traceSections(result, traced.get(), lanes, warnings));
        } else if (lanes.isPresent()) {
            warnings.add("--lanes " + lanes.get() + ": the result has no trace to draw");
        }
        return new Page(page(title(result), body.toString(), result), warnings);
    }

    private static String traceSections(JsonNode result, JsonNode violation, Optional<String> requested,
                                        List<String> warnings) {
        Behaviour behaviour = Behaviour.from(violation.get("trace"));
        Set<String> messageVariables = MessagePlaces.variables(behaviour);
        Lanes lanes = LaneInference.infer(behaviour, requested, messageVariables);
        lanes.note().ifPresent(warnings::add);
        LaneActivity activity = new LaneActivity(behaviour, lanes, messageVariables);
        List<Message> messages = MessageInference.infer(behaviour, lanes, activity, messageVariables);
        Optional<Integer> failing = behaviour.lastState().map(Step::index);
        return "<section class=\"diagram\">\n<h2>" + escape(traceHeading(result, violation, behaviour)) + "</h2>\n"
                + "<p class=\"caption\">" + escape(DiagramCaption.of(lanes, activity, messageVariables)) + "</p>\n"
                + "<div class=\"scroll\">" + SequenceDiagram.render(behaviour, activity, messages, failing) + "</div>\n"
                + "</section>\n<section class=\"table\">\n<h2>States</h2>\n" + StateTable.render(behaviour, failing)
                + "</section>\n";
    }

    private static Optional<JsonNode> firstWithTrace(JsonNode violations) {
        for (JsonNode v : violations) {
            if (v.path("trace").path("states").size() > 0) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static String traceHeading(JsonNode result, JsonNode violation, Behaviour behaviour) {
        int n = behaviour.states().size();
        String what = "simulate".equals(result.path("mode").asText()) ? "Simulation trace"
                : COUNTEREXAMPLES.contains(violation.path("kind").asText()) ? "Counterexample" : "Behaviour up to the error";
        return what + " (" + n + (n == 1 ? " state" : " states") + (behaviour.loopsBackTo().isPresent() ? ", a lasso" : "")
                + (behaviour.endsStuttering() ? ", then stuttering" : "") + ")";
    }

    private static String title(JsonNode result) {
        String spec = Summary.fileName(result.path("spec").asText("spec"));
        String property = result.path("violations").path(0).path("property").asText("");
        return "Invar: " + (property.isEmpty() ? Summary.label(result.path("verdict").asText()) : property + " violated")
                + " · " + spec;
    }

    private static String page(String title, String body, JsonNode result) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "script-src 'unsafe-inline'; img-src data:\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n" + body
                + "<footer>Invar " + escape(result.path("invarVersion").asText("?")) + " · TLC "
                + escape(result.path("tlc").path("version").asText("?")) + " · result schema "
                + result.path("schemaVersion").asInt() + "</footer>\n<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n";
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
