package dev.invar.assistant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first gate for drafted text, whichever drafter wrote it: cuts the expression out of code fences and
 * prose, rewrites Unicode TLA+ operators to ASCII, and refuses drafts that use operators with effects
 * outside the model (running commands, reading the environment, writing files) or that try to leave the
 * expression (module syntax). Whether the names exist in the spec is decided later, by SANY.
 */
public final class DraftSanitizer {
    /**
     * Operators a draft may never use: CommunityModules' IOUtils, CSV, SVG and (de)serialisers touch the world
     * outside the model (commands, environment, files); TLC's TLCSet/TLCEval/Print/PrintT/Assert and
     * TLCExt's kin change or report state as a side effect or wait for a person.
     */
    public static final Set<String> REFUSED_OPERATORS = Set.of(
            "IOUtils", "IOExec", "IOExecTemplate", "IOEnv", "IOEnvExec", "IOEnvExecTemplate", "IOPut", "IOPutRaw",
            "IODeserialize", "IOSerialize", "Serialize", "Deserialize", "ndJsonSerialize", "ndJsonDeserialize",
            "JsonSerialize", "JsonDeserialize", "CSVWrite", "CSVWriteRecord", "CSVRead", "CSVRecords",
            "SVGSerialize", "TLCSet", "TLCEval", "Print", "PrintT", "Assert", "AssertEq", "AssertError",
            "PickSuccessor", "TLCDefer");

    /** Words that begin module-level syntax: an expression holding one is trying to escape its definition. */
    private static final Set<String> MODULE_WORDS = Set.of("MODULE", "EXTENDS", "INSTANCE", "ASSUME", "ASSUMPTION",
            "AXIOM", "THEOREM", "CONSTANT", "CONSTANTS", "VARIABLE", "VARIABLES", "LOCAL");

    /** Longer than any invariant a person would read; such text is a runaway reply, not a draft. */
    public static final int MAX_EXPRESSION_LENGTH = 4_000;

    private static final int MAX_RATIONALE_LENGTH = 500;
    /** Every word, even one glued to a backslash: {@code /\IOExec} lexes as {@code /\} then {@code IOExec}. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern MODULE_RULE = Pattern.compile("-{4,}|={4,}");

    private DraftSanitizer() {
    }

    /**
     * The cleaned expression, or why it was refused.
     *
     * @param expression the expression in ASCII TLA+, or the raw text when refused
     * @param refusal empty when the expression may go on to the checker
     */
    public record Cleaned(String expression, Optional<String> refusal) {
        public Cleaned {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(refusal, "refusal");
        }

        static Cleaned accepted(String expression) {
            return new Cleaned(expression, Optional.empty());
        }

        static Cleaned refused(String raw, String reason) {
            return new Cleaned(raw, Optional.of(reason));
        }

        public boolean isAccepted() {
            return refusal.isEmpty();
        }
    }

    /**
     * A batch after screening: the drafts that may go on (cleaned, with unique names) and those refused.
     */
    public record Screening(List<Candidate> accepted, List<RefusedDraft> refused) {
        public Screening {
            accepted = List.copyOf(accepted);
            refused = List.copyOf(refused);
        }
    }

    /** Cleans one drafted expression. */
    public static Cleaned expression(String raw) {
        if (raw == null || raw.isBlank()) {
            return Cleaned.refused(raw == null ? "" : raw, "the expression is empty");
        }
        if (raw.length() > 4 * MAX_EXPRESSION_LENGTH) {
            return Cleaned.refused(raw, "the expression is longer than " + MAX_EXPRESSION_LENGTH + " characters");
        }
        String text = DraftText.tidy(TlaUnicode.toAscii(DraftText.extract(raw)));
        if (text.isBlank()) {
            return Cleaned.refused(raw, "no TLA+ expression left after removing prose and code fences");
        }
        if (text.length() > MAX_EXPRESSION_LENGTH) {
            return Cleaned.refused(raw, "the expression is longer than " + MAX_EXPRESSION_LENGTH + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7E || (c < 0x20 && c != '\n' && c != '\t')) {
                return Cleaned.refused(raw, String.format(Locale.ROOT,
                        "character U+%04X is not TLA+ (not ASCII and not a known TLA+ Unicode operator)", (int) c));
            }
        }
        Set<String> refused = new LinkedHashSet<>();
        Set<String> moduleWords = new LinkedHashSet<>();
        Matcher identifiers = WORD.matcher(text);
        while (identifiers.find()) {
            String name = identifiers.group();
            if (REFUSED_OPERATORS.contains(name)) {
                refused.add(name);
            } else if (MODULE_WORDS.contains(name)) {
                moduleWords.add(name);
            }
        }
        if (!refused.isEmpty()) {
            return Cleaned.refused(raw, "uses " + String.join(", ", refused)
                    + ", which can act outside the model (run commands, read the environment, write files or"
                    + " change TLC's state); refused before any checker saw it");
        }
        if (!moduleWords.isEmpty() || MODULE_RULE.matcher(text).find()) {
            return Cleaned.refused(raw, "contains module-level syntax ("
                    + (moduleWords.isEmpty() ? "a ---- or ==== line" : String.join(", ", moduleWords))
                    + "); a draft must be a single expression");
        }
        return Cleaned.accepted(text);
    }

    /**
     * Cleans a batch: each expression as in {@link #expression(String)}, names made valid and unique, kinds
     * and rationales tidied, and repeated expressions dropped.
     */
    public static Screening screen(List<Candidate> drafts) {
        List<Candidate> accepted = new ArrayList<>();
        List<RefusedDraft> refused = new ArrayList<>();
        Map<String, String> nameOfExpression = new HashMap<>();
        Set<String> names = new LinkedHashSet<>();
        int index = 0;
        for (Candidate draft : drafts) {
            index++;
            Cleaned cleaned = expression(draft.expression());
            if (!cleaned.isAccepted()) {
                refused.add(new RefusedDraft(draft, cleaned.refusal().orElseThrow()));
                continue;
            }
            String key = cleaned.expression().replaceAll("\\s+", " ");
            String earlier = nameOfExpression.get(key);
            if (earlier != null) {
                refused.add(new RefusedDraft(draft, "repeats the expression of " + earlier));
                continue;
            }
            String name = uniqueName(identifier(draft.name(), index), names);
            nameOfExpression.put(key, name);
            accepted.add(new Candidate(name, cleaned.expression(), kind(draft.kind()), rationale(draft.rationale()),
                    draft.drafter()));
        }
        return new Screening(accepted, refused);
    }

    /** A TLA+ identifier from whatever the drafter called it; reserved words and blanks get a made-up one. */
    static String identifier(String proposed, int index) {
        String name = proposed == null ? "" : proposed.strip().replaceAll("[^A-Za-z0-9_]+", "_")
                .replaceAll("^_+|_+$", "");
        if (name.isEmpty() || !name.matches(".*[A-Za-z].*")) {
            return "Draft" + index;
        }
        if (Character.isDigit(name.charAt(0)) || DraftText.KEYWORDS.contains(name) || MODULE_WORDS.contains(name)
                || REFUSED_OPERATORS.contains(name)) {
            return "Inv_" + name;
        }
        return name;
    }

    private static String uniqueName(String name, Set<String> taken) {
        String unique = name;
        for (int n = 2; !taken.add(unique); n++) {
            unique = name + "_" + n;
        }
        return unique;
    }

    private static String kind(String kind) {
        String k = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z_-]", "");
        if (k.isEmpty()) {
            return "safety";
        }
        return k.length() > 20 ? k.substring(0, 20) : k;
    }

    private static String rationale(String rationale) {
        String r = rationale == null ? "" : rationale.strip().replaceAll("\\s+", " ");
        return r.length() > MAX_RATIONALE_LENGTH ? r.substring(0, MAX_RATIONALE_LENGTH - 1) + "…" : r;
    }
}
