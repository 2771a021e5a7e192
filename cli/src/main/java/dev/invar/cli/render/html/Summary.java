package dev.invar.cli.render.html;

import static dev.invar.cli.render.html.Markup.attribute;
import static dev.invar.cli.render.html.Markup.escape;

import com.fasterxml.jackson.databind.JsonNode;
import dev.invar.cli.render.Numbers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The top of the page: the verdict and its exact claim, the statistics, the model, and any errors. */
final class Summary {
    private Summary() {
    }

    static String render(JsonNode doc) {
        String verdict = doc.path("verdict").asText("unknown");
        StringBuilder html = new StringBuilder();
        html.append("<header").append(attribute("class", "verdict " + tone(verdict))).append(attribute("data-verdict", verdict))
                .append(">\n<div class=\"badge\">").append(symbol(verdict)).append(' ').append(escape(label(verdict)))
                .append(" <span class=\"exit\">exit ").append(doc.path("exitCode").asInt()).append("</span></div>\n")
                .append("<h1>").append(escape(doc.path("claim").asText())).append("</h1>\n<p class=\"source\">")
                .append(String.join(" · ", source(doc))).append("</p>\n");
        stats(html, doc);
        model(html, doc.path("model"));
        diagnostics(html, doc.path("diagnostics"));
        return html.append("</header>\n").toString();
    }

    static String label(String verdict) {
        String words = verdict.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String tone(String verdict) {
        return switch (verdict) {
            case "success" -> "good";
            case "timed-out", "cancelled" -> "unknown";
            default -> "bad";
        };
    }

    private static String symbol(String verdict) {
        return switch (tone(verdict)) {
            case "good" -> "✓";
            case "unknown" -> "!";
            default -> "✗";
        };
    }

    private static List<String> source(JsonNode doc) {
        List<String> parts = new ArrayList<>();
        parts.add("spec " + file(doc.path("spec")));
        if (doc.path("config").isTextual()) {
            parts.add("config " + file(doc.path("config")));
        }
        parts.add("simulate".equals(doc.path("mode").asText()) ? "random simulation" : escape(doc.path("mode").asText()));
        parts.add("TLC " + escape(doc.path("tlc").path("version").asText("?")));
        return parts;
    }

    private static String file(JsonNode path) {
        return "<code" + attribute("title", path.asText()) + ">" + escape(fileName(path.asText())) + "</code>";
    }

    /** The file's name without its directory. */
    static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 || slash == path.length() - 1 ? path : path.substring(slash + 1);
    }

    private static void stats(StringBuilder html, JsonNode doc) {
        JsonNode s = doc.path("stats");
        boolean simulation = "simulate".equals(doc.path("mode").asText());
        html.append("<dl class=\"stats\">");
        item(html, "states generated", Numbers.count(s.path("generated").asLong(-1)));
        if (!simulation) {
            item(html, "distinct states", Numbers.count(s.path("distinct").asLong(-1)));
            item(html, "left on queue", Numbers.count(s.path("leftOnQueue").asLong(-1)));
            item(html, "depth", Numbers.count(s.path("depth").asLong(-1)));
        }
        item(html, "time", Numbers.duration(Duration.ofMillis(s.path("durationMillis").asLong())));
        if (s.path("workers").isInt()) {
            item(html, "workers", s.get("workers").asText());
        }
        if (s.path("seed").isTextual()) {
            item(html, "seed", s.get("seed").asText());
        }
        html.append("</dl>\n");
    }

    private static void model(StringBuilder html, JsonNode model) {
        if (!model.isObject()) {
            return;
        }
        html.append("<dl class=\"model\">");
        List<String> constants = new ArrayList<>();
        model.path("constants").fields().forEachRemaining((Map.Entry<String, JsonNode> c) ->
                constants.add(c.getKey() + " = " + c.getValue().asText()));
        list(html, "constants", constants);
        list(html, "invariants", texts(model.path("invariants")));
        list(html, "properties", texts(model.path("properties")));
        html.append("</dl>\n");
    }

    private static void diagnostics(StringBuilder html, JsonNode diagnostics) {
        if (diagnostics.isEmpty()) {
            return;
        }
        html.append("<ul class=\"diagnostics\">");
        for (JsonNode d : diagnostics) {
            html.append("<li><pre>").append(escape(d.path("message").asText())).append("</pre>");
            Behaviour.location(d.path("location")).ifPresent(l -> html.append("<span class=\"location\">at ")
                    .append(escape(l)).append("</span>"));
            html.append("</li>");
        }
        html.append("</ul>\n");
    }

    private static void item(StringBuilder html, String term, String value) {
        html.append("<div><dt>").append(escape(term)).append("</dt><dd>").append(escape(value)).append("</dd></div>");
    }

    private static void list(StringBuilder html, String term, List<String> values) {
        if (!values.isEmpty()) {
            item(html, term, String.join(", ", values));
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(e -> texts.add(e.asText()));
        return texts;
    }
}
