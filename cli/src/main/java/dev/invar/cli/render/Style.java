package dev.invar.cli.render;

import picocli.CommandLine.Help.Ansi;

/** Terminal styling through picocli's ANSI support; plain text when colour is off. */
public final class Style {
    private final boolean colour;

    public Style(boolean colour) {
        this.colour = colour;
    }

    String bold(String s) {
        return apply(s, Ansi.Style.bold);
    }

    String dim(String s) {
        return apply(s, Ansi.Style.faint);
    }

    String red(String s) {
        return apply(s, Ansi.Style.fg_red);
    }

    String green(String s) {
        return apply(s, Ansi.Style.fg_green);
    }

    String yellow(String s) {
        return apply(s, Ansi.Style.fg_yellow);
    }

    String cyan(String s) {
        return apply(s, Ansi.Style.fg_cyan);
    }

    private String apply(String s, Ansi.IStyle style) {
        return colour ? style.on() + s + style.off() : s;
    }
}
