package dev.invar.tlc.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Incremental parser of TLC's {@code -tool} stream. Feed it lines as they arrive; it hands over each
 * top-level message when it closes and each unframed line at once. Robust to what TLC really prints:
 * markers in the middle of a line (exception text before a STARTMSG), nested messages, messages TLC
 * never closes, and an ENDMSG that closes more than the innermost message.
 */
public final class ToolMessageParser {
    private static final Pattern MARKER =
            Pattern.compile("@!@!@(STARTMSG (\\d+)(?::(\\d+))?|ENDMSG (\\d+)) @!@!@");

    /** What the parser hands over: a closed top-level message or a line outside any message. */
    public sealed interface Output {
    }

    public record Message(ToolMessage message) implements Output {
    }

    public record Unframed(String line) implements Output {
    }

    private static final class Open {
        final int code;
        final int severity;
        final StringBuilder body = new StringBuilder();
        final List<ToolMessage> nested = new ArrayList<>();

        Open(int code, int severity) {
            this.code = code;
            this.severity = severity;
        }

        ToolMessage close() {
            String text = body.toString();
            while (text.endsWith("\n")) {
                text = text.substring(0, text.length() - 1);
            }
            return new ToolMessage(code, severity, text, nested);
        }
    }

    private final Deque<Open> open = new ArrayDeque<>();
    private final Consumer<Output> sink;

    public ToolMessageParser(Consumer<Output> sink) {
        this.sink = sink;
    }

    /** Parses a whole recorded output at once. */
    public static List<Output> parseAll(List<String> lines) {
        List<Output> out = new ArrayList<>();
        ToolMessageParser parser = new ToolMessageParser(out::add);
        lines.forEach(parser::accept);
        parser.finish();
        return out;
    }

    public void accept(String line) {
        Matcher m = MARKER.matcher(line);
        int from = 0;
        boolean sawMarker = false;
        while (m.find()) {
            sawMarker = true;
            text(line.substring(from, m.start()), false);
            if (m.group(2) != null) {
                int severity = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                open.push(new Open(Integer.parseInt(m.group(2)), severity));
            } else {
                end(Integer.parseInt(m.group(4)));
            }
            from = m.end();
        }
        String rest = line.substring(from);
        if (!sawMarker) {
            text(rest, true);
        } else if (!rest.isBlank()) {
            text(rest, false);
        }
    }

    /** Closes whatever TLC left open (it does not always close its messages) and hands it over. */
    public void finish() {
        while (!open.isEmpty()) {
            closeInnermost();
        }
    }

    private void text(String fragment, boolean wholeLine) {
        if (!wholeLine && fragment.isBlank()) {
            return;
        }
        if (open.isEmpty()) {
            sink.accept(new Unframed(fragment));
        } else {
            open.peek().body.append(fragment).append('\n');
        }
    }

    private void end(int code) {
        if (open.stream().noneMatch(o -> o.code == code)) {
            return; // an ENDMSG for nothing open: nothing to close
        }
        while (true) {
            Open innermost = open.peek();
            closeInnermost();
            if (innermost.code == code) {
                return;
            }
        }
    }

    private void closeInnermost() {
        ToolMessage closed = open.pop().close();
        if (open.isEmpty()) {
            sink.accept(new Message(closed));
        } else {
            open.peek().nested.add(closed);
        }
    }
}
