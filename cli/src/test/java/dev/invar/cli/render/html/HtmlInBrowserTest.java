package dev.invar.cli.render.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.cli.CliRun;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code invar check} of a library protocol's seeded bug writes the report, headless Chromium
 * opens it, and the DOM after the page's script ran shows the lanes, the steps and the failing step.
 */
class HtmlInBrowserTest {
    @TempDir
    static Path dir;
    private static CliRun check;

    @BeforeAll
    static void checkTwoPhaseCommitWithItsEarlyCommitBug() throws IOException {
        Assumptions.assumeTrue(HeadlessChromium.available(),
                "no " + HeadlessChromium.BINARY + ": install Debian's chromium package to run the browser tests");
        check = CliRun.in(dir, "check", "two-phase-commit", "--variant", "early-commit", "--html", "report.html", "--json");
        Files.writeString(dir.resolve("result.json"), check.out());
    }

    @Test
    void theBrowserShowsALanePerResourceManagerAStepPerStateAndTheFailingStep() throws Exception {
        assertEquals(12, check.exitCode(), check.toString());
        String dom = HeadlessChromium.dumpDom(dir.resolve("report.html"));
        assertTrue(dom.contains("data-ready=\"true\""), "the page's script did not run");
        assertTrue(dom.contains("data-lanes=\"* r1 r2 r3\""), "lanes seen by the script");
        for (String lane : List.of("*", "r1", "r2", "r3")) {
            assertTrue(dom.contains("data-lane=\"" + lane + "\" data-lane-kind="), "no lifeline for " + lane);
        }
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), all(dom, "<tr id=\"state-(\\d+)\""));
        assertEquals(List.of("6"), all(dom, "<tr id=\"state-(\\d+)\"[^>]*data-failing=\"true\""));
        assertTrue(Pattern.compile("<g class=\"event failing\" data-step=\"6\" data-lane=\"r\\d\"").matcher(dom).find(),
                "the failing step is an action of a resource manager, highlighted");
        assertTrue(Pattern.compile("<g class=\"message\" data-from=\"r\\d\" [^>]*data-to=\"\\*\"").matcher(dom).find(),
                "a Prepared message from a resource manager to the TM");
        assertTrue(Pattern.compile("<g class=\"message\" data-from=\"\\*\" [^>]*data-to=\"r\\d\"").matcher(dom).find(),
                "the Commit decision from the TM to a resource manager");
        assertTrue(dom.contains("Consistent =="), "the violated invariant's definition");
    }

    @Test
    void invarReportDrawsTheSameDiagramFromTheSavedResult() throws Exception {
        CliRun report = CliRun.in(dir, "report", "result.json", "-o", "again.html");
        assertEquals(0, report.exitCode(), report.toString());
        assertEquals(svg(Files.readString(dir.resolve("report.html"))), svg(Files.readString(dir.resolve("again.html"))));
        String dom = HeadlessChromium.dumpDom(dir.resolve("again.html"));
        assertTrue(dom.contains("data-ready=\"true\"") && dom.contains("data-steps=\"6\""), "steps seen by the script");
    }

    @Test
    void aScreenshotShowsThePage() throws Exception {
        Path png = Path.of("target", "report-example.png");
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        HeadlessChromium.screenshot(dir.resolve("report.html"), png);
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4));
        assertTrue(bytes.length > 30_000, "an almost empty picture: " + bytes.length + " bytes");
        assertEquals(1400, pngWidth(bytes), "the window's width");
    }

    private static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String svg(String html) {
        return html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
    }

    private static int pngWidth(byte[] png) {
        return ByteBuffer.wrap(png, 16, 4).getInt();
    }
}
