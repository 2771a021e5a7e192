package dev.invar.cli.commands;

import dev.invar.cli.Console;
import dev.invar.cli.ExitCodes;
import dev.invar.cli.SpecTarget;
import dev.invar.cli.UsageException;
import dev.invar.cli.options.Arguments;
import dev.invar.cli.options.ModelOptions;
import dev.invar.cli.options.OutputOptions;
import dev.invar.cli.options.TlcOptions;
import dev.invar.cli.render.ItfTrace;
import dev.invar.cli.render.JsonReport;
import dev.invar.cli.render.ProgressLine;
import dev.invar.cli.render.Style;
import dev.invar.cli.render.TextReport;
import dev.invar.cli.render.html.HtmlReport;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.CheckResult;
import dev.invar.tlc.Distribution;
import dev.invar.tlc.Mode;
import dev.invar.tlc.TlcListener;
import dev.invar.tlc.TlcRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code invar check}: model-check (or simulate) a spec with TLC and report the verdict. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = "Check a TLA+ spec with TLC: exhaustively for the model's constants, or by random simulation.",
        footerHeading = "%nExamples:%n",
        footer = {"  invar check TwoPhase.tla                       uses TwoPhase.cfg",
                "  invar check Spec.tla -c Large.cfg --workers 2 --timeout 10m",
                "  invar check Spec.tla --const N=3 --const 'Procs={p1,p2}' --inv TypeOK --inv 'x <= N'",
                "  invar check Spec.tla --simulate --depth 50 --traces 1000 --seed 7",
                "  invar check Spec.tla --json > result.json; invar check Spec.tla --itf trace.itf.json",
                "  invar check Spec.tla --html report.html      message sequence diagram",
                "  invar check Small.tla --dot states.dot       Graphviz state graph",
                ""})
public final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private InvarCommand root;

    @Parameters(index = "0", paramLabel = "SPEC|ID",
            description = "The root module (e.g. TwoPhase.tla), or the id of a library protocol (invar list).")
    private String target;

    @Option(names = "--model", paramLabel = "NAME", description = "Library protocol: which model (default: small).")
    private String libraryModel;

    @Option(names = "--variant", paramLabel = "NAME", description = "Library protocol: check a seeded-bug variant.")
    private String libraryVariant;

    @Mixin
    private ModelOptions model;

    @Mixin
    private TlcOptions tlc;

    @Mixin
    private OutputOptions output;

    @Option(names = "--simulate", description = "Random simulation instead of exhaustive search.")
    private boolean simulate;

    @Option(names = "--depth", paramLabel = "N", description = "Simulation: steps per behaviour (TLC's default: 100).")
    private String depth;

    @Option(names = "--traces", paramLabel = "N", description = "Simulation: number of behaviours (default: until stopped).")
    private String traces;

    @Option(names = "--distributed", paramLabel = "N",
            description = "TLC's distributed mode: a TLCServer and N local TLCWorker JVMs (more can join from other hosts).")
    private String distributedWorkers;

    @Option(names = "--server-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "With --distributed: the address workers use to reach the server (default: ${DEFAULT-VALUE}).")
    private String serverHost;

    @Option(names = "--continue", description = "Keep searching after the first violation (TLC's -continue); still never success.")
    private boolean continueAfterViolation;

    @Override
    public Integer call() {
        Console console = root.console();
        TlcRunner runner = tlc.runner(console.environment(), console.workingDirectory());
        try (SpecTarget spec = SpecTarget.resolve(target, Optional.ofNullable(libraryModel),
                Optional.ofNullable(libraryVariant), console)) {
            CheckRequest request = request(console, spec);
            CheckResult result;
            boolean showProgress = console.interactive() && !output.json;
            try (ProgressLine progress = showProgress ? new ProgressLine(console.err()) : null) {
                result = runner.check(request, progress == null ? TlcListener.NONE : progress);
            }
            if (output.itf != null) {
                writeItf(console, request, result);
            }
            if (output.html != null) {
                HtmlReport.write(JsonReport.document(request, result, runner.tools()), Optional.ofNullable(output.lanes),
                        output.htmlFile(console.workingDirectory()), console.err());
            }
            if (output.json) {
                console.out().println(JsonReport.render(request, result, runner.tools()));
                console.out().flush();
            } else {
                new TextReport(new Style(console.colour() && !output.noColor), output.fullStates, spec.displayBase())
                        .render(result, console.out());
            }
            return ExitCodes.of(result);
        }
    }

    private CheckRequest request(Console console, SpecTarget spec) {
        CheckRequest.Builder builder = model.request(spec, console.workingDirectory())
                .continueAfterViolation(continueAfterViolation);
        if (simulate) {
            builder.mode(Mode.SIMULATE);
            if (depth != null) {
                builder.depth(Arguments.positiveInt("--depth", depth));
            }
            if (traces != null) {
                builder.traces(Arguments.positiveInt("--traces", traces));
            }
        } else if (depth != null || traces != null) {
            throw new UsageException("--depth and --traces apply to --simulate only");
        }
        if (distributedWorkers != null) {
            int n = "0".equals(distributedWorkers) ? 0 : Arguments.positiveInt("--distributed", distributedWorkers);
            builder.distribution(new Distribution(n, serverHost));
        }
        output.validate(console.workingDirectory(), simulate);
        output.dotFile(console.workingDirectory()).ifPresent(builder::dumpDot);
        tlc.applyTo(builder);
        return builder.build();
    }

    private void writeItf(Console console, CheckRequest request, CheckResult result) {
        if (result.trace().isEmpty()) {
            console.err().println("invar: no trace to write to " + output.itf + " (" + result.verdict().id() + ")");
            return;
        }
        Path file = console.workingDirectory().resolve(output.itf);
        String description = result.violation().map(v -> v.kind().id() + v.property().map(p -> ": " + p).orElse(""))
                .orElse(result.verdict().id());
        try {
            Files.writeString(file, ItfTrace.encode(result.trace().get(), request.spec().getFileName().toString(), description)
                    .toPrettyString());
        } catch (IOException e) {
            throw new UsageException("cannot write " + output.itf + ": " + e.getMessage());
        }
    }
}
