package dev.invar.cli.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.invar.library.Protocol;
import dev.invar.library.SpecLibrary;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code invar list}: the protocols of the spec library, as a table or JSON. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the protocols of the spec library.",
        footerHeading = "%nExamples:%n",
        footer = {"  invar list", "  invar list --tag replication", "  invar list --json", ""})
public final class ListCommand implements Callable<Integer> {
    @ParentCommand
    private InvarCommand root;

    @Option(names = "--tag", paramLabel = "TAG",
            description = "Only protocols with this tag: replication, leader-election, commit, consensus, clocks, crdt, storage, streaming, messaging.")
    private String tag;

    @Option(names = "--json", description = "The manifests as a JSON array.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        SpecLibrary library = SpecLibrary.bundled();
        List<Protocol> protocols = tag == null ? library.list() : library.withTag(tag);
        PrintWriter out = root.console().out();
        if (json) {
            out.println(new ObjectMapper().registerModule(new Jdk8Module()).enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(protocols));
        } else {
            CommandLine.Help.TextTable table = CommandLine.Help.TextTable.forColumns(
                    CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF),
                    new CommandLine.Help.Column(22, 0, CommandLine.Help.Column.Overflow.SPAN),
                    new CommandLine.Help.Column(44, 1, CommandLine.Help.Column.Overflow.WRAP),
                    new CommandLine.Help.Column(36, 1, CommandLine.Help.Column.Overflow.WRAP),
                    new CommandLine.Help.Column(6, 1, CommandLine.Help.Column.Overflow.WRAP));
            table.addRowValues("ID", "TITLE", "TAGS", "BUGS");
            for (Protocol p : protocols) {
                table.addRowValues(p.id(), p.title(), String.join(", ", p.tags()), Integer.toString(p.variants().size()));
            }
            out.print(table);
            out.println();
            out.println(protocols.size() + " protocols. Details: invar show ID · check: invar check ID [--variant NAME]");
        }
        out.flush();
        return 0;
    }
}
