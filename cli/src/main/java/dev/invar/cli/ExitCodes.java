package dev.invar.cli;

import dev.invar.tlc.CheckResult;

/**
 * Exit codes of {@code invar check}: TLC's own, so that scripts written for TLC keep working, and 2 for
 * a usage error. A run that saw a violation, an error or a timeout never exits 0.
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int ASSUMPTION = 10;
    public static final int DEADLOCK = 11;
    public static final int SAFETY = 12;
    public static final int LIVENESS = 13;
    public static final int ASSERT = 14;
    public static final int EVALUATION = 75;
    public static final int PARSE = 150;
    public static final int CONFIG = 151;
    public static final int SYSTEM = 153;
    public static final int OTHER = 255;

    private static final String[] HELP_TABLE = {
            "0:Success: no violation in this model",
            "2:Usage error: bad option, missing file, unknown id",
            "10:An ASSUME is false",
            "11:Deadlock",
            "12:Safety violation (invariant or action property)",
            "13:Liveness violation",
            "14:An Assert failed",
            "75:Error evaluating the spec (76, 77: in a safety or liveness property)",
            "150:Syntax or semantic error in a module",
            "151:Error in the model config",
            "153:System error (out of memory)",
            "255:Timed out, cancelled, or TLC crashed",
    };

    private ExitCodes() {
    }

    /** The table shown at the end of {@code --help}: code to meaning. */
    public static java.util.Map<String, String> helpTable() {
        java.util.Map<String, String> table = new java.util.LinkedHashMap<>();
        for (String row : HELP_TABLE) {
            int colon = row.indexOf(':');
            table.put(String.format("%4s", row.substring(0, colon)), row.substring(colon + 1));
        }
        return table;
    }

    public static int of(CheckResult result) {
        return switch (result.verdict()) {
            case SUCCESS -> OK;
            case ASSUMPTION_FAILURE -> ASSUMPTION;
            case DEADLOCK -> DEADLOCK;
            case SAFETY_VIOLATION -> SAFETY;
            case LIVENESS_VIOLATION -> LIVENESS;
            case ASSERT_FAILURE -> ASSERT;
            case EVALUATION_ERROR -> evaluationCode(result);
            case PARSE_ERROR -> PARSE;
            case CONFIG_ERROR -> CONFIG;
            case OUT_OF_MEMORY -> SYSTEM;
            case TIMED_OUT, CANCELLED, CRASHED -> OTHER;
        };
    }

    /** TLC distinguishes where an evaluation failed (75, 76, 77); keep its code when it gave one. */
    private static int evaluationCode(CheckResult result) {
        int tlc = result.run().exitCode().orElse(EVALUATION);
        return tlc >= 75 && tlc <= 77 ? tlc : EVALUATION;
    }
}
