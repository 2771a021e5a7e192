package dev.invar.tlc;

/** What a TLC run concluded. Only {@link #SUCCESS} means that nothing went wrong. */
public enum Verdict {
    SUCCESS("success"),
    SAFETY_VIOLATION("safety-violation"),
    LIVENESS_VIOLATION("liveness-violation"),
    DEADLOCK("deadlock"),
    ASSUMPTION_FAILURE("assumption-failure"),
    ASSERT_FAILURE("assert-failure"),
    EVALUATION_ERROR("evaluation-error"),
    PARSE_ERROR("parse-error"),
    CONFIG_ERROR("config-error"),
    OUT_OF_MEMORY("out-of-memory"),
    TIMED_OUT("timed-out"),
    CANCELLED("cancelled"),
    CRASHED("crashed");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    /** The stable kebab-case name used in JSON, manifests and reports. */
    public String id() {
        return id;
    }

    public boolean isSuccess() {
        return this == SUCCESS;
    }

    /** A finding about the spec (as opposed to a problem running it). */
    public boolean isViolation() {
        return switch (this) {
            case SAFETY_VIOLATION, LIVENESS_VIOLATION, DEADLOCK, ASSUMPTION_FAILURE, ASSERT_FAILURE -> true;
            default -> false;
        };
    }

    public static Verdict fromId(String id) {
        for (Verdict v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown verdict '" + id + "'");
    }
}
