package dev.invar.assistant.explain;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A multi-line TLA+ expression as one line with the same meaning. TLA+ groups {@code /\} and {@code \/}
 * bullet lists by column, so joining the lines as they are can regroup them; here every bullet list becomes
 * {@code ((item) /\ (item))} first. The evaluation pass takes each predicate on one line.
 *
 * <p>Columns must be the source's: the first line padded to where it stood in the module.
 */
final class OneLine {
    /** An open bullet list: its column, its operator, and the bracket depth it was opened at. */
    private record Junction(int column, String operator, int depth) {
    }

    private OneLine() {
    }

    static String of(String text) {
        if (!text.contains("\n")) {
            return text.strip();
        }
        StringBuilder out = new StringBuilder();
        Deque<Junction> open = new ArrayDeque<>();
        int depth = 0;
        for (String line : text.split("\n", -1)) {
            int column = line.length() - line.stripLeading().length();
            if (line.isBlank()) {
                continue;
            }
            boolean first = true;
            for (int i = column; i < line.length(); i++) {
                char c = line.charAt(i);
                String bullet = line.startsWith("/\\", i) ? "/\\" : line.startsWith("\\/", i) ? "\\/" : null;
                if (first) {
                    // A line's first token ends every list it stands left of, or continues the list it starts an item of.
                    while (!open.isEmpty() && (open.peek().column() > i
                            || open.peek().column() == i && !open.peek().operator().equals(bullet))) {
                        open.pop();
                        out.append("))");
                    }
                    if (bullet != null && !open.isEmpty() && open.peek().column() == i) {
                        out.append(") ").append(bullet).append(" (");
                        i++;
                        first = false;
                        continue;
                    }
                    out.append(' ');
                }
                if (c == '"') {
                    int end = endOfString(line, i);
                    out.append(line, i, end + 1);
                    i = end;
                } else if (bullet != null && (first || opensList(line, i))) {
                    open.push(new Junction(i, bullet, depth));
                    out.append("((");
                    i++;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                    out.append(c);
                } else if (c == ')' || c == ']' || c == '}') {
                    while (!open.isEmpty() && open.peek().depth() >= depth) {
                        open.pop();
                        out.append("))");
                    }
                    depth--;
                    out.append(c);
                } else {
                    out.append(c);
                }
                first = false;
            }
        }
        while (!open.isEmpty()) {
            open.pop();
            out.append("))");
        }
        return out.toString().strip().replaceAll("\\s+", " ");
    }

    /** Whether a bullet in mid-line is a prefix (opening a list) rather than an infix operator. */
    private static boolean opensList(String line, int at) {
        int p = at - 1;
        while (p >= 0 && line.charAt(p) == ' ') {
            p--;
        }
        if (p < 0) {
            return true;
        }
        char before = line.charAt(p);
        if (Character.isLetterOrDigit(before) || before == '_' || before == ')' || before == ']' || before == '}'
                || before == '"' || before == '\'') {
            // An operand ends here, unless it is a keyword after which an expression starts.
            String word = line.substring(0, p + 1).replaceAll(".*?(\\w+)$", "$1");
            return word.equals("THEN") || word.equals("ELSE") || word.equals("IN") || word.equals("LET")
                    || word.equals("OTHER");
        }
        return !(before == '>' && p > 0 && line.charAt(p - 1) == '>');
    }

    private static int endOfString(String line, int open) {
        for (int i = open + 1; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '"') {
                return i;
            }
        }
        return line.length() - 1;
    }
}
