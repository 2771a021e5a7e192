package dev.invar.cli.render.html;

import static dev.invar.cli.render.html.DiagramLayout.BOX_HEIGHT;
import static dev.invar.cli.render.html.DiagramLayout.BOX_WIDTH;
import static dev.invar.cli.render.html.Markup.attribute;
import static dev.invar.cli.render.html.Markup.escape;
import static dev.invar.cli.render.html.Markup.shorten;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The message sequence diagram as inline SVG: a lifeline per lane (dashed while the node is down), each
 * step's action as an event on the lanes it changed, with what changed and the lane's clocks, messages
 * from send to receipt, the failing step in red and the arrow that closes a lasso. Every element carries
 * {@code data-step} (TLC's state number) and {@code data-lane}, which the page's script and tests use.
 */
final class SequenceDiagram {
    private final Behaviour behaviour;
    private final LaneActivity activity;
    private final DiagramLayout layout;
    private final Optional<Integer> failing;
    private final StringBuilder svg = new StringBuilder();

    private SequenceDiagram(Behaviour behaviour, LaneActivity activity, Optional<Integer> failing) {
        this.behaviour = behaviour;
        this.activity = activity;
        this.layout = new DiagramLayout(activity.laneIds(), behaviour.steps().size(), behaviour.loopsBackTo().isPresent());
        this.failing = failing;
    }

    /** @param failing the index of the step where the property fails, to highlight */
    static String render(Behaviour behaviour, LaneActivity activity, List<Message> messages, Optional<Integer> failing) {
        return new SequenceDiagram(behaviour, activity, failing).render(messages);
    }

    private String render(List<Message> messages) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sequence\"")
                .append(attribute("width", layout.width())).append(attribute("height", layout.height()))
                .append(attribute("viewBox", "0 0 " + layout.width() + " " + layout.height()))
                .append(" role=\"img\" aria-label=\"Message sequence diagram\">\n")
                .append("<defs><marker id=\"arrowhead\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"9\" "
                        + "markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\">"
                        + "<path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n");
        behaviour.steps().forEach(this::row);
        layout.lanes().forEach(this::lane);
        svg.append(MessageArrows.render(behaviour, layout, messages, this::hasEvent));
        behaviour.steps().forEach(this::events);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void row(Step step) {
        boolean isFailing = failing.equals(Optional.of(step.index()));
        boolean inLoop = behaviour.loopsBackTo().map(k -> step.number() >= k && !step.isStuttering()).orElse(false);
        svg.append("<g class=\"row").append(isFailing ? " failing" : "").append(inLoop ? " in-loop" : "")
                .append(step.isStuttering() ? " stuttering" : "").append('"').append(attribute("data-step", step.number()))
                .append(isFailing ? " data-failing=\"true\"" : "").append('>')
                .append("<rect x=\"0\"").append(attribute("y", layout.rowTop(step.index())))
                .append(attribute("width", layout.width())).append(attribute("height", DiagramLayout.ROW)).append("/>")
                .append("<text class=\"step-number\" x=\"12\"").append(attribute("y", layout.y(step.index()) + 4)).append('>')
                .append(step.number()).append("</text>");
        if (step.isStuttering()) {
            svg.append("<text class=\"stutter\"").append(attribute("x", DiagramLayout.GUTTER + 8))
                    .append(attribute("y", layout.y(step.index()) + 4))
                    .append(">Stuttering: nothing happens any more, forever</text>");
        }
        svg.append("</g>\n");
    }

    private void lane(String lane) {
        boolean global = Lanes.GLOBAL.equals(lane);
        int x = layout.x(lane);
        svg.append("<g class=\"lane").append(global ? " global" : "").append('"').append(attribute("data-lane", lane))
                .append(attribute("data-lane-kind", global ? "global" : "node")).append('>')
                .append("<rect class=\"lane-head\"").append(attribute("x", x - BOX_WIDTH / 2)).append(" y=\"12\"")
                .append(attribute("width", BOX_WIDTH)).append(" height=\"40\" rx=\"6\"/>")
                .append("<text class=\"lane-name\"").append(attribute("x", x)).append(attribute("y", global ? 30 : 37)).append('>')
                .append(escape(shorten(global ? "global" : lane, 20))).append("</text>");
        if (global) {
            String variables = activity.globalVariables().isEmpty() ? "actions of no node"
                    : String.join(", ", activity.globalVariables());
            svg.append("<text class=\"lane-note\"").append(attribute("x", x)).append(" y=\"45\">")
                    .append(escape(shorten(variables, 28))).append("<title>").append(escape(variables)).append("</title></text>");
        }
        for (Step step : behaviour.steps()) {
            int top = step.index() == 0 ? 52 : layout.y(step.index() - 1);
            boolean down = step.index() > 0 && activity.isDown(step.index() - 1, lane);
            svg.append("<line class=\"lifeline").append(down ? " down" : "").append('"').append(attribute("x1", x))
                    .append(attribute("x2", x)).append(attribute("y1", top)).append(attribute("y2", layout.y(step.index())))
                    .append("/>");
        }
        svg.append("</g>\n");
    }

    private void events(Step step) {
        if (step.isStuttering()) {
            return;
        }
        List<String> lanes = step.isInitial() ? layout.lanes() : List.copyOf(activity.actors(step.index()));
        for (String lane : lanes) {
            event(step, lane);
        }
        for (String lane : layout.lanes()) {
            if (step.index() > 0 && activity.isDown(step.index(), lane) != activity.isDown(step.index() - 1, lane)) {
                boolean crash = activity.isDown(step.index(), lane);
                svg.append("<text class=\"").append(crash ? "crash" : "restart").append('"')
                        .append(attribute("data-step", step.number())).append(attribute("data-lane", lane))
                        .append(attribute("x", layout.x(lane) + BOX_WIDTH / 2 + 4)).append(attribute("y", layout.y(step.index()) - 10))
                        .append('>').append(crash ? "✕ down" : "↻ up").append("</text>");
            }
        }
    }

    private boolean hasEvent(String lane, int index) {
        Step step = behaviour.steps().get(index);
        return !step.isStuttering() && (step.isInitial() || activity.actors(index).contains(lane));
    }

    private void event(Step step, String lane) {
        int x = layout.x(lane);
        int y = layout.y(step.index());
        boolean isFailing = failing.equals(Optional.of(step.index()));
        String detail = step.isInitial() ? values(activity.view(step, lane)) : changes(step.index(), lane);
        String clocks = values(activity.clocks(step.index(), lane));
        svg.append("<g class=\"event").append(step.isInitial() ? " initial" : "").append(isFailing ? " failing" : "")
                .append(Lanes.GLOBAL.equals(lane) ? " global" : "").append('"')
                .append(attribute("data-step", step.number())).append(attribute("data-lane", lane))
                .append(attribute("data-action", step.action())).append('>')
                .append("<title>").append(escape(title(step, lane, detail, clocks))).append("</title>")
                .append("<rect").append(attribute("x", x - BOX_WIDTH / 2)).append(attribute("y", y - BOX_HEIGHT / 2))
                .append(attribute("width", BOX_WIDTH)).append(attribute("height", BOX_HEIGHT)).append(" rx=\"5\"/>")
                .append(text("action", x, y - 3, step.isInitial() ? "Init" : step.action(), 18, 24))
                .append(text("detail", x, y + 11, detail, 25, 32));
        if (!clocks.isEmpty()) {
            svg.append("<text class=\"clock\"").append(attribute("x", x)).append(attribute("y", y + BOX_HEIGHT / 2 + 11))
                    .append(">⏱ ").append(escape(shorten(clocks, 28))).append("</text>");
        }
        svg.append("</g>\n");
    }

    /** A line of the event box; beyond {@code fits} characters it is squeezed to the box's width, beyond {@code max} cut. */
    private static String text(String type, int x, int y, String text, int fits, int max) {
        return "<text" + attribute("class", type) + attribute("x", x) + attribute("y", y)
                + (text.length() > fits ? attribute("textLength", BOX_WIDTH - 10) + " lengthAdjust=\"spacingAndGlyphs\"" : "")
                + ">" + escape(shorten(text, max)) + "</text>";
    }

    private String changes(int index, String lane) {
        return activity.changes(index, lane).stream().map(c -> c.variable() + "=" + ItfText.of(c.after()))
                .collect(Collectors.joining(", "));
    }

    private static String values(Map<String, JsonNode> view) {
        return view.entrySet().stream().map(e -> e.getKey() + "=" + ItfText.of(e.getValue())).collect(Collectors.joining(", "));
    }

    private String title(Step step, String lane, String detail, String clocks) {
        StringBuilder title = new StringBuilder("State ").append(step.number()).append(": ").append(step.action());
        step.location().ifPresent(l -> title.append(" (").append(l).append(')'));
        title.append("\nlane ").append(Lanes.GLOBAL.equals(lane) ? "global" : lane);
        if (step.isInitial()) {
            title.append("\n").append(detail);
        } else {
            activity.changes(step.index(), lane).forEach(c -> title.append('\n').append(c.variable()).append(": ")
                    .append(ItfText.of(c.before())).append(" → ").append(ItfText.of(c.after())));
        }
        if (!clocks.isEmpty()) {
            title.append("\nclocks: ").append(clocks);
        }
        return title.toString();
    }
}
