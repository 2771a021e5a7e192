package dev.invar.cli.commands;

import dev.invar.ci.CiGate;
import dev.invar.ci.CiListener;
import dev.invar.ci.CiOptions;
import dev.invar.ci.CiProject;
import dev.invar.ci.CiReport;
import dev.invar.ci.ModelOutcome;
import dev.invar.ci.Shard;
import dev.invar.cli.Console;
import dev.invar.cli.UsageException;
import dev.invar.cli.options.Arguments;
import dev.invar.cli.options.TlcOptions;
import dev.invar.cli.render.ci.CiSummary;
import dev.invar.cli.render.ci.GithubActions;
import dev.invar.cli.render.ci.JUnitXml;
import dev.invar.cli.render.ci.Sarif;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code invar ci}: check every model of a repository of specs against its expected verdict and bounds. */
@Command(name = "ci", mixinStandardHelpOptions = true,
        description = "Check every model in invar.json against its expected verdict and state bounds; fail on anything else.",
        subcommands = CiInitCommand.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every selected model passed", "1:a model failed, timed out or could not be checked",
                "2:usage error (bad option, unreadable invar.json)"},
        footerHeading = "%nExamples:%n",
        footer = {"  invar ci init                      write invar.json for the .tla/.cfg pairs found here",
                "  invar ci --junit junit.xml --sarif invar.sarif",
                "  invar ci --changed-since origin/main --shard 2/4 --fail-fast", ""})
public final class CiCommand implements Callable<Integer> {
    @ParentCommand
    private InvarCommand root;

    @Option(names = {"-C", "--project"}, paramLabel = "DIR", defaultValue = ".",
            description = "Repository root with invar.json (or community manifest.json files).")
    Path project;

    @Option(names = "--fail-fast", description = "Stop at the first model that fails.")
    private boolean failFast;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Only models whose modules (EXTENDS/INSTANCE closure) or cfg changed since this git revision.")
    private String changedSince;

    @Option(names = "--shard", paramLabel = "I/N", description = "Check shard I of N (for CI matrices).")
    private String shard;

    @Option(names = "--overall-timeout", paramLabel = "DURATION", description = "Limit for the whole run, e.g. 30m.")
    private String overallTimeout;

    @Option(names = "--jobs", paramLabel = "N", description = "Models checked at once (default: one per core).")
    private String jobs;

    @Option(names = "--no-cache", description = "Check every model even if nothing it depends on changed.")
    private boolean noCache;

    @Option(names = "--junit", paramLabel = "FILE", description = "Write JUnit XML, one test case per model.")
    private Path junit;

    @Option(names = "--sarif", paramLabel = "FILE", description = "Write SARIF 2.1.0 for code scanning.")
    private Path sarif;

    @Mixin
    private TlcOptions tlc;

    @Override
    public Integer call() {
        Console console = root.console();
        Path dir = projectDirectory();
        CiProject models = CiProject.load(dir);
        CiReport report = new CiGate(tlc.runner(console.environment(), console.workingDirectory()))
                .run(models, dir, options(), progress(console));
        CiSummary.render(report, console.out());
        if (junit != null) {
            JUnitXml.write(report, console.workingDirectory().resolve(junit));
        }
        if (sarif != null) {
            Sarif.write(report, dir, console.workingDirectory().resolve(sarif));
        }
        if ("true".equals(console.environment().get("GITHUB_ACTIONS"))) {
            GithubActions.annotate(report, dir, console.out());
        }
        Optional.ofNullable(console.environment().get("GITHUB_STEP_SUMMARY")).filter(s -> !s.isBlank())
                .ifPresent(s -> GithubActions.appendSummary(report, Path.of(s)));
        return report.passed() ? 0 : 1;
    }

    Console console() {
        return root.console();
    }

    Path projectDirectory() {
        return root.console().workingDirectory().resolve(project).normalize();
    }

    private CiOptions options() {
        Shard selected;
        try {
            selected = shard == null ? null : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--shard: " + e.getMessage());
        }
        return new CiOptions(failFast, Optional.ofNullable(changedSince), Optional.ofNullable(selected), tlc.timeout(),
                Optional.ofNullable(overallTimeout).map(t -> Arguments.duration("--overall-timeout", t)),
                jobs == null ? OptionalInt.empty() : OptionalInt.of(Arguments.positiveInt("--jobs", jobs)), !noCache);
    }

    private static CiListener progress(Console console) {
        return new CiListener() {
            @Override
            public void finished(ModelOutcome o) {
                console.err().println((o.passed() ? "  ✓ " : "  ✗ ") + o.model().name() + (o.cached() ? " (cached)" : ""));
                console.err().flush();
            }
        };
    }
}
