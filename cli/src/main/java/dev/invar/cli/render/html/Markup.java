package dev.invar.cli.render.html;

/**
 * Escaping for HTML text and attribute values. Every string that reaches the page passes through here:
 * names and values come from the user's spec, so they may hold {@code <}, quotes or {@code &}.
 */
final class Markup {
    private Markup() {
    }

    /** Text content or a double-quoted attribute value. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code name="value"}, escaped, with a leading space. */
    static String attribute(String name, Object value) {
        return " " + name + "=\"" + escape(String.valueOf(value)) + "\"";
    }

    /** At most {@code max} characters, ending in an ellipsis when cut. */
    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "…";
    }
}
