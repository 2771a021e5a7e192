package dev.invar.assistant.llm;

import dev.langchain4j.model.output.structured.Description;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import java.util.List;

/**
 * The LangChain4j AI service of a drafting round. The reply type gives the JSON schema (or, for models
 * without structured output, the format instructions) that the model must answer in.
 */
interface DraftingService {

    // The prompt is rendered beforehand and passed as a value, never as the template: spec text such as
    // {{1, 2}, {3}} would otherwise be read as a template variable.
    @SystemMessage(fromResource = DraftPrompt.SYSTEM_RESOURCE)
    @UserMessage("{{prompt}}")
    Result<DraftReply> draft(@V("prompt") String prompt);

    /** What the model answers: its candidate invariants. */
    record DraftReply(@Description("the proposed invariants, the most informative first")
                      List<DraftedInvariant> candidates) {
    }

    /** One candidate as the model wrote it; nothing here is trusted yet. */
    record DraftedInvariant(
            @Description("a new TLA+ identifier naming what the invariant guarantees") String name,
            @Description("one ASCII TLA+ state predicate") String expression,
            @Description("safety, relational, type or lemma") String kind,
            @Description("one sentence on why it holds in every reachable state") String rationale) {
    }
}
