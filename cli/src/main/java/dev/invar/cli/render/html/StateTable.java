package dev.invar.cli.render.html;

import static dev.invar.cli.render.html.Markup.attribute;
import static dev.invar.cli.render.html.Markup.escape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The behaviour as a table, a row per state: the action and where it is defined, then the variables that
 * changed with the changed parts marked. Unchanged variables are there too, hidden until "full states" is
 * ticked.
 */
final class StateTable {
    private StateTable() {
    }

    /** @param failing the index of the step where the property fails, to highlight */
    static String render(Behaviour behaviour, Optional<Integer> failing) {
        StringBuilder html = new StringBuilder();
        html.append("<p class=\"controls\"><label><input type=\"checkbox\" id=\"full-states\"> Full states: show the "
                + "variables that did not change too</label></p>\n")
                .append("<table class=\"states\"><thead><tr><th>State</th><th>Action</th><th>Variables</th></tr></thead><tbody>\n");
        for (Step step : behaviour.steps()) {
            row(html, behaviour, step, failing.equals(Optional.of(step.index())));
        }
        behaviour.loopsBackTo().ifPresent(k -> html.append("<tr class=\"loop-back\"").append(attribute("data-loops-back-to", k))
                .append("><td></td><td colspan=\"2\">↺ back to state ").append(k)
                .append(", and round again forever</td></tr>\n"));
        return html.append("</tbody></table>\n").toString();
    }

    private static void row(StringBuilder html, Behaviour behaviour, Step step, boolean failing) {
        boolean inLoop = behaviour.loopsBackTo().map(k -> step.number() >= k && !step.isStuttering()).orElse(false);
        String classes = (step.kind() + (failing ? " failing" : "") + (inLoop ? " in-loop" : "")).strip();
        html.append("<tr").append(attribute("id", "state-" + step.number())).append(attribute("class", classes))
                .append(attribute("data-step", step.number())).append(failing ? " data-failing=\"true\"" : "").append('>')
                .append("<td class=\"number\">").append(step.number()).append("</td><td class=\"action\">")
                .append(escape(step.action()));
        step.location().ifPresent(l -> html.append("<div class=\"location\">").append(escape(l)).append("</div>"));
        html.append("</td><td>");
        if (step.isStuttering()) {
            html.append("<span class=\"note\">nothing happens any more, forever</span>");
        }
        Map<String, JsonNode> before = behaviour.before(step).map(Step::variables).orElse(Map.of());
        int unchanged = 0;
        for (Map.Entry<String, JsonNode> v : step.variables().entrySet()) {
            boolean changed = step.isInitial() || !Objects.equals(before.get(v.getKey()), v.getValue());
            unchanged += changed ? 0 : 1;
            html.append("<div").append(attribute("class", changed ? "var changed" : "var same"))
                    .append(attribute("data-variable", v.getKey())).append("><span class=\"name\">").append(escape(v.getKey()))
                    .append("</span> = <code>")
                    .append(step.isInitial() ? escape(ItfText.of(v.getValue())) : ValueDiff.html(v.getValue(), before.get(v.getKey())))
                    .append("</code></div>");
        }
        if (unchanged > 0) {
            html.append("<div class=\"unchanged-count\">").append(unchanged).append(" unchanged</div>");
        }
        html.append("</td></tr>\n");
    }
}
