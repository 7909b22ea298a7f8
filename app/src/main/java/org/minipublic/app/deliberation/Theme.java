package org.minipublic.app.deliberation;

/** A theme, in the order the organiser listed them. */
public record Theme(ThemeId id, String name, int position) {}
