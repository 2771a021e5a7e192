package dev.invar.cli.render.html;

import static dev.invar.cli.render.html.Traces.m;
import static dev.invar.cli.render.html.Traces.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page rendered from hand-made result documents: escaping, self-containment, what is drawn. */
class HtmlReportTest {
    private static final String[] ACTIONS = {"Send<b>", "Deliver"};

    private static ObjectNode hostileResult() {
        String evil = "\"</script><script>alert(1)</script><img src=x onerror=alert(2)>\"";
        String message = "{\"type\":" + evil + ",\"to\":" + Traces.mv("p2") + ",\"body\":\"done & <ok>\"}";
        return Traces.result(Traces.trace(ACTIONS,
                "{\"pc\":" + m("p1", "\"idle\"", "p2", "\"idle\"") + ",\"msgs\":{\"#set\":[]}}",
                "{\"pc\":" + m("p1", evil, "p2", "\"idle\"") + ",\"msgs\":{\"#set\":[" + message + "]}}",
                "{\"pc\":" + m("p1", evil, "p2", "\"done & <ok>\"") + ",\"msgs\":{\"#set\":[" + message + "]}}"),
                "Safe<&>\"'");
    }

    @Test
    void textFromTheSpecIsEscapedEverywhere() {
        ObjectNode doc = hostileResult();
        doc.put("claim", "Invariant <Safe> is violated & more");
        String html = HtmlReport.render(doc, Optional.empty()).html();
        assertFalse(html.contains("<script>alert"), "a value's text became markup");
        assertFalse(html.contains("<img"), "a value's text became markup");
        assertFalse(html.contains("Send<b>"), "an action name became markup");
        assertTrue(html.contains("alert(1)"), "the value is still shown, as text");
        assertTrue(html.contains("Invariant &lt;Safe&gt; is violated &amp; more"));
        assertTrue(html.contains("Safe&lt;&amp;&gt;&quot;&#39;"));
        assertEquals(1, count(html, "<script>"), "only the page's own script");
    }

    @Test
    void thePageNeedsNoNetwork() {
        String html = HtmlReport.render(hostileResult(), Optional.empty()).html();
        assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//").matcher(html).find(), "an external resource");
        assertFalse(html.contains("@import"));
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    }

    @Test
    void lanesStepsMessagesAndTheFailingStepAreDrawn() {
        String html = HtmlReport.render(hostileResult(), Optional.empty()).html();
        assertTrue(html.contains("class=\"lane\" data-lane=\"p1\""), html);
        assertTrue(html.contains("class=\"lane\" data-lane=\"p2\""));
        assertTrue(html.contains("class=\"event failing\" data-step=\"3\" data-lane=\"p2\""));
        assertTrue(html.contains("class=\"message\" data-from=\"p1\" data-sent=\"2\" data-variable=\"msgs\" data-to=\"p2\" "
                + "data-received=\"3\""), "the addressee took in what it was sent");
        assertTrue(html.contains("<tr id=\"state-3\" class=\"action failing\" data-step=\"3\" data-failing=\"true\">"));
    }

    @Test
    void aResultWithoutATraceStillGetsAPageAndAnUnusableLanesIsSaid() {
        ObjectNode doc = (ObjectNode) Traces.parse("""
                {"schemaVersion": 1, "invarVersion": "test", "tlc": {"version": "2.18", "jar": "t.jar"}, "spec": "/x/Spec.tla",
                 "config": null, "mode": "model-check", "verdict": "success", "exitCode": 0,
                 "claim": "No violation in this model: exhaustive search of 4 distinct states.",
                 "stats": {"generated": 5, "distinct": 4, "leftOnQueue": 0, "depth": 4, "durationMillis": 900},
                 "violations": [], "diagnostics": [], "run": {"tlcExitCode": 0, "wallTimeMillis": 1000, "commandLine": []}}
                """);
        HtmlReport.Page page = HtmlReport.render(doc, Optional.of("pc"));
        assertTrue(page.html().contains("data-verdict=\"success\""));
        assertTrue(page.html().contains("No violation in this model"));
        assertFalse(page.html().contains("<svg"));
        assertEquals(List.of("--lanes pc: the result has no trace to draw"), page.warnings());
    }

    @Test
    void aTraceWithoutPerNodeVariablesIsDrawnOnOneLane() {
        ObjectNode doc = Traces.result(Traces.trace(new String[] {"Next"}, "{\"x\":" + n(0) + "}", "{\"x\":" + n(1) + "}"), "Small");
        String html = HtmlReport.render(doc, Optional.empty()).html();
        assertEquals(1, count(html, "class=\"lane global\""));
        assertTrue(html.contains("class=\"event failing global\" data-step=\"2\" data-lane=\"*\" data-action=\"Next\""));
    }

    @Test
    void crashesRestartsAndClocksAreShownAndASimulationSaysSo() {
        ObjectNode doc = Traces.result(Traces.trace(new String[] {"Crash", "Tick", "Restart"},
                "{\"alive\":" + m("n1", "true", "n2", "true") + ",\"clock\":" + m("n1", n(0), "n2", n(0)) + "}",
                "{\"alive\":" + m("n1", "false", "n2", "true") + ",\"clock\":" + m("n1", n(0), "n2", n(0)) + "}",
                "{\"alive\":" + m("n1", "false", "n2", "true") + ",\"clock\":" + m("n1", n(0), "n2", n(5)) + "}",
                "{\"alive\":" + m("n1", "true", "n2", "true") + ",\"clock\":" + m("n1", n(0), "n2", n(5)) + "}"), "Safe");
        doc.put("mode", "simulate");
        String html = HtmlReport.render(doc, Optional.empty()).html();
        assertTrue(html.contains("<text class=\"crash\" data-step=\"2\" data-lane=\"n1\""), html);
        assertTrue(html.contains("<text class=\"restart\" data-step=\"4\" data-lane=\"n1\""));
        assertEquals(2, count(html, "class=\"lifeline down\""), "n1's lifeline from its crash to its restart");
        assertTrue(Pattern.compile("<g class=\"event\" data-step=\"3\" data-lane=\"n2\"((?!</g>).)*>⏱ clock=5</text>",
                Pattern.DOTALL).matcher(html).find(), "n2's clock at its tick");
        assertTrue(html.contains("<h2>Simulation trace (4 states)</h2>"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
