package org.minipublic.app.voting;

/** The words of an item as an organiser writes them: a short title and, optionally, the full text. */
public record ItemText(String title, String body) {}
