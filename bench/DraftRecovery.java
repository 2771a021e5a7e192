import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.invar.assistant.prove.InductionOptions;
import dev.invar.assistant.prove.TypeDomain;
import dev.invar.library.Model;
import dev.invar.library.Protocol;
import dev.invar.library.SpecLibrary;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.ModelOverrides;
import dev.invar.tlc.ModuleOutline;
import dev.invar.tlc.PredicateEvaluation;
import dev.invar.tlc.PredicateVerdict;
import dev.invar.tlc.RunnerOptions;
import dev.invar.tlc.TlaTools;
import dev.invar.tlc.TlcConfig;
import dev.invar.tlc.TlcRunner;
import dev.invar.tlc.Verdict;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Does the built-in drafter find a protocol's invariants again once they are taken away? For each library
 * protocol and its small model: strip every INVARIANT of the config but TypeOK (in a copy), run
 * {@code invar draft --json} on the copy, then decide with the ORIGINAL model's constants, in one TLC pass,
 * for every stripped invariant S and every draft C that holds, whether C => S on every type-correct state.
 *
 * Run from the repository root after building the CLI (bench/draft-recovery.sh does both):
 *   java -cp "cli/target/invar-cli.jar:cli/target/lib/*" bench/DraftRecovery.java LAUNCHER OUT_DIR LIMIT_SECONDS [id ...]
 */
public class DraftRecovery {
    private static final String TYPE_INVARIANT = "TypeOK";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** One stripped invariant and what recovers it. */
    /** @param typeLevel S holds on every type-correct state judged, so every draft "implies" it */
    record Recovery(String invariant, boolean typeLevel, Optional<String> byAccepted, boolean byConjunction,
                    Optional<String> byOtherHolding, boolean byHoldingConjunction) {
    }

    /** One protocol's run. */
    record Outcome(String id, String model, String domain, boolean exhaustive, List<String> stripped, String status, double wallSeconds,
                   double loadBefore, double loadAfter, int drafted, int accepted, int holding, int tlcRuns, List<Recovery> recoveries) {
    }

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]);
        Duration limit = Duration.ofSeconds(Long.parseLong(args[2]));
        List<String> only = List.of(args).subList(3, args.length);
        Files.createDirectories(out);
        SpecLibrary library = SpecLibrary.bundled();
        TlcRunner runner = TlcRunner.create(RunnerOptions.defaults(TlaTools.bundled()));
        for (Protocol protocol : library.list()) {
            if (!only.isEmpty() && !only.contains(protocol.id())) {
                continue;
            }
            Outcome o;
            try {
                o = recover(library, runner, protocol, launcher, out, limit);
            } catch (RuntimeException e) {
                o = new Outcome(protocol.id(), "small", "", false, List.of(), "failed: " + e.getMessage(), 0, load(), load(), 0, 0, 0, 0,
                        List.of());
            }
            Files.writeString(out.resolve(o.id() + ".recovery.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o));
            System.err.println(o.id() + ": " + o.status() + ", " + o.recoveries().stream().filter(r -> !r.typeLevel() && r.byAccepted().isPresent()).count()
                    + " of " + o.stripped().size() + " recovered, " + o.accepted() + " accepted of " + o.drafted() + ", "
                    + String.format("%.0f s", o.wallSeconds()));
        }
        // The table covers every protocol with a result in OUT_DIR, so a re-run of one protocol updates it.
        List<Outcome> all = new ArrayList<>();
        for (Protocol protocol : library.list()) {
            Path saved = out.resolve(protocol.id() + ".recovery.json");
            if (Files.exists(saved)) {
                all.add(JSON.readValue(saved.toFile(), Outcome.class));
            }
        }
        String table = Tables.render(all);
        Files.writeString(out.resolve("table.md"), table);
        System.out.print(table);
    }

    static Outcome recover(SpecLibrary library, TlcRunner runner, Protocol protocol, Path launcher, Path out, Duration limit)
            throws IOException, InterruptedException {
        Model model = protocol.model("small");
        Path scratch = Files.createTempDirectory("draft-recovery-");
        try {
            Path original = library.materialize(protocol, scratch.resolve("original"));
            Path stripped = library.materialize(protocol, scratch.resolve("stripped"));
            Path config = original.resolve(model.config());
            TlcConfig cfg = TlcConfig.parse(Files.readString(config), config.toString());
            List<String> taken = cfg.invariants().stream().filter(i -> !i.equals(TYPE_INVARIANT)).toList();
            List<String> kept = cfg.invariants().stream().filter(i -> i.equals(TYPE_INVARIANT)).toList();
            Files.writeString(stripped.resolve(model.config()), cfg.withInvariants(kept).toText());

            Path draftJson = out.resolve(protocol.id() + ".draft.json");
            List<String> command = List.of(launcher.toString(), "draft", stripped.resolve(model.module() + ".tla").toString(),
                    "--config", stripped.resolve(model.config()).toString(), "--json");
            double loadBefore = load();
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(scratch.toFile())
                    .redirectOutput(draftJson.toFile()).redirectError(out.resolve(protocol.id() + ".draft.err").toFile()).start();
            boolean finished = process.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
            if (!finished) {
                stop(process);
            }
            double wall = (System.nanoTime() - start) / 1e9;
            double loadAfter = load();
            JsonNode draft = finished ? readJson(draftJson) : null;
            if (draft == null) {
                String status = finished ? "failed (exit " + process.exitValue() + ")" : "timed out after " + limit.toSeconds() + " s";
                return new Outcome(protocol.id(), model.name(), "", false, taken, status, wall, loadBefore, loadAfter, 0, 0, 0, 0,
                        undecided(taken));
            }
            Map<String, String> accepted = new LinkedHashMap<>();
            Map<String, String> otherHolding = new LinkedHashMap<>();
            for (JsonNode c : draft.get("candidates")) {
                String status = c.get("status").asText();
                if (status.equals("accepted")) {
                    accepted.put(c.get("name").asText(), c.get("expression").asText());
                } else if (status.equals("kills-no-mutant") || status.equals("redundant")) {
                    otherHolding.put(c.get("name").asText(), c.get("expression").asText());
                }
            }
            CheckRequest originalModel = CheckRequest.builder(original.resolve(model.module() + ".tla")).config(config).build();
            Decisions d;
            try {
                d = Decisions.decide(runner, originalModel, taken, accepted, otherHolding);
            } catch (RuntimeException e) {
                // The draft ran; only the judging could not (e.g. TypeOK gives a variable no finite set).
                return new Outcome(protocol.id(), model.name(), "not judged", false, taken, "not judged: " + e.getMessage(), wall,
                        loadBefore, loadAfter, draft.get("drafted").asInt(), accepted.size(), accepted.size() + otherHolding.size(),
                        draft.get("tlcRuns").asInt(), undecided(taken));
            }
            return new Outcome(protocol.id(), model.name(), d.domain(), d.exhaustive(), taken, "ok", wall, loadBefore, loadAfter,
                    draft.get("drafted").asInt(), accepted.size(), accepted.size() + otherHolding.size(),
                    draft.get("tlcRuns").asInt(), d.recoveries());
        } finally {
            delete(scratch);
        }
    }

    /**
     * All (candidate, stripped invariant) implications of one protocol, decided in one TLC pass over the
     * states TypeOK allows in the original model (every one when there are at most {@code EXHAUSTIVE_LIMIT},
     * else a random sample). On the reachable states alone any invariant implies any other, so "C is
     * equivalent or stronger than S" is judged where S can be false: C /\ TypeOK => S on type-correct states.
     */
    record Decisions(List<Recovery> recoveries, String domain, long domainStates, boolean exhaustive) {
        static final long EXHAUSTIVE_LIMIT = InductionOptions.defaults().exhaustiveLimit();
        static final long SAMPLES = InductionOptions.defaults().samples();
        static final Duration LIMIT = Duration.ofMinutes(10);

        static Decisions decide(TlcRunner runner, CheckRequest model, List<String> stripped, Map<String, String> accepted,
                                Map<String, String> otherHolding) throws IOException {
            ModuleOutline outline = ModuleOutline.of(Files.readString(model.spec()));
            TypeDomain types = TypeDomain.read(TYPE_INVARIANT, outline.definition(TYPE_INVARIANT).orElseThrow(), outline.variables());
            types = types.counted(runner, model);
            Optional<BigInteger> all = types.size();
            boolean whole = all.isPresent() && all.get().compareTo(BigInteger.valueOf(EXHAUSTIVE_LIMIT)) <= 0;
            Map<String, String> sets = whole ? types.sets() : types.sampled(SAMPLES).sets();
            String init = sets.entrySet().stream().map(e -> e.getKey() + " \\in " + e.getValue())
                    .collect(Collectors.joining(" /\\ ")) + " /\\ " + TYPE_INVARIANT;
            // RandomSubset (sampling) comes from the Randomization module, which the spec need not extend: define the
            // domain in a module beside the spec that extends both.
            String wrapper = outline.name() + "_TypeDomain";
            Files.writeString(model.spec().resolveSibling(wrapper + ".tla"), "---- MODULE " + wrapper + " ----\nEXTENDS "
                    + outline.name() + ", TLC, Randomization\nTypeDomainInit == " + init + "\n====\n");
            CheckRequest domain = CheckRequest.builder(model.spec().resolveSibling(wrapper + ".tla")).config(model.effectiveConfig())
                    .timeout(LIMIT).overrides(new ModelOverrides(model.overrides().constants(), List.of(), List.of(),
                            Optional.of("TypeDomainInit"), Optional.of("UNCHANGED <<" + String.join(", ", outline.variables()) + ">>"),
                            Optional.empty(), Optional.of(false))).build();

            List<String> predicates = new ArrayList<>();
            Map<String, Integer> index = new LinkedHashMap<>();
            String conjunction = accepted.values().stream().map(c -> "(" + c + ")").collect(Collectors.joining(" /\\ "));
            String holding = concat(accepted, otherHolding).values().stream().map(c -> "(" + c + ")")
                    .collect(Collectors.joining(" /\\ "));
            for (String s : stripped) {
                index.put(s, predicates.size());
                predicates.add(s);
                if (!accepted.isEmpty()) {
                    index.put(s + "|all", predicates.size());
                    predicates.add("(" + conjunction + ") => (" + s + ")");
                }
                if (!holding.isEmpty()) {
                    index.put(s + "|holding", predicates.size());
                    predicates.add("(" + holding + ") => (" + s + ")");
                }
                for (Map.Entry<String, String> c : concat(accepted, otherHolding).entrySet()) {
                    index.put(s + "|" + c.getKey(), predicates.size());
                    predicates.add("(" + c.getValue() + ") => (" + s + ")");
                }
            }
            PredicateEvaluation e = runner.evaluate(domain, predicates);
            if (!e.run().passed() && !e.run().verdict().equals(Verdict.TIMED_OUT)
                    && e.verdicts().stream().allMatch(v -> v.rejected().isPresent())) {
                throw new IllegalStateException("TLC could not enumerate the type-correct states (" + e.run().verdict().id()
                        + "; is a variable's set in TypeOK infinite?)");
            }
            List<Recovery> recoveries = new ArrayList<>();
            for (String s : stripped) {
                recoveries.add(new Recovery(s, holds(e, index.get(s)), firstImplying(e, index, s, accepted),
                        !accepted.isEmpty() && holds(e, index.get(s + "|all")), firstImplying(e, index, s, otherHolding),
                        !holding.isEmpty() && holds(e, index.get(s + "|holding"))));
            }
            String how = (whole ? "all " : "a sample of ") + e.run().stats().distinct() + " type-correct states"
                    + (e.exhaustive() ? "" : " (" + e.run().verdict().id() + ": only the states explored)");
            return new Decisions(recoveries, how, e.run().stats().distinct(), whole && e.exhaustive());
        }

        /** The shortest candidate that implies {@code s}, as "Name: expression". */
        private static Optional<String> firstImplying(PredicateEvaluation e, Map<String, Integer> index, String s,
                                                      Map<String, String> candidates) {
            return candidates.entrySet().stream().filter(c -> holds(e, index.get(s + "|" + c.getKey())))
                    .min(Comparator.comparingInt(c -> c.getValue().length()))
                    .map(c -> c.getKey() + ": " + c.getValue());
        }

        private static boolean holds(PredicateEvaluation e, int i) {
            PredicateVerdict v = e.verdicts().get(i);
            if (v.rejected().isPresent()) {
                throw new IllegalStateException("TLC could not evaluate " + v.expression() + ": " + v.rejected().get());
            }
            return v.holds();
        }

        private static Map<String, String> concat(Map<String, String> a, Map<String, String> b) {
            Map<String, String> all = new LinkedHashMap<>(a);
            all.putAll(b);
            return all;
        }
    }

    /** The Markdown tables: one row per protocol, one per stripped invariant. */
    static final class Tables {
        static String render(List<Outcome> outcomes) {
            StringBuilder t = new StringBuilder();
            t.append("| protocol | judged on | stripped | recovered | conjunction implies | drafted | accepted | holding | TLC runs | wall (s) | load before/after | status |\n");
            t.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
            int stripped = 0;
            int recovered = 0;
            int conjunction = 0;
            for (Outcome o : outcomes) {
                long r = o.recoveries().stream().filter(x -> !x.typeLevel() && x.byAccepted().isPresent()).count();
                long c = o.recoveries().stream().filter(x -> !x.typeLevel() && x.byConjunction()).count();
                boolean judged = o.status().equals("ok");
                stripped += o.stripped().size();
                recovered += (int) r;
                conjunction += (int) c;
                t.append(String.format("| %s | %s | %d | %s | %s | %d | %d | %d | %d | %.0f | %.1f / %.1f | %s |%n", o.id(), o.domain(),
                        o.stripped().size(), judged ? r : "–", judged ? c : "–", o.drafted(), o.accepted(), o.holding(), o.tlcRuns(), o.wallSeconds(),
                        o.loadBefore(), o.loadAfter(), o.status()));
            }
            t.append(String.format("| **all** | | %d | %d | %d | | | | | | | |%n%n", stripped, recovered, conjunction));
            t.append("| protocol | stripped invariant | recovered by an accepted draft | conjunction of accepted implies it | implied by a holding, not accepted draft | conjunction of all holding drafts implies it |\n");
            t.append("|---|---|---|---|---|---|\n");
            for (Outcome o : outcomes) {
                for (Recovery r : o.recoveries()) {
                    if (!o.status().equals("ok")) {
                        t.append("| ").append(o.id()).append(" | ").append(r.invariant()).append(" | – | – | – | – |\n");
                        continue;
                    }
                    if (r.typeLevel()) {
                        t.append("| ").append(o.id()).append(" | ").append(r.invariant())
                                .append(" | not judged: true on every type-correct state judged | – | – | – |\n");
                        continue;
                    }
                    t.append("| ").append(o.id()).append(" | ").append(r.invariant())
                            .append(" | ").append(r.byAccepted().map(x -> "yes: `" + cell(x) + "`").orElse("no"))
                            .append(" | ").append(r.byConjunction() ? "yes" : "no")
                            .append(" | ").append(r.byAccepted().isPresent() ? "" : r.byOtherHolding().map(x -> "`" + cell(x) + "`").orElse("no"))
                            .append(" | ").append(r.byHoldingConjunction() ? "yes" : "no")
                            .append(" |\n");
                }
            }
            return t.toString();
        }

        private static String cell(String s) {
            return s.replace("|", "\\|");
        }
    }

    private static List<Recovery> undecided(List<String> stripped) {
        return stripped.stream().map(s -> new Recovery(s, false, Optional.empty(), false, Optional.empty(), false)).toList();
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            return null;
        }
    }

    /** Stops a draft that ran over its time: the CLI and the TLC processes it started. */
    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The one-minute load average, as the machine's other work at the time of a run. */
    private static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
