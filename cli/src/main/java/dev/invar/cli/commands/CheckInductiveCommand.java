package dev.invar.cli.commands;

import dev.invar.assistant.prove.InductionResult;
import dev.invar.assistant.prove.Prover;
import dev.invar.cli.Console;
import dev.invar.cli.ExitCodes;
import dev.invar.cli.SpecTarget;
import dev.invar.cli.options.InductionLimits;
import dev.invar.cli.options.ModelOptions;
import dev.invar.cli.options.ReportFormat;
import dev.invar.cli.options.SpecSelection;
import dev.invar.cli.options.TlcOptions;
import dev.invar.cli.render.ProofReport;
import dev.invar.cli.render.Style;
import dev.invar.cli.render.TextReport;
import dev.invar.tlc.CheckRequest;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code invar check-inductive}: is a predicate inductive on the model's instance? */
@Command(name = "check-inductive", mixinStandardHelpOptions = true,
        description = "Check with TLC that IND is an inductive invariant on the model's instance: Init => IND, "
                + "IND /\\ Next => IND' from every type-correct state of IND, and IND => SAFETY. Exhaustive when the "
                + "type-correct states are few enough, sampled otherwise; either way a result about this instance only.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0    no counterexample to induction (exhaustively, or in the sample: the output says which)",
                "  12   a counterexample to induction, an initial state outside IND, or IND without SAFETY (also when TLC",
                "       stopped on an error after finding it)",
                "  2    usage error · 255 TLC could not evaluate the spec before finding one", "", "Examples:",
                "  invar check-inductive Lock.tla --ind 'TypeOK /\\ MutualExclusion'",
                "  invar check-inductive two-phase-commit --ind IndInv --safety Consistent", ""})
public final class CheckInductiveCommand implements Callable<Integer> {
    @ParentCommand
    private InvarCommand root;

    @Mixin
    private SpecSelection selection;

    @Option(names = "--ind", paramLabel = "EXPR", required = true, description = "The candidate inductive invariant.")
    private String invariant;

    @Option(names = "--safety", paramLabel = "EXPR", description = "Also check that IND implies this.")
    private String safety;

    @Mixin
    private ReportFormat format;

    @Mixin
    private ModelOptions model;

    @Mixin
    private TlcOptions tlc;

    @Mixin
    private InductionLimits limits;

    @Override
    public Integer call() {
        Console console = root.console();
        try (SpecTarget spec = selection.resolve(console)) {
            CheckRequest.Builder request = model.request(spec, console.workingDirectory());
            tlc.applyTo(request);
            InductionResult result = new Prover(tlc.residentRunner(console.environment(), console.workingDirectory()))
                    .checkInductive(request.build(), invariant, Optional.ofNullable(safety), limits.typeOk, limits.options());
            if (format.json) {
                console.out().println(ProofReport.json(result));
                console.out().flush();
            } else {
                Style style = format.style(console);
                ProofReport.text(result, style, new TextReport(style, false, spec.displayBase()), console.out());
            }
            return result.refuted() ? ExitCodes.SAFETY : result.failure().isPresent() ? ExitCodes.OTHER : ExitCodes.OK;
        }
    }
}
