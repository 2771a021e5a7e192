package dev.invar.tlc.internal;

import dev.invar.tlc.Diagnostic;
import dev.invar.tlc.Mode;
import dev.invar.tlc.SourceLocation;
import dev.invar.tlc.TlcEvent;
import dev.invar.tlc.TraceState;
import dev.invar.tlc.Verdict;
import dev.invar.tlc.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns parsed {@code -tool} output into typed {@link TlcEvent}s. Stateful only in that it keeps the
 * unframed lines SANY printed, so that a later "parsing failed" message can be given their locations.
 */
public final class EventTranslator {
    private static final Pattern VERSION = Pattern.compile("Version (.+)$");
    private static final Pattern SEED = Pattern.compile("seed (-?\\d+)");
    private static final Pattern FP = Pattern.compile("with fp (\\d+)");
    private static final Pattern WORKERS = Pattern.compile("with (\\d+) workers?");
    private static final Pattern PROGRESS = Pattern.compile(
            "Progress\\((-?\\d+)\\).*?: (-?[\\d,]+) states generated.*?, (-?[\\d,]+) distinct states found.*?, (-?[\\d,]+) states left on queue");
    private static final Pattern STATES = Pattern.compile(
            "(-?[\\d,]+) states generated, (-?[\\d,]+) distinct states found, (-?[\\d,]+) states left on queue");
    private static final Pattern SIMULATION_STATES = Pattern.compile("The number of states generated: ([\\d,]+)");
    private static final Pattern DEPTH = Pattern.compile("depth of the complete state graph search is (\\d+)");
    private static final Pattern PROBABILITY = Pattern.compile("calculated \\(optimistic\\):\\s*val = ([0-9.Ee+-]+)");
    private static final Pattern FINISHED = Pattern.compile("Finished in (?:(\\d+)h )?(?:(\\d+)min )?(?:(\\d+)s)?(?:(\\d+)ms)?");
    private static final Pattern INVARIANT = Pattern.compile("Invariant (\\S+) is violated");
    private static final Pattern ACTION_PROPERTY = Pattern.compile("Action property (\\S+) is violated");
    private static final Pattern BACK_TO = Pattern.compile("^(\\d+): Back to state(?:: <(.*?)(?: line .*)?>)?");
    /**
     * A Java exception TLC's own code raised, not an error of the spec: TLC reports those as its own
     * messages or as a RuntimeException. TLC 2.18 now and then divides by zero in its own arithmetic.
     */
    private static final Pattern INTERNAL_FAULT = Pattern.compile(
            "The exception was a (java\\.lang\\.ArithmeticException)\\s*(?::\\s*(.*))?", Pattern.DOTALL);
    private static final Pattern ERROR_POSITION = Pattern.compile(
            "\\d+\\. Line (\\d+), column (\\d+) to line (\\d+), column (\\d+) in (\\w+)");

    /** TLC's codes for errors while evaluating the spec (EC.java: TLC_INITIAL_STATE, TLC_MODULE_*, …). */
    private static final java.util.Set<Integer> EVALUATION_ERRORS = java.util.Set.of(2102, 2105, 2106, 2109, 2111, 2113,
            2115, 2118, 2120, 2139, 2140, 2141, 2142, 2143, 2144, 2145, 2146, 2155, 2156, 2157, 2158, 2164, 2165, 2169,
            2170, 2172, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2244, 2246, 2247, 2248, 2250, 2251, 2252,
            2260, 2261, 2265, 2266);
    /** TLC's codes for failures of TLC itself or of the machine (metadir, disk, checkpoint, internal bug). */
    private static final java.util.Set<Integer> SYSTEM_ERRORS = java.util.Set.of(2100, 2101, 2117, 2123, 2124, 2125,
            2126, 2127, 2128, 2129, 2134, 2135, 2137, 2138, 2147, 2160, 2161, 2162, 2163, 2167, 2174, 2175);

    private final Consumer<TlcEvent> sink;
    private final List<String> sanyLines = new ArrayList<>();

    public EventTranslator(Consumer<TlcEvent> sink) {
        this.sink = sink;
    }

    public void accept(ToolMessageParser.Output output) {
        if (output instanceof ToolMessageParser.Unframed u) {
            unframed(u.line(), false);
        } else if (output instanceof ToolMessageParser.Message m) {
            message(m.message());
        }
    }

    /** A line the child printed outside any framed message, on stdout or stderr. */
    public void unframed(String line, boolean stderr) {
        sanyLines.add(line);
        sink.accept(new TlcEvent.RawLine(line, stderr));
        if (line.contains("java.lang.OutOfMemoryError")) {
            sink.accept(new TlcEvent.JvmFailure(TlcEvent.JvmFailure.Kind.OUT_OF_MEMORY, line.strip()));
        } else if (line.contains("Could not reserve enough space") || line.contains("Error occurred during initialization of VM")
                || line.contains("Invalid maximum heap size") || line.contains("Could not find or load main class")
                || line.contains("Could not create the Java Virtual Machine")) {
            sink.accept(new TlcEvent.JvmFailure(TlcEvent.JvmFailure.Kind.CANNOT_START, line.strip()));
        }
    }

    private void message(ToolMessage msg) {
        String body = msg.body();
        switch (msg.code()) {
            case 2262 -> match(VERSION, body).ifPresent(m -> sink.accept(new TlcEvent.VersionReported(m.group(1).strip())));
            case 2187, 2188, 2271 -> sink.accept(started(msg.code() == 2188 ? Mode.SIMULATE : Mode.MODEL_CHECK, body));
            case 2220 -> sanyLines.clear();
            case 2200, 2209 -> match(PROGRESS, body).ifPresent(m -> sink.accept(new TlcEvent.Progress(
                    Integer.parseInt(m.group(1)), count(m.group(2)), count(m.group(3)), count(m.group(4)))));
            case 2107 -> initialStateViolation(body);
            case 2110 -> violation(Verdict.SAFETY_VIOLATION, name(INVARIANT, body), body, Optional.empty());
            case 2112 -> violation(Verdict.SAFETY_VIOLATION, name(ACTION_PROPERTY, body), body, Optional.empty());
            case 2116 -> violation(Verdict.LIVENESS_VIOLATION, Optional.empty(), body, Optional.empty());
            case 2114 -> violation(Verdict.DEADLOCK, Optional.empty(), body, Optional.empty());
            case 2104 -> violation(Verdict.ASSUMPTION_FAILURE, Optional.empty(), body,
                    Locations.find(Locations.OF_MODULE, body));
            case 2132 -> violation(Verdict.ASSERT_FAILURE, Optional.empty(), body, Optional.empty());
            case 2108 -> violation(Verdict.LIVENESS_VIOLATION, Optional.empty(), body, Optional.empty());
            case 1000 -> general(msg);
            case 1001, 1002, 1003 -> sink.accept(new TlcEvent.JvmFailure(TlcEvent.JvmFailure.Kind.OUT_OF_MEMORY, body));
            case 2217, 2218 -> TraceStateParser.parse(body).ifPresentOrElse(
                    s -> sink.accept(new TlcEvent.TraceStateFound(s)), () -> other(msg));
            case 2122 -> match(BACK_TO, body.strip()).ifPresent(m -> sink.accept(new TlcEvent.LoopBack(
                    Integer.parseInt(m.group(1)), Optional.ofNullable(m.group(2)).orElse(""))));
            case 2103 -> sink.accept(new TlcEvent.ErrorPositions(errorPositions(body)));
            case 2193 -> sink.accept(new TlcEvent.Completed(match(PROBABILITY, body).map(m -> Double.parseDouble(m.group(1)))));
            case 2199 -> match(STATES, body).ifPresent(m -> sink.accept(new TlcEvent.StatesReported(
                    count(m.group(1)), count(m.group(2)), count(m.group(3)))));
            case 2210 -> match(SIMULATION_STATES, body).ifPresent(m -> sink.accept(
                    new TlcEvent.StatesReported(count(m.group(1)), -1, -1)));
            case 2194 -> match(DEPTH, body).ifPresent(m -> sink.accept(new TlcEvent.DepthReported(Integer.parseInt(m.group(1)))));
            case 2186 -> sink.accept(new TlcEvent.Finished(duration(body)));
            default -> {
                if (isParseFailure(msg.code())) {
                    parseFailed(msg);
                } else if (isConfigError(msg.code())) {
                    error(Verdict.CONFIG_ERROR, msg);
                } else if (EVALUATION_ERRORS.contains(msg.code())) {
                    violation(Verdict.EVALUATION_ERROR, Optional.empty(), body, Optional.empty());
                } else if (SYSTEM_ERRORS.contains(msg.code())) {
                    error(Verdict.CRASHED, msg);
                } else {
                    other(msg);
                }
            }
        }
        // Messages TLC opened inside this one (it does not always close them) are events too.
        if (msg.code() != 1000) {
            msg.nested().forEach(this::message);
        }
    }

    static boolean isParseFailure(int code) {
        return code == 3002 || code == 2171 || (code >= 4000 && code <= 4002);
    }

    static boolean isConfigError(int code) {
        return (code >= 2222 && code <= 2243) || code == 2280 || code == 2281 || code == 5001 || code == 5002;
    }

    private TlcEvent.Started started(Mode mode, String body) {
        return new TlcEvent.Started(mode, body.strip(),
                match(SEED, body).map(m -> OptionalLong.of(Long.parseLong(m.group(1)))).orElse(OptionalLong.empty()),
                match(FP, body).map(m -> OptionalInt.of(Integer.parseInt(m.group(1)))).orElse(OptionalInt.empty()),
                match(WORKERS, body).map(m -> OptionalInt.of(Integer.parseInt(m.group(1)))).orElse(OptionalInt.empty()));
    }

    /** An invariant violated by an initial state: TLC prints the state inside the message. */
    private void initialStateViolation(String body) {
        violation(Verdict.SAFETY_VIOLATION, name(INVARIANT, body), body.lines().findFirst().orElse(body), Optional.empty());
        int colon = body.indexOf(":\n");
        if (colon >= 0) {
            sink.accept(new TlcEvent.TraceStateFound(new TraceState(1, "Initial predicate", Optional.empty(),
                    TraceState.Kind.INITIAL, TraceStateParser.variables(body.substring(colon + 2)))));
        }
    }

    /** 1000 wraps both evaluation errors of the spec and config errors TLC met while reading the model. */
    private void general(ToolMessage msg) {
        Optional<ToolMessage> config = msg.flatten().skip(1).filter(m -> isConfigError(m.code())).findFirst();
        if (config.isPresent()) {
            error(Verdict.CONFIG_ERROR, config.get());
            return;
        }
        Optional<ToolMessage> parse = msg.flatten().skip(1).filter(m -> isParseFailure(m.code())).findFirst();
        if (parse.isPresent()) {
            parseFailed(parse.get());
            return;
        }
        Matcher fault = INTERNAL_FAULT.matcher(msg.body());
        if (fault.find()) {
            String detail = fault.group(2) == null ? "" : ": " + fault.group(2).strip().replaceAll("\\s+", " ");
            sink.accept(new TlcEvent.ErrorReported(new Diagnostic(Verdict.CRASHED, msg.code(),
                    "TLC failed inside its own code (" + fault.group(1) + detail + "), not in the spec", Optional.empty())));
            return;
        }
        String text = msg.body().replace("TLC threw an unexpected exception.\n", "")
                .replace("This was probably caused by an error in the spec or model.\n", "")
                .replace("See the User Output or TLC Console for clues to what happened.\n", "")
                .replaceFirst("The exception was a java\\.lang\\.RuntimeException\\s*:\\s*(util\\.Assert\\$TLCRuntimeException\\s*:\\s*)?", "");
        violation(Verdict.EVALUATION_ERROR, Optional.empty(), text, Optional.empty());
    }

    private void parseFailed(ToolMessage msg) {
        List<Diagnostic> located = SanyOutput.diagnostics(sanyLines);
        if (located.isEmpty()) {
            String detail = String.join("\n", sanyLines).strip();
            sink.accept(new TlcEvent.ErrorReported(new Diagnostic(Verdict.PARSE_ERROR, msg.code(),
                    detail.isEmpty() ? msg.body() : detail, Optional.empty())));
        } else {
            located.forEach(d -> sink.accept(new TlcEvent.ErrorReported(
                    new Diagnostic(d.kind(), msg.code(), d.message(), d.location()))));
        }
    }

    private void error(Verdict kind, ToolMessage msg) {
        sink.accept(new TlcEvent.ErrorReported(new Diagnostic(kind, msg.code(), msg.body().strip(), Optional.empty())));
    }

    private void violation(Verdict kind, Optional<String> property, String message, Optional<SourceLocation> location) {
        sink.accept(new TlcEvent.ViolationFound(new Violation(kind, property, message.strip(), location, Optional.empty())));
    }

    private void other(ToolMessage msg) {
        sink.accept(new TlcEvent.Message(msg.code(), msg.severity(), msg.body()));
    }

    private static List<SourceLocation> errorPositions(String body) {
        List<SourceLocation> positions = new ArrayList<>();
        Matcher m = ERROR_POSITION.matcher(body);
        while (m.find()) {
            positions.add(Locations.from(m));
        }
        return positions;
    }

    private static Optional<String> name(Pattern pattern, String body) {
        return match(pattern, body).map(m -> m.group(1));
    }

    private static Optional<Matcher> match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    private static long count(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }

    private static Duration duration(String body) {
        Matcher m = FINISHED.matcher(body);
        if (!m.find()) {
            return Duration.ZERO;
        }
        return Duration.ofHours(group(m, 1)).plusMinutes(group(m, 2)).plusSeconds(group(m, 3)).plusMillis(group(m, 4));
    }

    private static long group(Matcher m, int i) {
        return m.group(i) == null ? 0 : Long.parseLong(m.group(i));
    }
}
