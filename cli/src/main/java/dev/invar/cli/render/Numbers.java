package dev.invar.cli.render;

import java.time.Duration;
import java.util.Locale;

/** Numbers and durations as people read them. */
public final class Numbers {
    private Numbers() {
    }

    public static String count(long n) {
        return n < 0 ? "?" : String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code n} things, e.g. "1 lemma", "1,204 counterexamples": the noun given in the singular, an s added for more. */
    public static String count(long n, String noun) {
        return count(n) + " " + noun + (n == 1 ? "" : "s");
    }

    public static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms < 10_000) {
            return String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
        }
        long s = d.toSeconds();
        if (s < 3600) {
            return s < 60 ? s + "s" : (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
        }
        return (s / 3600) + "h" + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + "m";
    }
}
