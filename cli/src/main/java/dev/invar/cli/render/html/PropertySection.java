package dev.invar.cli.render.html;

import static dev.invar.cli.render.html.Markup.escape;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/** What was violated: the property, TLC's message, where, and the property's definition from the spec. */
final class PropertySection {
    private PropertySection() {
    }

    /** @param violations the result's violations; the first is the one shown in full */
    static String render(JsonNode violations, Path spec) {
        JsonNode first = violations.get(0);
        String property = first.path("property").asText("");
        StringBuilder html = new StringBuilder("<section class=\"property\">\n<h2>")
                .append(escape(heading(first.path("kind").asText())));
        if (!property.isEmpty()) {
            html.append(": <code>").append(escape(property)).append("</code>");
        }
        html.append("</h2>\n<p class=\"finding\">").append(escape(first.path("message").asText().strip())).append("</p>\n");
        Behaviour.location(first.path("location")).ifPresent(l -> html.append("<p class=\"location\">at ")
                .append(escape(l)).append("</p>\n"));
        if (!property.isEmpty()) {
            PropertyDefinition.find(spec, property).ifPresent(d -> html.append("<figure class=\"definition\"><figcaption>")
                    .append(escape(d.file())).append(", line ").append(d.line()).append("</figcaption><pre><code>")
                    .append(escape(d.text())).append("</code></pre></figure>\n"));
        }
        for (int i = 1; i < violations.size(); i++) {
            JsonNode other = violations.get(i);
            html.append("<p class=\"also\">Also: ").append(escape(heading(other.path("kind").asText())))
                    .append(other.path("property").isTextual() ? " " + escape(other.get("property").asText()) : "")
                    .append(" — ").append(escape(other.path("message").asText().strip())).append("</p>\n");
        }
        return html.append("</section>\n").toString();
    }

    private static String heading(String kind) {
        return switch (kind) {
            case "safety-violation" -> "Violated";
            case "liveness-violation" -> "Temporal property violated";
            case "deadlock" -> "Deadlock";
            default -> Summary.label(kind);
        };
    }
}
