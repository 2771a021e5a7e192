package dev.invar.cli.render.ci;

import dev.invar.ci.CiReport;
import dev.invar.ci.ModelOutcome;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** JUnit XML (the Ant/Surefire dialect CI systems render): one test case per model. Written with the JDK's StAX. */
public final class JUnitXml {
    private JUnitXml() {
    }

    public static void write(CiReport report, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "invar ci");
            xml.writeAttribute("tests", Integer.toString(report.outcomes().size()));
            xml.writeAttribute("failures", Long.toString(report.count(ModelOutcome.Status.FAILED)));
            xml.writeAttribute("errors", Long.toString(report.count(ModelOutcome.Status.ERROR) + report.count(ModelOutcome.Status.TIMED_OUT)));
            xml.writeAttribute("skipped", Long.toString(report.count(ModelOutcome.Status.SKIPPED)));
            xml.writeAttribute("time", seconds(report.wallTime().toMillis()));
            for (ModelOutcome o : report.outcomes()) {
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", "invar." + o.model().spec().replaceAll("\\.tla$", "").replace('/', '.'));
                xml.writeAttribute("name", o.model().name());
                xml.writeAttribute("time", seconds(o.duration().toMillis()));
                switch (o.status()) {
                    case FAILED -> element(xml, "failure", o);
                    case ERROR, TIMED_OUT -> element(xml, "error", o);
                    case SKIPPED -> element(xml, "skipped", o);
                    case PASSED -> { }
                }
                xml.writeStartElement("system-out");
                xml.writeCharacters("verdict: " + o.verdict() + ", expected: " + o.model().expect() + ", distinct states: "
                        + o.distinct() + (o.cached() ? " (cached)" : ""));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, ModelOutcome o) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("message", o.reason());
        xml.writeAttribute("type", o.status().name().toLowerCase(Locale.ROOT));
        o.result().flatMap(r -> r.violation()).ifPresent(v -> {
            try {
                xml.writeCharacters(v.message());
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        });
        xml.writeEndElement();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
