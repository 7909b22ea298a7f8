package org.minipublic.app.followup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An event as an iCalendar file (RFC 5545) for residents' calendars: times in UTC, text escaped, long lines folded.
 * It holds what the public page shows, and nothing about who signed up.
 */
public final class EventCalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private EventCalendar() {}

    /** The file's text, lines ending in CRLF. */
    public static String of(Event event, String pageUrl, Instant now) {
        var d = event.details();
        var lines = new StringBuilder();
        line(lines, "BEGIN:VCALENDAR");
        line(lines, "VERSION:2.0");
        line(lines, "PRODID:-//Minipublic//Follow-up events//EN");
        line(lines, "CALSCALE:GREGORIAN");
        line(lines, "METHOD:PUBLISH");
        line(lines, "BEGIN:VEVENT");
        line(lines, "UID:" + event.id() + "@minipublic");
        line(lines, "DTSTAMP:" + UTC.format(now));
        line(lines, "DTSTART:" + UTC.format(d.startsAt()));
        line(lines, "DTEND:" + UTC.format(d.endsAt()));
        line(lines, "SUMMARY:" + text(d.title()));
        if (!d.description().isEmpty()) {
            line(lines, "DESCRIPTION:" + text(d.description()));
        }
        line(lines, "LOCATION:" + text(d.online() ? "Online" : d.place()));
        line(lines, "URL:" + pageUrl);
        line(lines, "STATUS:" + (event.status() == EventStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        line(lines, "END:VEVENT");
        line(lines, "END:VCALENDAR");
        return lines.toString();
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\r", "\\n")
                .replace("\n", "\\n");
    }

    /** Adds a content line, folded at 75 octets without splitting a character. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
