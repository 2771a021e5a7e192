package dev.invar.tlc;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What TLC said, one event per family of {@code -tool} message codes, in the order it said it.
 * Nothing is dropped: codes Invar does not interpret arrive as {@link Message}, unframed lines as
 * {@link RawLine}.
 */
public sealed interface TlcEvent {

    /** TLC announced its version (code 2262). */
    record VersionReported(String version) implements TlcEvent {
    }

    /** TLC started searching (2187 model checking, 2188 simulation, 2271 depth-first). */
    record Started(Mode mode, String description, OptionalLong seed, OptionalInt fingerprintIndex,
                   OptionalInt workers) implements TlcEvent {
    }

    /** A progress report (2200, 2209 in simulation). Counts are -1 where TLC has none. */
    record Progress(int depth, long generated, long distinct, long leftOnQueue) implements TlcEvent {
    }

    /** A violation, deadlock, failed assumption or assert, or evaluation error was found. */
    record ViolationFound(Violation violation) implements TlcEvent {
    }

    /** One state of the behaviour that TLC prints after a violation (2217, 2218, and initial states). */
    record TraceStateFound(TraceState state) implements TlcEvent {
    }

    /** The behaviour is a lasso: the last state steps back to this state (2122). */
    record LoopBack(int stateNumber, String action) implements TlcEvent {
    }

    /** Where TLC was evaluating when an error happened, outermost first (2103). */
    record ErrorPositions(List<SourceLocation> positions) implements TlcEvent {
        public ErrorPositions {
            positions = List.copyOf(positions);
        }
    }

    /** An error that keeps TLC from checking: parse, config, system. */
    record ErrorReported(Diagnostic diagnostic) implements TlcEvent {
    }

    /** TLC said the model check completed without error (2193). */
    record Completed(Optional<Double> fingerprintCollisionProbability) implements TlcEvent {
    }

    /** Final counts (2199, 2210 in simulation). */
    record StatesReported(long generated, long distinct, long leftOnQueue) implements TlcEvent {
    }

    /** Depth of the complete search (2194). */
    record DepthReported(int depth) implements TlcEvent {
    }

    /** TLC finished (2186); TLC's own timing. */
    record Finished(Duration reported) implements TlcEvent {
    }

    /** Any other framed message, kept as it was. */
    record Message(int code, int severity, String text) implements TlcEvent {
    }

    /** A line outside any framed message, from stdout or stderr. */
    record RawLine(String text, boolean stderr) implements TlcEvent {
    }

    /** The JVM itself failed: out of memory, could not reserve its heap, could not start. */
    record JvmFailure(Kind kind, String text) implements TlcEvent {
        public enum Kind { OUT_OF_MEMORY, CANNOT_START }
    }
}
