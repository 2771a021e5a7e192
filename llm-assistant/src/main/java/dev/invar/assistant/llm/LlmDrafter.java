package dev.invar.assistant.llm;

import dev.invar.assistant.AssistantException;
import dev.invar.assistant.Candidate;
import dev.invar.assistant.DraftBudget;
import dev.invar.assistant.DraftSanitizer;
import dev.invar.assistant.Drafter;
import dev.invar.assistant.Drafts;
import dev.invar.assistant.RefusedDraft;
import dev.invar.assistant.SpecContext;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.output.OutputParsingException;
import dev.langchain4j.service.tool.ToolErrorHandlerResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Drafts invariants with a language model through LangChain4j. The {@link ChatModel} is built by the caller
 * (which provider, key and base URL is the CLI's business); this class only asks it, with structured JSON
 * output, and optionally offers the checker as tools. Every reply is screened by {@link DraftSanitizer}.
 *
 * <p>Budgets: {@link DraftBudget#maxTokens()} bounds the tokens of all rounds of this drafter together (it
 * stops asking when the next request would go over), {@link DraftBudget#timeLimit()} bounds each round, and
 * {@link DraftBudget#maxCandidates()} each round's answer. {@link #usage()} reports what was spent.
 */
public final class LlmDrafter implements Drafter {
    /** Tool calls in one round; a model that keeps calling past this is looping, not converging. */
    static final int MAX_TOOL_CALLS = 24;
    private static final int MAX_QUOTED_REPLY = 200;

    private final String name;
    private final ChatModel model;
    private final Optional<CheckerAccess> checker;
    private LlmUsage spent = LlmUsage.none();

    private LlmDrafter(String name, ChatModel model, Optional<CheckerAccess> checker) {
        this.name = Objects.requireNonNull(name, "name");
        this.model = Objects.requireNonNull(model, "model");
        this.checker = checker;
    }

    /** @param name how reports name this drafter, {@code provider:model} */
    public static LlmDrafter create(String name, ChatModel model) {
        return new LlmDrafter(name, model, Optional.empty());
    }

    /** The same drafter, offering the model the checker as tools (for models that can call tools). */
    public LlmDrafter withChecker(CheckerAccess access) {
        return new LlmDrafter(name, model, Optional.of(access));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Candidate> draft(SpecContext context, DraftBudget budget) {
        return draftRound(context, budget).candidates();
    }

    @Override
    public Drafts propose(SpecContext context, DraftBudget budget) {
        DraftRound round = draftRound(context, budget);
        return new Drafts(round.candidates(), round.refused(), round.shortfall());
    }

    /** What has been spent over all rounds so far. */
    public synchronized LlmUsage usage() {
        return spent;
    }

    /**
     * One round, with everything a report needs: the screened candidates, the refused drafts and why, this
     * round's usage, and why the round came up short if it did.
     *
     * @throws AssistantException when the provider cannot be asked (unreachable, key refused, server errors
     *                            after retries)
     */
    public DraftRound draftRound(SpecContext context, DraftBudget budget) {
        long tokensLeft = budget.maxTokens() - usage().totalTokens();
        if (tokensLeft <= 0) {
            return DraftRound.cutShort("the token budget of " + budget.maxTokens() + " is spent", LlmUsage.none());
        }
        long started = System.nanoTime();
        String timeUp = "the round's time limit of " + describe(budget.timeLimit()) + " was reached";
        MeteredChatModel meter =
                new MeteredChatModel(model, tokensLeft, Instant.now().plus(budget.timeLimit()), timeUp);
        Optional<CheckerTools> tools = checker.map(CheckerTools::new);
        DraftingService service = service(meter, tools);
        String prompt = DraftPrompt.render(context, budget.maxCandidates(), tools.isPresent());

        ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "invar-llm-draft");
            thread.setDaemon(true);
            return thread;
        });
        Result<DraftingService.DraftReply> result = null;
        String shortfall = null;
        LlmUsage roundUsage;
        try {
            // On its own thread so the round's time limit holds even while a request or a tool is running.
            Future<Result<DraftingService.DraftReply>> reply = worker.submit(() -> service.draft(prompt));
            try {
                result = reply.get(budget.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                reply.cancel(true);
                shortfall = timeUp;
            } catch (ExecutionException e) {
                shortfall = shortfall(e.getCause(), meter);
            } catch (InterruptedException e) {
                reply.cancel(true);
                Thread.currentThread().interrupt();
                throw new AssistantException(name + ": interrupted while waiting for the model");
            }
        } finally {
            worker.shutdownNow();
            roundUsage = new LlmUsage(1, meter.requests(), tools.map(CheckerTools::calls).orElse(0),
                    meter.inputTokens(), meter.outputTokens(), Duration.ofNanos(System.nanoTime() - started));
            add(roundUsage);
        }
        if (shortfall != null) {
            return DraftRound.cutShort(shortfall, roundUsage);
        }
        DraftingService.DraftReply reply = result.content();
        if (reply == null || reply.candidates() == null) {
            // The parser is lenient: prose with a {} in it parses, as an object without candidates.
            return DraftRound.cutShort(notTheJsonAskedFor(meter), roundUsage);
        }
        return screened(reply, context, budget, roundUsage);
    }

    private DraftingService service(MeteredChatModel meter, Optional<CheckerTools> tools) {
        AiServices<DraftingService> builder = AiServices.builder(DraftingService.class).chatModel(meter);
        tools.ifPresent(t -> builder.tools(t)
                .maxSequentialToolsInvocations(MAX_TOOL_CALLS)
                // A model that garbles arguments or names a tool that does not exist is told so and can go on.
                .toolArgumentsErrorHandler((error, ctx) -> ToolErrorHandlerResult.text(
                        "error: the arguments were not understood: " + error.getMessage()))
                .hallucinatedToolNameStrategy(request -> ToolExecutionResultMessage.from(request,
                        "error: there is no tool named " + request.name()
                                + "; the tools are parse, checkCandidate and simulate")));
        return builder.build();
    }

    /** Why a round that threw ended: a value for what is expected of models, an exception for the rest. */
    private String shortfall(Throwable failure, MeteredChatModel meter) {
        if (failure instanceof MeteredChatModel.RoundStopped stopped) {
            return stopped.getMessage();
        }
        if (failure instanceof OutputParsingException) {
            return notTheJsonAskedFor(meter);
        }
        if (failure instanceof dev.langchain4j.exception.TimeoutException) {
            return "the provider did not answer before the request timed out";
        }
        if (failure instanceof RuntimeException || failure instanceof Error) {
            throw ProviderFailures.of(name, failure);
        }
        throw new AssistantException(name + ": " + failure);
    }

    private static String notTheJsonAskedFor(MeteredChatModel meter) {
        String reply = meter.lastReply().strip().replaceAll("\\s+", " ");
        return "the model's reply was not the JSON asked for: "
                + (reply.length() <= MAX_QUOTED_REPLY ? reply : reply.substring(0, MAX_QUOTED_REPLY) + "…");
    }

    private synchronized void add(LlmUsage round) {
        spent = spent.plus(round);
    }

    private DraftRound screened(DraftingService.DraftReply reply, SpecContext context, DraftBudget budget,
                                LlmUsage usage) {
        List<Candidate> drafts = new ArrayList<>();
        for (DraftingService.DraftedInvariant d : reply.candidates()) {
            if (d != null) {
                drafts.add(new Candidate(orEmpty(d.name()), orEmpty(d.expression()), orEmpty(d.kind()),
                        orEmpty(d.rationale()), name));
            }
        }
        DraftSanitizer.Screening screening = DraftSanitizer.screen(drafts);
        Set<String> refutedBefore = new HashSet<>();
        for (SpecContext.Refutation r : context.refuted()) {
            refutedBefore.add(DraftSanitizer.expression(r.candidate().expression()).expression()
                    .replaceAll("\\s+", " "));
        }
        List<Candidate> accepted = new ArrayList<>();
        List<RefusedDraft> refused = new ArrayList<>(screening.refused());
        for (Candidate c : screening.accepted()) {
            if (refutedBefore.contains(c.expression().replaceAll("\\s+", " "))) {
                refused.add(new RefusedDraft(c, "was refuted in an earlier round"));
            } else if (accepted.size() >= budget.maxCandidates()) {
                refused.add(new RefusedDraft(c, "beyond the round's budget of " + budget.maxCandidates()
                        + " candidates"));
            } else {
                accepted.add(c);
            }
        }
        Optional<String> shortfall = drafts.isEmpty()
                ? Optional.of("the model proposed no candidates") : Optional.empty();
        return new DraftRound(accepted, refused, usage, shortfall);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
