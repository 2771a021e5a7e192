package dev.invar.cli.commands;

import dev.invar.library.Model;
import dev.invar.library.NamedFormula;
import dev.invar.library.Protocol;
import dev.invar.library.SpecLibrary;
import dev.invar.library.Variant;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code invar show ID}: what a library protocol guarantees, its models and seeded bugs, and its README. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a library protocol: invariants, models, seeded bugs and its README.",
        footerHeading = "%nExamples:%n", footer = {"  invar show raft-log", ""})
public final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    private InvarCommand root;

    @Parameters(paramLabel = "ID", description = "A protocol id (invar list).")
    private String id;

    @Override
    public Integer call() {
        SpecLibrary library = SpecLibrary.bundled();
        Protocol p = library.get(id);
        PrintWriter out = root.console().out();
        out.println(p.title() + " (" + p.id() + ")");
        out.println(p.summary());
        out.println("tags: " + String.join(", ", p.tags()) + " · failures modelled: " + String.join(", ", p.failures()));
        out.println();
        out.println("Invariants:");
        p.invariants().forEach(f -> formula(out, f));
        if (!p.properties().isEmpty()) {
            out.println("Temporal properties:");
            p.properties().forEach(f -> formula(out, f));
        }
        out.println("Models (invar check " + p.id() + " --model NAME):");
        for (Model m : p.models()) {
            String counts = m.expected().success() && m.expected().distinctStates().isPresent()
                    ? m.expected().distinctStates().getAsLong() + " distinct states" : m.expected().verdict();
            out.println("  " + m.name() + " [" + m.size() + "] " + m.description() + " — " + counts);
        }
        out.println("Seeded bugs (invar check " + p.id() + " --variant NAME):");
        for (Variant v : p.variants()) {
            out.println("  " + v.name() + ": " + v.description() + " — breaks "
                    + v.expected().property().orElse(v.expected().verdict()));
        }
        out.println();
        out.println(library.read(p, "README.md"));
        out.flush();
        return 0;
    }

    private static void formula(PrintWriter out, NamedFormula f) {
        out.println("  " + f.name() + ": " + f.description());
    }
}
