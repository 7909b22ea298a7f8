package org.minipublic.app.report;

import java.util.Locale;

/**
 * A published version of the report as it read when it was published.
 *
 * @param body the report's body as XHTML, every user-written text in it already escaped
 */
public record PublishedReport(int number, String body, Locale language) {}
