package dev.invar.cli;

import dev.invar.tlc.TlaTools;
import dev.invar.tlc.TlaToolsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code invar --version}: Invar's version and the TLA+ tools it runs. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String tools;
        try {
            TlaTools t = TlaTools.resolve(java.util.Optional.empty(), System.getenv());
            tools = "TLC " + t.version() + " (" + t.jar() + ")";
        } catch (TlaToolsException e) {
            tools = "TLA+ tools: " + e.getMessage();
        }
        return new String[] {"invar " + invarVersion(), tools,
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }

    public static String invarVersion() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/invar-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
