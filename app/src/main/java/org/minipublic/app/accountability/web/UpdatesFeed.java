package org.minipublic.app.accountability.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.minipublic.app.accountability.ProgressReport;
import org.minipublic.app.accountability.ProgressUpdate;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.context.MessageSource;

/** The latest progress updates as an Atom feed (RFC 4287), written with the JDK's XML writer so text is escaped. */
final class UpdatesFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private UpdatesFeed() {}

    static void write(
            AssemblyId assembly,
            String title,
            String page,
            List<ProgressUpdate> updates,
            List<ProgressReport> reports,
            MessageSource messages,
            Locale locale,
            OutputStream out)
            throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", "urn:uuid:" + assembly);
            element(xml, "title", messages.getMessage("accountability.feed.title", new Object[] {title}, locale));
            link(xml, page);
            Instant latest = updates.isEmpty() ? Instant.EPOCH : updates.get(0).postedAt();
            for (var report : reports) {
                var published = report.publishedAt();
                if (published != null && published.isAfter(latest)) {
                    latest = published;
                }
            }
            element(xml, "updated", latest.toString());
            xml.writeStartElement("author");
            element(xml, "name", title);
            xml.writeEndElement();
            for (var update : updates) {
                xml.writeStartElement("entry");
                element(xml, "id", "urn:uuid:" + update.id());
                String status = messages.getMessage("accountability.action.status." + update.status(), null, locale);
                element(xml, "title", update.actionTitle() + " – " + status);
                element(xml, "updated", update.postedAt().toString());
                link(xml, page + "#action-" + update.action());
                element(
                        xml,
                        "content",
                        update.body() + (update.evidenceUrl().isEmpty() ? "" : "\n\n" + update.evidenceUrl()));
                xml.writeEndElement();
            }
            for (var report : reports) {
                reportEntry(xml, report, page, messages, locale);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** A published progress report, linked to its own page under the public page. */
    private static void reportEntry(
            XMLStreamWriter xml, ProgressReport report, String page, MessageSource messages, Locale locale)
            throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", "urn:uuid:" + report.id());
        String period = messages.getMessage(
                "accountability.report.period",
                new Object[] {
                    DAY.withLocale(locale).format(report.periodStart()),
                    DAY.withLocale(locale).format(report.lastDay())
                },
                locale);
        element(xml, "title", messages.getMessage("accountability.report.title", null, locale) + ": " + period);
        element(xml, "updated", String.valueOf(report.publishedAt()));
        link(xml, page.substring(0, page.lastIndexOf('/')) + "/progress-reports/" + report.id());
        element(xml, "content", report.intro());
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        // Characters XML 1.0 cannot carry (control characters pasted into an update) would make the feed unreadable.
        xml.writeCharacters(
                text.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", ""));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("href", href);
    }
}
