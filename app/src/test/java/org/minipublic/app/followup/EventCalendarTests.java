package org.minipublic.app.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.minipublic.app.shared.AssemblyId;

/** The iCalendar file: text escaped as RFC 5545 asks, long lines folded without splitting a character. */
class EventCalendarTests {

    @Test
    void textIsEscapedAndLongLinesAreFoldedAtSeventyFiveOctets() {
        var start = Instant.parse("2027-03-01T18:30:00Z");
        var details = new EventDetails(
                "Panel",
                EventKind.WEBINAR,
                "Line one\nback\\slash; comma, " + "ۓ".repeat(60),
                start,
                start.plusSeconds(3600),
                "",
                "https://meet.example.org/x",
                null,
                null);
        var event = new Event(EventId.random(), AssemblyId.random(), details, EventStatus.CANCELLED, 0, 0);
        String ics = EventCalendar.of(event, "https://example.org/page", start);
        assertThat(ics)
                .contains("DESCRIPTION:Line one\\nback\\\\slash\\; comma\\, ")
                .contains("DTSTART:20270301T183000Z\r\n")
                .contains("DTEND:20270301T193000Z\r\n")
                .contains("LOCATION:Online\r\n")
                .contains("STATUS:CANCELLED\r\n")
                .doesNotContain("meet.example.org");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("ۓ".repeat(60));
    }
}
