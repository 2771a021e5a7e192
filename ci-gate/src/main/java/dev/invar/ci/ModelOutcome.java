package dev.invar.ci;

import dev.invar.tlc.CheckResult;
import dev.invar.tlc.SourceLocation;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one model fared against its expectation.
 *
 * @param reason why it failed, in one sentence; empty when it passed
 * @param property the violated property, if any
 * @param propertyDefinition where that property is defined, for code-scanning reports
 * @param result the full result of the TLC run; empty when it came from the cache or was skipped
 */
public record ModelOutcome(CiModel model, Status status, String reason, String verdict, Optional<String> property,
                           Optional<SourceLocation> propertyDefinition, long distinct, long generated, Duration duration,
                           boolean cached, Optional<CheckResult> result) {

    /** PASSED is the only green. */
    public enum Status { PASSED, FAILED, TIMED_OUT, ERROR, SKIPPED }

    public ModelOutcome {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(propertyDefinition, "propertyDefinition");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(result, "result");
    }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
