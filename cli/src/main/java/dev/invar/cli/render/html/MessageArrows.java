package dev.invar.cli.render.html;

import static dev.invar.cli.render.html.DiagramLayout.BOX_HEIGHT;
import static dev.invar.cli.render.html.DiagramLayout.BOX_WIDTH;
import static dev.invar.cli.render.html.Markup.attribute;
import static dev.invar.cli.render.html.Markup.escape;
import static dev.invar.cli.render.html.Markup.shorten;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The arrows of the sequence diagram: each message from its send to each receipt (a bracket on the right
 * when a lane takes in what it sent itself), a short open-ended stub for a message nobody is seen to
 * receive, and the arrow from a lasso's last state back to where its loop starts. Labels are put where no
 * event box hides them.
 */
final class MessageArrows {
    private static final int LABEL_LENGTH = 22;
    private static final double[] LABEL_POSITIONS = {0.5, 0.35, 0.65, 0.2, 0.8};

    private final Behaviour behaviour;
    private final DiagramLayout layout;
    private final BiPredicate<String, Integer> hasEvent;
    private final StringBuilder svg = new StringBuilder();
    /** Messages sent by one lane in one step are fanned out so that they do not overlap. */
    private final Map<String, Integer> sentSoFar = new HashMap<>();

    private MessageArrows(Behaviour behaviour, DiagramLayout layout, BiPredicate<String, Integer> hasEvent) {
        this.behaviour = behaviour;
        this.layout = layout;
        this.hasEvent = hasEvent;
    }

    /** @param hasEvent whether a lane has an event box at a step index */
    static String render(Behaviour behaviour, DiagramLayout layout, List<Message> messages,
                         BiPredicate<String, Integer> hasEvent) {
        MessageArrows arrows = new MessageArrows(behaviour, layout, hasEvent);
        messages.stream().filter(m -> layout.lanes().contains(m.sender())).forEach(arrows::message);
        arrows.lasso();
        return arrows.svg.toString();
    }

    private void message(Message m) {
        int fan = sentSoFar.merge(m.sender() + "@" + m.sentAt(), 1, Integer::sum) - 1;
        int xs = layout.x(m.sender());
        int ys = layout.y(m.sentAt()) + 4 + 6 * Math.min(fan, 2);
        List<Message.Receipt> receipts = m.receipts().stream().filter(r -> layout.lanes().contains(r.lane())).toList();
        if (receipts.isEmpty()) {
            stub(m, xs, ys, fan);
            return;
        }
        for (Message.Receipt r : receipts) {
            int y2 = layout.y(r.step()) - BOX_HEIGHT / 2 + 6;
            open(m, "message").append(attribute("data-to", r.lane()))
                    .append(attribute("data-received", number(r.step()))).append('>')
                    .append("<title>").append(escape(title(m))).append("</title>");
            if (r.lane().equals(m.sender())) {
                int x = xs + BOX_WIDTH / 2;
                svg.append("<path").append(attribute("d", "M" + x + "," + ys + " h14 V" + y2 + " h-12"))
                        .append(" marker-end=\"url(#arrowhead)\"/>");
                if (r == receipts.get(0)) {
                    labelBeside(m, x + 18, ys, y2);
                }
            } else {
                int xr = layout.x(r.lane());
                int direction = xr >= xs ? 1 : -1;
                int x1 = xs + direction * BOX_WIDTH / 2;
                int x2 = xr - direction * BOX_WIDTH / 2;
                svg.append("<line").append(attribute("x1", x1)).append(attribute("y1", ys)).append(attribute("x2", x2))
                        .append(attribute("y2", y2)).append(" marker-end=\"url(#arrowhead)\"/>");
                if (r == receipts.get(0)) {
                    labelAlong(m, x1, ys, x2, y2);
                }
            }
            svg.append("</g>\n");
        }
    }

    private void stub(Message m, int xs, int ys, int fan) {
        boolean leftward = layout.lanes().indexOf(m.sender()) == layout.lanes().size() - 1 && layout.lanes().size() > 1;
        int direction = leftward ? -1 : 1;
        int x1 = xs + direction * BOX_WIDTH / 2;
        int x2 = x1 + direction * 22;
        open(m, m.consumedAt().isPresent() ? "message removed" : "message unreceived").append('>')
                .append("<title>").append(escape(title(m))).append("</title>")
                .append("<line").append(attribute("x1", x1)).append(attribute("y1", ys)).append(attribute("x2", x2))
                .append(attribute("y2", ys)).append("/>")
                .append("<circle").append(attribute("cx", x2 + direction * 3)).append(attribute("cy", ys)).append(" r=\"3\"/>");
        label(m, x2 + direction * 8, ys + 4 + 10 * fan, leftward ? "end" : "start");
        svg.append("</g>\n");
    }

    /** The first point along the arrow, middle first, where the label covers no event box. */
    private void labelAlong(Message m, int x1, int y1, int x2, int y2) {
        double halfWidth = Math.min(m.label().length(), LABEL_LENGTH) * 2.9;
        for (double t : LABEL_POSITIONS) {
            double x = x1 + (x2 - x1) * t;
            double y = y1 + (y2 - y1) * t - 3;
            if (!coversEvent(x, y, halfWidth)) {
                label(m, x, y, "middle");
                return;
            }
        }
        label(m, x1 + (x2 - x1) * 0.5, y1 + (y2 - y1) * 0.5 - 3, "middle");
    }

    /** Beside a bracket from {@code y1} down to {@code y2}, left-aligned at {@code x}: middle first, then its ends. */
    private void labelBeside(Message m, int x, int y1, int y2) {
        double halfWidth = Math.min(m.label().length(), LABEL_LENGTH) * 2.9;
        for (double y : new double[] {(y1 + y2) / 2.0 + 3, y1 + 12, y2 - 2}) {
            if (!coversEvent(x + halfWidth, y, halfWidth)) {
                label(m, x, y, "start");
                return;
            }
        }
        label(m, x, y1 + 12, "start");
    }

    private boolean coversEvent(double x, double y, double halfWidth) {
        int index = (int) Math.round((y - layout.y(0)) / DiagramLayout.ROW);
        if (index < 0 || index >= behaviour.steps().size() || Math.abs(y - layout.y(index)) > BOX_HEIGHT / 2.0 + 8) {
            return false;
        }
        return layout.lanes().stream().anyMatch(lane -> hasEvent.test(lane, index)
                && Math.abs(x - layout.x(lane)) < BOX_WIDTH / 2.0 + halfWidth);
    }

    private StringBuilder open(Message m, String classes) {
        return svg.append("<g").append(attribute("class", classes)).append(attribute("data-from", m.sender()))
                .append(attribute("data-sent", number(m.sentAt()))).append(attribute("data-variable", m.variable()));
    }

    private void label(Message m, double x, double y, String anchor) {
        svg.append("<text class=\"message-label\"").append(attribute("x", Math.round(x))).append(attribute("y", Math.round(y)))
                .append(attribute("text-anchor", anchor)).append('>').append(escape(shorten(m.label(), LABEL_LENGTH)))
                .append("</text>");
    }

    private String title(Message m) {
        StringBuilder title = new StringBuilder(m.variable()).append(": ").append(ItfText.of(m.content()))
                .append("\nsent in state ").append(number(m.sentAt())).append(" by ").append(name(m.sender()));
        m.receipts().forEach(r -> title.append("\nreceived in state ").append(number(r.step())).append(" by ").append(name(r.lane())));
        if (m.receipts().isEmpty()) {
            title.append(m.consumedAt().map(i -> "\nremoved in state " + number(i) + " with no receiver in sight")
                    .orElse("\nnot seen to be received"));
        }
        return title.toString();
    }

    private void lasso() {
        Optional<Integer> back = behaviour.loopsBackTo();
        Optional<Step> last = behaviour.lastState();
        Optional<Step> target = back.flatMap(k -> behaviour.steps().stream().filter(s -> s.number() == k).findFirst());
        if (last.isEmpty() || target.isEmpty()) {
            return;
        }
        int right = layout.lanesRight();
        int y1 = layout.y(last.get().index());
        int y2 = layout.y(target.get().index());
        svg.append("<g class=\"lasso\"").append(attribute("data-step", last.get().number()))
                .append(attribute("data-loops-back-to", target.get().number())).append('>')
                .append("<path").append(attribute("d", "M" + (right - 10) + "," + y1 + " H" + (right + 40) + " V" + y2
                        + " H" + (right - 6))).append(" marker-end=\"url(#arrowhead)\"/>")
                .append("<text").append(attribute("x", right + 46)).append(attribute("y", (y1 + y2) / 2)).append('>')
                .append("↺ back to ").append(target.get().number()).append("</text></g>\n");
    }

    private int number(int index) {
        return behaviour.steps().get(index).number();
    }

    private static String name(String lane) {
        return Lanes.GLOBAL.equals(lane) ? "global" : lane;
    }
}
