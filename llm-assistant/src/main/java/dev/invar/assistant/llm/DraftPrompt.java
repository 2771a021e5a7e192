package dev.invar.assistant.llm;

import dev.invar.assistant.Prompts;
import dev.invar.assistant.SpecContext;
import dev.langchain4j.model.input.PromptTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the user prompt of a drafting round from the templates under {@code prompts/} and a
 * {@link SpecContext}. Values are substituted in one pass (LangChain4j's {@link PromptTemplate}), so text
 * from the spec or a counterexample that happens to contain {@code {{…}}} stays as written.
 */
final class DraftPrompt {
    static final String SYSTEM_RESOURCE = "/prompts/draft-system.txt";
    /** Enough states to show the shape of the state space; more only costs tokens. */
    static final int MAX_SAMPLE_STATES = 5;
    /** The latest refutations; older ones have already steered earlier rounds. */
    static final int MAX_REFUTATIONS = 30;
    static final int MAX_STATE_LENGTH = 1_500;
    static final int MAX_COUNTEREXAMPLE_LENGTH = 4_000;

    private DraftPrompt() {
    }

    static String render(SpecContext context, int maxCandidates, boolean withTools) {
        Map<String, Object> values = new HashMap<>();
        values.put("moduleName", context.moduleName());
        values.put("moduleText", context.moduleText().strip());
        values.put("variables", listOrNone(context.variables()));
        values.put("constants", listOrNone(context.constants()));
        values.put("actions", listOrNone(context.actions()));
        values.put("typeOk", context.typeOk().map(String::strip).orElse("(the spec defines no TypeOK)"));
        values.put("sampleStates", sampleStates(context.sampleStates()));
        values.put("refuted", refuted(context.refuted()));
        values.put("obligation", context.obligation().map(DraftPrompt::obligation).orElse(""));
        values.put("tools", withTools ? resource("/prompts/draft-tools.txt") : "");
        values.put("maxCandidates", maxCandidates);
        return PromptTemplate.from(resource("/prompts/draft-invariants.txt")).apply(values).text();
    }

    private static String sampleStates(List<String> states) {
        if (states.isEmpty()) {
            return "(none sampled)";
        }
        StringBuilder out = new StringBuilder();
        for (String state : states.subList(0, Math.min(MAX_SAMPLE_STATES, states.size()))) {
            out.append(out.length() == 0 ? "" : "\n\n").append(cut(state.strip(), MAX_STATE_LENGTH));
        }
        return out.toString();
    }

    private static String refuted(List<SpecContext.Refutation> refutations) {
        if (refutations.isEmpty()) {
            return "";
        }
        List<SpecContext.Refutation> latest =
                refutations.subList(Math.max(0, refutations.size() - MAX_REFUTATIONS), refutations.size());
        StringBuilder out = new StringBuilder();
        for (SpecContext.Refutation refutation : latest) {
            out.append(out.length() == 0 ? "" : "\n\n")
                    .append(refutation.candidate().name()).append(" ==\n")
                    .append(indent(refutation.candidate().expression().strip(), "    ")).append('\n')
                    .append("  failed: ").append(refutation.reason().strip());
            refutation.counterexample().ifPresent(trace -> out.append("\n  counterexample:\n")
                    .append(indent(cut(trace.strip(), MAX_COUNTEREXAMPLE_LENGTH), "    ")));
        }
        return PromptTemplate.from(resource("/prompts/draft-refuted.txt"))
                .apply(Map.of("refutations", out.toString())).text();
    }

    private static String obligation(SpecContext.Obligation obligation) {
        StringBuilder states = new StringBuilder();
        for (String state : obligation.statesToRuleOut()) {
            states.append(states.length() == 0 ? "" : "\n\n").append(cut(state.strip(), MAX_COUNTEREXAMPLE_LENGTH));
        }
        return PromptTemplate.from(resource("/prompts/prove-obligation.txt"))
                .apply(Map.of("invariant", obligation.invariant().strip(), "states", states.toString())).text();
    }

    private static String listOrNone(List<String> items) {
        return items.isEmpty() ? "(none)" : String.join(", ", items);
    }

    private static String indent(String text, String prefix) {
        return prefix + text.replace("\n", "\n" + prefix);
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit) + "\n… (cut)";
    }

    static String resource(String path) {
        return Prompts.text(path);
    }
}
