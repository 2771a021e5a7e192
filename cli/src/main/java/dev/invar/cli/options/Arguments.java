package dev.invar.cli.options;

import dev.invar.cli.UsageException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks and converts option values, with messages that name the option. */
public final class Arguments {
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");

    private Arguments() {
    }

    public static int positiveInt(String option, String value) {
        return whole(value).filter(n -> n > 0)
                .orElseThrow(() -> new UsageException(option + " takes a positive whole number, not '" + value + "'"));
    }

    /** A whole number from {@code min} to {@code max}. */
    public static int intBetween(String option, String value, int min, int max) {
        return whole(value).filter(n -> n >= min && n <= max)
                .orElseThrow(() -> new UsageException(option + " takes a whole number from " + min + " to " + max + ", not '" + value + "'"));
    }

    private static java.util.Optional<Integer> whole(String value) {
        try {
            return java.util.Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** {@code 90}, {@code 90s}, {@code 500ms}, {@code 10m}, {@code 2h}; a bare number is seconds. */
    public static Duration duration(String option, String value) {
        Matcher m = DURATION.matcher(value.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new UsageException(option + " takes a duration such as 90s, 10m or 2h, not '" + value + "'");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
